package org.tabled.view;

import java.util.Optional;
import org.tabled.format.Dates;
import org.tabled.model.AgendaItem;
import org.tabled.model.Appendix;
import org.tabled.model.Committee;
import org.tabled.model.Council;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.Paper;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.RefTarget;
import org.tabled.resolve.ResolvedCouncil;
import org.tabled.resolve.TrackerEntry;

/**
 * The proper title of whatever a {@code [[…]]} reference points at, the same on every page and in
 * every pack: "Item 5: Early Help Strategy, 5 December 2023". Titles come from the whole validated
 * council, so a reference to a paper reads the same before and after publication.
 */
public final class RefTitles {

  private final PublishedCouncil pub;
  private final Council council;
  private final ResolvedCouncil resolved;

  /**
   * Titles from the whole council, and the neutral wording for what {@code pub}'s audience cannot
   * see yet.
   */
  public RefTitles(PublishedCouncil pub) {
    this.pub = pub;
    this.resolved = pub.resolved();
    this.council = resolved.council();
  }

  /** The title of {@code t}. */
  public String title(RefTarget t) {
    if (t instanceof RefTarget.Meeting m) {
      return committee(m.meeting().committee().value()).title()
          + ", "
          + Dates.medium(m.meeting().date(), pub.council().site().houseStyle());
    }
    if (t instanceof RefTarget.Item i) {
      Meeting m = meeting(i.meeting());
      return "Item "
          + i.number()
          + ": "
          + m.item(i.number()).map(AgendaItem::title).orElse("")
          + ", "
          + Dates.medium(m.date(), pub.council().site().houseStyle());
    }
    if (t instanceof RefTarget.Paper p) {
      Meeting m = meeting(p.meeting());
      Paper paper = m.paper(p.paper()).orElseThrow();
      return itemNumber(m, paper).map(n -> "Item " + n + ": ").orElse("")
          + paper.title()
          + ", "
          + Dates.medium(m.date(), pub.council().site().houseStyle());
    }
    if (t instanceof RefTarget.Appendix a) {
      Meeting m = meeting(a.meeting());
      Paper paper = m.paper(a.paper()).orElseThrow();
      String title =
          paper.appendices().stream()
              .filter(x -> x.label().equals(a.label()))
              .map(Appendix::title)
              .findFirst()
              .orElse("");
      return Appendices.name(a.label())
          + ": "
          + title
          + " ("
          + itemNumber(m, paper).map(n -> "item " + n + ", ").orElse("")
          + Dates.medium(m.date(), pub.council().site().houseStyle())
          + ")";
    }
    if (t instanceof RefTarget.Paragraph p) {
      Meeting m = meeting(p.meeting());
      Paper paper = m.paper(p.paper()).orElseThrow();
      return "paragraph "
          + p.number()
          + " of "
          + paper.title()
          + " ("
          + itemNumber(m, paper).map(n -> "item " + n + ", ").orElse("")
          + Dates.medium(m.date(), pub.council().site().houseStyle())
          + ")";
    }
    if (t instanceof RefTarget.Tracker tr) {
      TrackerEntry e =
          resolved.tracker(tr.committee()).stream()
              .filter(x -> x.outcome().id().equals(tr.outcome()))
              .findFirst()
              .orElseThrow();
      String minute =
          MinuteLabels.minute(council.site().minuteNumbering(), e.origin().date(), e.minute());
      return e.outcome().type().label()
          + " of "
          + Dates.medium(e.origin().date(), pub.council().site().houseStyle())
          + ", "
          + (minute.isEmpty() ? "" : minute.replace("Minute", "minute") + ": ")
          + e.itemTitle();
    }
    if (t instanceof RefTarget.Person p) {
      return council.person(p.person()).orElseThrow().displayName();
    }
    throw new IllegalArgumentException(t.toString());
  }

  /**
   * What a page the audience may read says of a target it may not see (not published yet, or
   * never): only what is already public, its meeting, and nothing of its number, title or text. "a
   * paper for the meeting of the Children, Families and Education Scrutiny Committee on 2 February
   * 2027 (not yet published)"; for a tracker entry whose minutes are not published, "an outcome of
   * the meeting of … (minutes not yet published)". Empty for a meeting or a person, which are
   * always public.
   */
  public Optional<String> embargoedTitle(RefTarget t) {
    if (t instanceof RefTarget.Tracker tr) {
      return resolved.tracker(tr.committee()).stream()
          .filter(x -> x.outcome().id().equals(tr.outcome()))
          .findFirst()
          .map(
              e ->
                  "an outcome of the meeting of the "
                      + committee(e.origin().committee().value()).title()
                      + " on "
                      + Dates.medium(e.origin().date(), pub.council().site().houseStyle())
                      + " (minutes not yet published)");
    }
    MeetingId m = agendaOf(t).orElse(null);
    if (m == null) {
      return Optional.empty();
    }
    String what = t instanceof RefTarget.Item ? "an item" : "a paper";
    return Optional.of(
        what
            + " for the meeting of the "
            + committee(m.committee().value()).title()
            + " on "
            + Dates.medium(m.date(), pub.council().site().houseStyle())
            + " (not yet published)");
  }

  /**
   * What the website and the packs print instead of {@code t}'s title if this audience may not see
   * {@code t} on the day ({@link PublishedCouncil#visibility}: not published yet, or never), which
   * is {@link #embargoedTitle}; empty if its title may be shown.
   */
  public Optional<String> embargoed(RefTarget t) {
    return pub.isVisible(t) ? Optional.empty() : Optional.of(embargoedTitle(t).orElse(""));
  }

  /**
   * The meeting whose agenda an item, paper, appendix or paragraph is on; empty for other targets.
   */
  public static Optional<MeetingId> agendaOf(RefTarget t) {
    return t instanceof RefTarget.Item i
        ? Optional.of(i.meeting())
        : t instanceof RefTarget.Paper p
            ? Optional.of(p.meeting())
            : t instanceof RefTarget.Appendix a
                ? Optional.of(a.meeting())
                : t instanceof RefTarget.Paragraph p ? Optional.of(p.meeting()) : Optional.empty();
  }

  /**
   * The author's own link text with the typographic apostrophes the rest of their prose gets ("the
   * committee’s meeting"), which flexmark does not apply inside a reference.
   */
  public static String apostrophes(String text) {
    return text.replaceAll("(?<=\\p{L})'(?=\\p{L})", "\u2019");
  }

  /** A short form for use inside the same paper: "paragraph 3.4", "Appendix 2". */
  public String shortTitle(RefTarget t) {
    if (t instanceof RefTarget.Paragraph p) {
      return "paragraph " + p.number();
    }
    if (t instanceof RefTarget.Appendix a) {
      return Appendices.name(a.label());
    }
    if (t instanceof RefTarget.Item i) {
      return "item " + i.number();
    }
    return title(t);
  }

  private Committee committee(String id) {
    return council.committees().stream()
        .filter(c -> c.id().value().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private Meeting meeting(MeetingId id) {
    return council.meeting(id).orElseThrow();
  }

  private static Optional<Integer> itemNumber(Meeting m, Paper p) {
    return Agendas.itemOf(m, p.id()).map(AgendaItem::number);
  }
}
