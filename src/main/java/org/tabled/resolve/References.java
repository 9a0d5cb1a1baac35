package org.tabled.resolve;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tabled.diag.Diagnostics;
import org.tabled.diag.Hints;
import org.tabled.markdown.ParsedDoc;
import org.tabled.markdown.RefSyntax;
import org.tabled.model.Committee;
import org.tabled.model.CommitteeId;
import org.tabled.model.Council;
import org.tabled.model.Markdown;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.OutcomeId;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;
import org.tabled.model.PersonId;

/**
 * Checks each {@code [[kind:target]]} reference against the council and records what it points at.
 *
 * <p>Forms accepted (a short form relies on where the text is):
 *
 * <pre>
 * [[meeting:COMMITTEE/YYYY-MM-DD]]   [[meeting:YYYY-MM-DD]]             (same committee)
 * [[item:COMMITTEE/YYYY-MM-DD#N]]    [[item:YYYY-MM-DD#N]]   [[item:N]]  (same meeting)
 * [[paper:PAPER]]
 * [[appendix:PAPER#N]]               [[appendix:N]]                     (same paper)
 * [[para:PAPER#N.M]]                 [[para:N.M]]                       (same paper)
 * [[tracker:OUTCOME]]
 * [[person:PERSON]]
 * </pre>
 *
 * A reference that does not resolve is an error at its position, with a "did you mean" hint. A
 * public text that refers to a paper that is never published (Part 2 or confidential) is an error
 * too: the link would be broken and its title could reveal what the paper is about.
 */
final class References {

  private final Council council;
  private final Map<Markdown, ParsedDoc> docs;
  private final Diagnostics d;
  private final Map<PaperId, Paper> papers = new HashMap<>();
  private final Map<OutcomeId, CommitteeId> outcomes = new HashMap<>();

  References(Council council, Map<Markdown, ParsedDoc> docs, Diagnostics d) {
    this.council = council;
    this.docs = docs;
    this.d = d;
    for (Committee c : council.committees()) {
      for (Meeting m : c.meetings()) {
        for (Paper p : m.papers()) {
          papers.put(p.id(), p);
        }
        m.minutes().ifPresent(min -> min.outcomes().forEach(o -> outcomes.put(o.id(), c.id())));
      }
    }
  }

  /**
   * True if {@code p} is never published: Part 2, or marked confidential ({@link
   * Meeting#isRestricted}).
   */
  boolean restricted(Paper p) {
    return council.meeting(p.meeting()).map(m -> m.isRestricted(p.id())).orElse(true);
  }

  /**
   * Resolves the references of {@code doc}, written in {@code ctx}, into {@code out} (by raw text).
   */
  void resolve(ParsedDoc doc, DocContext ctx, Map<String, RefTarget> out) {
    for (RefSyntax r : doc.refs()) {
      if (out.containsKey(r.raw())) {
        continue;
      }
      target(r, ctx)
          .ifPresent(
              t -> {
                if (!ctx.restricted() && restrictedTarget(t)) {
                  d.error(
                      r.pos(),
                      "[["
                          + r.raw()
                          + "]] refers to a paper that is never published (Part 2 or confidential);"
                          + " public text cannot link to it",
                      "refer to the agenda item instead: [[item:…]]");
                  return;
                }
                out.put(r.raw(), t);
              });
    }
  }

  private boolean restrictedTarget(RefTarget t) {
    PaperId p =
        t instanceof RefTarget.Paper x
            ? x.paper()
            : t instanceof RefTarget.Appendix x
                ? x.paper()
                : t instanceof RefTarget.Paragraph x ? x.paper() : null;
    return p != null && restricted(papers.get(p));
  }

  private Optional<RefTarget> target(RefSyntax r, DocContext ctx) {
    return switch (r.kind()) {
      case "meeting" -> meeting(r, r.target(), ctx).map(RefTarget.Meeting::new);
      case "item" -> item(r, ctx);
      case "paper" -> paper(r, r.target()).map(p -> new RefTarget.Paper(p.meeting(), p.id()));
      case "appendix" -> appendix(r, ctx);
      case "para" -> paragraph(r, ctx);
      case "tracker" -> tracker(r);
      case "person" -> person(r);
      default -> Optional.empty();
    };
  }

  private Optional<MeetingId> meeting(RefSyntax r, String target, DocContext ctx) {
    int slash = target.indexOf('/');
    Optional<CommitteeId> committee;
    String date;
    if (slash < 0) {
      committee = ctx.committee();
      date = target;
      if (committee.isEmpty()) {
        d.error(
            r.pos(),
            "[["
                + r.raw()
                + "]] needs the committee here: write "
                + r.kind()
                + ":COMMITTEE/"
                + target);
        return Optional.empty();
      }
    } else {
      String id = target.substring(0, slash);
      committee = council.committee(new CommitteeId(id)).map(Committee::id);
      date = target.substring(slash + 1);
      if (committee.isEmpty()) {
        d.error(
            r.pos(),
            "unknown committee '"
                + id
                + "' in [["
                + r.raw()
                + "]]"
                + Hints.didYouMean(
                    id, council.committees().stream().map(c -> c.id().value()).toList()));
        return Optional.empty();
      }
    }
    Committee c = council.committee(committee.get()).orElseThrow();
    Optional<LocalDate> day = parseDate(date);
    if (day.isEmpty() || c.meetingOn(day.get()).isEmpty()) {
      List<String> dates = c.meetings().stream().map(m -> m.date().toString()).toList();
      d.error(
          r.pos(),
          "no meeting of "
              + c.id()
              + " on '"
              + date
              + "' in [["
              + r.raw()
              + "]]"
              + Hints.didYouMean(date, dates));
      return Optional.empty();
    }
    return Optional.of(new MeetingId(c.id(), day.get()));
  }

  private Optional<RefTarget> item(RefSyntax r, DocContext ctx) {
    Optional<MeetingId> meeting;
    String number;
    if (r.target().matches("\\d+") && r.anchor().isEmpty()) {
      meeting = ctx.meeting();
      number = r.target();
      if (meeting.isEmpty()) {
        d.error(
            r.pos(),
            "[["
                + r.raw()
                + "]] needs the meeting here: write item:COMMITTEE/YYYY-MM-DD#"
                + number);
        return Optional.empty();
      }
    } else {
      if (r.anchor().isEmpty()) {
        d.error(
            r.pos(), "[[" + r.raw() + "]] needs the item number: write item:" + r.target() + "#N");
        return Optional.empty();
      }
      meeting = meeting(r, r.target(), ctx);
      number = r.anchor();
    }
    if (meeting.isEmpty()) {
      return Optional.empty();
    }
    Meeting m = council.meeting(meeting.get()).orElseThrow();
    if (!number.matches("\\d{1,4}") || m.item(Integer.parseInt(number)).isEmpty()) {
      d.error(
          r.pos(),
          "there is no item "
              + number
              + " on the agenda of "
              + m.id()
              + " (it has "
              + m.agenda().size()
              + " items), in [["
              + r.raw()
              + "]]");
      return Optional.empty();
    }
    return Optional.of(new RefTarget.Item(m.id(), Integer.parseInt(number)));
  }

  private Optional<Paper> paper(RefSyntax r, String id) {
    Paper p = papers.get(new PaperId(id));
    if (p == null) {
      d.error(
          r.pos(),
          "unknown paper '"
              + id
              + "' in [["
              + r.raw()
              + "]]"
              + Hints.didYouMean(
                  id, papers.keySet().stream().map(PaperId::value).sorted().toList()));
    }
    return Optional.ofNullable(p);
  }

  /** The paper of {@code PAPER#anchor}, or of the context when only the anchor part is written. */
  private Optional<Paper> paperAndAnchor(RefSyntax r, DocContext ctx, String[] anchor) {
    if (!r.anchor().isEmpty()) {
      anchor[0] = r.anchor();
      return paper(r, r.target());
    }
    anchor[0] = r.target();
    if (ctx.paper().isEmpty()) {
      d.error(
          r.pos(),
          "[[" + r.raw() + "]] needs the paper here: write " + r.kind() + ":PAPER#" + r.target());
      return Optional.empty();
    }
    return Optional.of(papers.get(ctx.paper().get()));
  }

  private Optional<RefTarget> appendix(RefSyntax r, DocContext ctx) {
    String[] label = new String[1];
    return paperAndAnchor(r, ctx, label)
        .flatMap(
            p -> {
              if (p.appendices().stream().noneMatch(a -> a.label().equals(label[0]))) {
                d.error(
                    r.pos(),
                    "paper "
                        + p.id()
                        + " has no appendix "
                        + label[0]
                        + " (it has "
                        + p.appendices().size()
                        + "), in [["
                        + r.raw()
                        + "]]");
                return Optional.empty();
              }
              return Optional.of(new RefTarget.Appendix(p.meeting(), p.id(), label[0]));
            });
  }

  private Optional<RefTarget> paragraph(RefSyntax r, DocContext ctx) {
    String[] number = new String[1];
    return paperAndAnchor(r, ctx, number)
        .flatMap(
            p -> {
              ParsedDoc body = docs.get(p.body());
              if (body == null || body.outline().paragraph(number[0]).isEmpty()) {
                List<String> numbers =
                    body == null
                        ? List.of()
                        : body.outline().sections().stream()
                            .flatMap(s -> s.paragraphs().stream())
                            .map(x -> x.number())
                            .toList();
                d.error(
                    r.pos(),
                    "paper "
                        + p.id()
                        + " has no paragraph "
                        + number[0]
                        + " in [["
                        + r.raw()
                        + "]]"
                        + Hints.didYouMean(number[0], numbers),
                    "paragraphs are numbered by section: 1.1, 1.2, 2.1 …");
                return Optional.empty();
              }
              return Optional.of(new RefTarget.Paragraph(p.meeting(), p.id(), number[0]));
            });
  }

  private Optional<RefTarget> tracker(RefSyntax r) {
    OutcomeId id = new OutcomeId(r.target());
    CommitteeId c = outcomes.get(id);
    if (c == null) {
      d.error(
          r.pos(),
          "no recommendation, action or request '"
              + r.target()
              + "' in any minutes, in [["
              + r.raw()
              + "]]"
              + Hints.didYouMean(
                  r.target(), outcomes.keySet().stream().map(OutcomeId::value).sorted().toList()));
      return Optional.empty();
    }
    return Optional.of(new RefTarget.Tracker(c, id));
  }

  private Optional<RefTarget> person(RefSyntax r) {
    PersonId id = new PersonId(r.target());
    if (council.person(id).isEmpty()) {
      d.error(
          r.pos(),
          "unknown person '"
              + r.target()
              + "' in [["
              + r.raw()
              + "]]"
              + Hints.didYouMean(
                  r.target(), council.people().stream().map(p -> p.id().value()).toList()));
      return Optional.empty();
    }
    return Optional.of(new RefTarget.Person(id));
  }

  private static Optional<LocalDate> parseDate(String s) {
    try {
      return s.matches("\\d{4}-\\d{2}-\\d{2}") ? Optional.of(LocalDate.parse(s)) : Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
