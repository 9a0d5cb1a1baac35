package org.tabled.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tabled.diag.Diagnostics;
import org.tabled.diag.Hints;
import org.tabled.load.RawMarkdown;
import org.tabled.model.Markdown;
import org.tabled.model.OutcomeId;
import org.tabled.model.TrackerResponse;
import org.tabled.model.TrackerStatus;
import org.tabled.source.SourcePos;

/** Reads {@code tracker/OUTCOME-ID.md}: the response to one tracked outcome. */
final class TrackerReader {

  private static final List<String> STATUSES = Documents.TRACKER_RESPONSE.values("status");

  private TrackerReader() {}

  /**
   * @param outcomes the ids of the outcomes recorded in this committee's minutes, each with the
   *     meeting and agenda item it was made under ("2026-03-10 item 4")
   * @param outcomesKnown false when some minutes could not be read, so an id missing from {@code
   *     outcomes} may be in them: it is then not reported
   * @param answered the outcomes answered so far, each with where: a response file's own outcome is
   *     in it before any file is read; {@code also_answers} adds to it
   */
  static Optional<TrackerResponse> read(
      RawMarkdown file,
      Map<String, String> outcomes,
      boolean outcomesKnown,
      Map<String, String> answered,
      Diagnostics d) {
    String name = file.path().substring(file.path().lastIndexOf('/') + 1);
    String id = name.substring(0, name.length() - ".md".length());
    if (!outcomes.containsKey(id)) {
      if (!outcomesKnown) {
        return Optional.empty();
      }
      d.error(
          SourcePos.file(file.path()),
          "no outcome '"
              + id
              + "' in this committee's minutes"
              + Hints.didYouMean(id, outcomes.keySet()),
          "name a response file after the id of the outcome it answers");
      return Optional.empty();
    }
    Optional<Fields> of = Fields.of(file.front(), Documents.TRACKER_RESPONSE, d);
    if (of.isEmpty()) {
      return Optional.empty();
    }
    Fields f = of.get();
    Optional<TrackerStatus> status =
        f.choice("status", STATUSES)
            .map(s -> TrackerStatus.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_')));
    // Without a received date a response counts as received and is printed in earlier packs.
    var received =
        f.restricting(
            "received",
            f::date,
            Fields.NEVER,
            "give the date the response was received, e.g. received: 2025-03-04, or remove the key");
    var circulated = f.date("circulated");
    if (received.isPresent()
        && circulated.isPresent()
        && circulated.get().isBefore(received.get())
        && !received.get().equals(Fields.NEVER)) {
      d.error(
          f.pos("circulated"),
          "the response was circulated on "
              + circulated.get()
              + ", before it was received on "
              + received.get());
    }
    List<OutcomeId> also = alsoAnswers(f, id, file.path(), outcomes, outcomesKnown, answered);
    return status.map(
        s ->
            new TrackerResponse(
                new OutcomeId(id),
                s,
                received,
                circulated,
                also,
                new Markdown(file.body(), file.bodyPos(), file.dir()),
                f.pos()));
  }

  /**
   * {@code also_answers}: the other outcomes one response answers, so that the tracker prints them
   * as one row. Each must be an outcome of the committee's minutes made under the same agenda item
   * of the same meeting as the file's own, named once, and answered by no other response.
   */
  private static List<OutcomeId> alsoAnswers(
      Fields f,
      String id,
      String path,
      Map<String, String> outcomes,
      boolean outcomesKnown,
      Map<String, String> answered) {
    Diagnostics d = f.diagnostics();
    List<OutcomeId> out = new ArrayList<>();
    for (Fields.Ref r : f.ids("also_answers")) {
      String other = r.value();
      if (!outcomes.containsKey(other)) {
        if (outcomesKnown) {
          d.error(
              r.pos(),
              "no outcome '"
                  + other
                  + "' in this committee's minutes"
                  + Hints.didYouMean(other, outcomes.keySet()));
        }
      } else if (other.equals(id) || out.contains(new OutcomeId(other))) {
        d.error(r.pos(), "outcome '" + other + "' is named twice for this response");
      } else if (!outcomes.get(other).equals(outcomes.get(id))) {
        d.error(
            r.pos(),
            "outcome '"
                + other
                + "' was made under "
                + outcomes.get(other)
                + ", but '"
                + id
                + "' under "
                + outcomes.get(id),
            "one response can answer only outcomes of the same agenda item of one meeting; write"
                + " a response of its own for it");
      } else if (answered.containsKey(other)) {
        d.error(
            r.pos(),
            "outcome '" + other + "' already has a response, in " + answered.get(other),
            "an outcome is answered by one response: remove it here or there");
      } else {
        answered.put(other, path);
        out.add(new OutcomeId(other));
      }
    }
    return out;
  }
}
