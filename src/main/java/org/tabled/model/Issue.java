package org.tabled.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.tabled.source.SourcePos;

/**
 * One issue of an agenda pack as Tabled recorded it in the meeting's {@code issued.yaml} when it
 * was published: what members were sent, so that a later build can tell whether the pack would
 * change. Page numbers and digests only, never text.
 *
 * @param pack which pack of the meeting
 * @param number 1 for the first issue, 2 for the first reissue …
 * @param date the day it was published
 * @param reason for a reissue, why (from the content's {@link Reissue}); empty for issue 1
 * @param changed for a reissue, the agenda items that changed from the issue before, in order
 * @param file the copy of the PDF Tabled kept in the content folder
 * @param sha256 the digest of that PDF's bytes, hex
 * @param pages its number of pages
 * @param items the printed page range of each item with documents in the pack ("5 - 10", "S1 -
 *     S4"), by item number, in agenda order
 * @param papers the digest of each paper's folder as published in the pack, by paper id, in order
 * @param agenda a digest of the agenda the pack prints (its items' numbers, titles, purposes,
 *     kinds, exemptions and urgency): the front sheet's content, apart from the page numbers
 * @param unnumbered how many pages at the start of the PDF have no page number
 * @param positions the printed pages of every element of the pack a reference from another pack can
 *     name (documents, items, numbered paragraphs, tracker rows), by its id in the PDF
 * @param pos where it is written in {@code issued.yaml}
 */
public record Issue(
    PackId pack,
    int number,
    LocalDate date,
    String reason,
    List<Integer> changed,
    Path file,
    String sha256,
    int pages,
    Map<Integer, String> items,
    Map<PaperId, String> papers,
    String agenda,
    int unnumbered,
    Map<String, PageSpan> positions,
    SourcePos pos) {

  public Issue {
    Objects.requireNonNull(pack, "pack");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reason, "reason");
    changed = List.copyOf(changed);
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sha256, "sha256");
    items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
    papers = Collections.unmodifiableMap(new LinkedHashMap<>(papers));
    Objects.requireNonNull(agenda, "agenda");
    positions = Collections.unmodifiableMap(new TreeMap<>(positions));
    Objects.requireNonNull(pos, "pos");
  }
}
