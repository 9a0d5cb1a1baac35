package org.tabled.publish;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.tabled.model.Appendix;
import org.tabled.model.Markdown;
import org.tabled.model.MeetingId;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;

/**
 * A paper of the whole council (published or not) as the build cache counts it for the meetings
 * other than its own ({@link PublishedCouncil#paperOutlines}): where it is and a digest of all a
 * meeting other than its own can print of it.
 *
 * @param meeting its meeting
 * @param paper the paper
 * @param dir its folder
 * @param digest the SHA-256 of {@link #text} of the paper: a digest only, so that nothing of a
 *     paper not yet public leaves this stage
 */
public record PaperOutline(MeetingId meeting, PaperId paper, Path dir, String digest) {

  static PaperOutline of(Paper p) {
    try {
      byte[] sha =
          MessageDigest.getInstance("SHA-256").digest(text(p).getBytes(StandardCharsets.UTF_8));
      return new PaperOutline(p.meeting(), p.id(), p.dir(), HexFormat.of().formatHex(sha));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * A paper's model without its texts (its body, its appendices written in Markdown) or the digest
   * of its files: its title, cover sheet, appendices' titles, dates and the rest of its front
   * matter, which other meetings' agendas, minutes, trackers, work programmes and references print.
   * A record's text gives every component in order (no component of a paper is a set or a map,
   * whose order could change from one run to the next; one that did would only miss a record).
   */
  static String text(Paper p) {
    return new Paper(
            p.id(),
            p.meeting(),
            p.title(),
            p.layout(),
            p.cover(),
            withoutText(p.body()),
            p.appendices().stream()
                .map(
                    a ->
                        a.source() instanceof Appendix.MarkdownSource s
                            ? new Appendix(
                                a.label(),
                                a.title(),
                                new Appendix.MarkdownSource(withoutText(s.body())),
                                a.landscape(),
                                a.pos())
                            : a)
                .toList(),
            p.confidential(),
            p.published(),
            p.dir(),
            p.pos(),
            "")
        .toString();
  }

  private static Markdown withoutText(Markdown m) {
    return new Markdown("", m.start(), m.dir());
  }
}
