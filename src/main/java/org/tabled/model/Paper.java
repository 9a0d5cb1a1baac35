package org.tabled.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tabled.source.SourcePos;

/**
 * A paper for a meeting: a report, a cabinet member's update or another document, with its
 * appendices.
 *
 * @param id the folder name, unique across the council
 * @param meeting the meeting it is for
 * @param title the title
 * @param layout report, portfolio update or plain
 * @param cover the cover sheet fields
 * @param body the Markdown body; sections and paragraphs are numbered when rendered
 * @param appendices the appendices, in order
 * @param confidential true if it must never be published (also implied by a Part 2 item)
 * @param published the date it may be published, if later than the agenda
 * @param dir the paper's folder on disk, for images
 * @param pos where the paper was defined
 * @param digest a digest of every file in the paper's folder (its text, appendices and images):
 *     what an issued pack records of it, to tell whether it changed
 */
public record Paper(
    PaperId id,
    MeetingId meeting,
    String title,
    PaperLayout layout,
    CoverSheet cover,
    Markdown body,
    List<Appendix> appendices,
    boolean confidential,
    Optional<LocalDate> published,
    Path dir,
    SourcePos pos,
    String digest) {

  public Paper {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(title, "title");
    appendices = List.copyOf(appendices);
    Objects.requireNonNull(digest, "digest");
  }
}
