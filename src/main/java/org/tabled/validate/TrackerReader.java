package org.tabled.validate;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
   * @param outcomes the ids of the outcomes recorded in this committee's minutes
   * @param outcomesKnown false when some minutes could not be read, so an id missing from {@code
   *     outcomes} may be in them: it is then not reported
   */
  static Optional<TrackerResponse> read(
      RawMarkdown file, Collection<String> outcomes, boolean outcomesKnown, Diagnostics d) {
    String name = file.path().substring(file.path().lastIndexOf('/') + 1);
    String id = name.substring(0, name.length() - ".md".length());
    if (!outcomes.contains(id)) {
      if (!outcomesKnown) {
        return Optional.empty();
      }
      d.error(
          SourcePos.file(file.path()),
          "no outcome '" + id + "' in this committee's minutes" + Hints.didYouMean(id, outcomes),
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
    return status.map(
        s ->
            new TrackerResponse(
                new OutcomeId(id),
                s,
                received,
                circulated,
                new Markdown(file.body(), file.bodyPos(), file.dir()),
                f.pos()));
  }
}
