package org.tabled.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tabled.diag.Diagnostics;
import org.tabled.diag.Hints;
import org.tabled.format.Dates;
import org.tabled.load.RawYaml;
import org.tabled.load.YamlNode;
import org.tabled.model.CommitteeId;
import org.tabled.model.HouseStyle;
import org.tabled.model.MeetingId;
import org.tabled.model.PaperId;
import org.tabled.model.WorkProgramme;
import org.tabled.source.SourcePos;

/** Reads {@code work-programme/YYYY-YY.yaml}: a committee's plan for a municipal year. */
final class WorkProgrammeReader {

  private WorkProgrammeReader() {}

  /**
   * How far into the next municipal year a programme may plan a meeting: the meetings held before
   * the next year's programme is agreed.
   */
  static final int OVERRUN_WEEKS = 6;

  /**
   * @param hs the council's house style, whose municipal years (the yearly day, or the named
   *     starts) bound the programme's meetings
   */
  static Optional<WorkProgramme> read(
      CommitteeId committee, RawYaml file, HouseStyle hs, Registry known, Diagnostics d) {
    String name = file.path().substring(file.path().lastIndexOf('/') + 1);
    String year = name.substring(0, name.length() - ".yaml".length());
    Optional<LocalDate[]> bounds = Dates.yearBounds(year, hs);
    if (bounds.isEmpty()) {
      d.error(
          SourcePos.file(file.path()),
          "'" + year + "' is not a municipal year",
          "name the file after the year it covers, e.g. 2025-26.yaml");
      return Optional.empty();
    }
    LocalDate first = bounds.get()[0];
    LocalDate last = bounds.get()[1];
    LocalDate latest = last.plusWeeks(OVERRUN_WEEKS);
    Optional<Fields> of = Fields.of(file.root(), Documents.WORK_PROGRAMME, d);
    if (of.isEmpty()) {
      return Optional.empty();
    }
    Fields f = of.get();
    List<WorkProgramme.Round> rounds = new ArrayList<>();
    for (YamlNode n : f.list("meetings")) {
      Fields.of(n, Documents.PLANNED_MEETING, d)
          .ifPresent(
              r -> {
                Optional<LocalDate> date = r.date("date");
                date.filter(x -> x.isBefore(first) || x.isAfter(latest))
                    .ifPresent(
                        x ->
                            d.error(
                                r.pos("date"),
                                x
                                    + " is outside the municipal year "
                                    + year
                                    + " ("
                                    + first
                                    + " to "
                                    + last
                                    + ")",
                                "a programme may also plan meetings in the first "
                                    + OVERRUN_WEEKS
                                    + " weeks of the next year, up to "
                                    + latest));
                date.filter(x -> rounds.stream().anyMatch(o -> o.date().equals(x)))
                    .ifPresent(
                        x ->
                            d.error(
                                r.pos("date"),
                                "the meeting of "
                                    + x
                                    + " is planned twice in this work programme"));
                List<WorkProgramme.Topic> topics = topics(committee, r.list("topics"), known, d);
                date.ifPresent(
                    x ->
                        rounds.add(
                            new WorkProgramme.Round(x, r.text("theme", ""), topics, r.pos())));
              });
    }
    for (int i = 1; i < rounds.size(); i++) {
      if (!rounds.get(i).date().isAfter(rounds.get(i - 1).date())) {
        d.error(rounds.get(i).pos(), "planned meetings must be listed in date order");
        break;
      }
    }
    List<WorkProgramme.Topic> unallocated = topics(committee, f.list("unallocated"), known, d);
    return Optional.of(new WorkProgramme(year, rounds, unallocated, f.pos()));
  }

  /**
   * A topic's leads: each a person id, which must name a person Tabled knows (a mistyped id is an
   * error with the id it was meant to be, never taken as words), or {@code text:} naming a role or
   * organisation. Words written where an id goes are an error that says how to write them.
   */
  private static List<WorkProgramme.Lead> leads(Fields t, Registry known, Diagnostics d) {
    List<WorkProgramme.Lead> out = new ArrayList<>();
    for (YamlNode n : t.list("leads")) {
      Optional<WorkProgramme.Lead> lead;
      if (n instanceof YamlNode.Scalar s && !s.isNull() && !Fields.isId(s.text().strip())) {
        d.error(
            s.pos(),
            "'" + s.text().strip() + "' is not a person id",
            "write a role or organisation as text, e.g. - text: " + s.text().strip());
        lead = Optional.empty();
      } else if (n instanceof YamlNode.Scalar) {
        lead =
            Fields.id(n, "leads", d)
                .flatMap(r -> known.person(r, "lead"))
                .map(p -> WorkProgramme.Lead.of(p.id()));
      } else {
        lead =
            Fields.of(n, Documents.LEAD, d)
                .flatMap(l -> l.optText("text"))
                .map(String::strip)
                .filter(x -> !x.isEmpty())
                .map(WorkProgramme.Lead::of);
      }
      lead.ifPresent(
          l -> {
            if (out.contains(l)) {
              d.error(n.pos(), "this lead is named twice");
            } else {
              out.add(l);
            }
          });
    }
    return out;
  }

  private static List<WorkProgramme.Topic> topics(
      CommitteeId committee, List<YamlNode> nodes, Registry known, Diagnostics d) {
    List<WorkProgramme.Topic> out = new ArrayList<>();
    for (YamlNode n : nodes) {
      Fields.of(n, Documents.TOPIC, d)
          .ifPresent(
              t -> {
                List<WorkProgramme.Lead> leads = leads(t, known, d);
                Optional<PaperId> paper =
                    t.id("paper")
                        .flatMap(
                            r -> {
                              PaperId id = new PaperId(r.value());
                              Optional<MeetingId> meeting = known.paperMeeting(id);
                              if (meeting.isEmpty()) {
                                d.error(
                                    r.pos(),
                                    "unknown paper '"
                                        + r.value()
                                        + "'"
                                        + Hints.didYouMean(
                                            r.value(),
                                            known.paperIds().stream()
                                                .map(PaperId::value)
                                                .toList()));
                                return Optional.empty();
                              }
                              if (!meeting.get().committee().equals(committee)) {
                                d.error(
                                    r.pos(),
                                    "paper '"
                                        + r.value()
                                        + "' is for a meeting of another committee ("
                                        + meeting.get()
                                        + ")");
                                return Optional.empty();
                              }
                              return Optional.of(id);
                            });
                out.add(
                    new WorkProgramme.Topic(
                        t.text("title", ""), t.text("purpose", ""), leads, paper, t.pos()));
              });
    }
    return out;
  }
}
