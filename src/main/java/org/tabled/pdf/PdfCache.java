package org.tabled.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.tabled.output.BuildCache;
import org.tabled.pdf.PdfEngine.PageSpan;

/**
 * What {@link Paginator} keeps between builds in a {@link BuildCache}, each under a digest of
 * everything that determined it, with the build's {@code environment} (Tabled's own code and
 * built-in fonts, the council's fonts and templates, the Java version) in every key:
 *
 * <ul>
 *   <li><b>measures</b>: the page count of a section laid out in the first pass, by the section's
 *       digest, so an unchanged paper is not counted again. A measure is only ever a guess: the
 *       final layout is always checked against the plan made from it;
 *   <li><b>layouts</b>: the printed pages of the nameable elements of a final layout that was
 *       checked against its plan, by a digest of the final HTML (of what its template was given,
 *       which stands for it, {@link org.tabled.template.ModelDigest}; each image by its bytes), the
 *       plan, the document information and any supplied PDFs' bytes: the same key gives the same
 *       layout;
 *   <li><b>PDFs</b>: the painted file, with its SHA-256 (an issued pack's record compares it),
 *       under the same key;
 *   <li><b>the ids a final text names</b>, by the key of the text before its page numbers are
 *       written in, stored once the text was checked: a text found here needs neither the check nor
 *       the parse that finds them again.
 * </ul>
 *
 * A hit of the last two is correct by construction: the key holds every input of the layout and the
 * painting, and the entry was only stored after its layout matched its plan.
 */
final class PdfCache {

  /** Keeps nothing: every lookup misses. */
  static final PdfCache NONE = new PdfCache(BuildCache.NONE, "");

  private final BuildCache store;
  private final byte[] environment;

  /** The digest of each image's bytes, by its file URI, read once per build. */
  private final Map<String, String> images = new ConcurrentHashMap<>();

  PdfCache(BuildCache store, String environment) {
    this.store = store;
    this.environment = environment.getBytes(StandardCharsets.UTF_8);
  }

  /** The measure of the section with digest {@code section}, if a build has stored it. */
  Optional<Paginator.Measure> measure(String section) {
    if (!store.enabled()) {
      return Optional.empty();
    }
    return store
        .get(key("measure", section))
        .map(
            bytes -> {
              try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                int count = in.readInt();
                Map<String, PageSpan> parts = new TreeMap<>();
                for (int i = in.readInt(); i > 0; i--) {
                  parts.put(in.readUTF(), new PageSpan(in.readInt(), in.readInt()));
                }
                return new Paginator.Measure(count, parts);
              } catch (IOException e) {
                throw new UncheckedIOException(
                    e); // the entry's digest was right: only a format change gets here
              }
            });
  }

  void putMeasure(String section, Paginator.Measure m) {
    if (store.enabled()) {
      store.put(
          key("measure", section),
          write(
              out -> {
                out.writeInt(m.count());
                out.writeInt(m.parts().size());
                for (Map.Entry<String, PageSpan> e : new TreeMap<>(m.parts()).entrySet()) {
                  out.writeUTF(e.getKey());
                  out.writeInt(e.getValue().first());
                  out.writeInt(e.getValue().last());
                }
              }));
    }
  }

  /** Whether anything is kept. */
  boolean enabled() {
    return store.enabled();
  }

  /**
   * The digest of {@code html} as a key holds it: each image by the digest of its bytes, not by its
   * path ({@link PdfFinish#withoutPaths}), so that the same content in another checkout hits. An
   * image is read once per build, however many documents show it.
   */
  String htmlDigest(String html) {
    return BuildCache.key(withoutPaths(html).getBytes(StandardCharsets.UTF_8));
  }

  /** {@code html} with each file it names by a digest of its bytes, as a key must hold it. */
  String withoutPaths(String html) {
    return PdfFinish.withoutPaths(html, images);
  }

  /**
   * The key of the final layout and painting of the book and plan whose {@link #shape} is {@code
   * shape}, as the HTML whose {@linkplain #htmlDigest digest} is {@code htmlDigest} with the page
   * numbers {@code printed} written into it ({@link PageNumbers#fill}, a function of the two;
   * placeholders if {@code printed} is empty); empty if nothing is kept. The HTML with its numbers
   * is not digested again: what it is follows from what it was made from. {@code printed} holds
   * only the entries the text names (an empty map if it names none), so that pages it does not
   * print do not count.
   */
  Optional<String> key(
      Optional<String> shape, String htmlDigest, Optional<Map<String, PackMaps.Span>> printed) {
    if (printed.isEmpty()) {
      return key(shape, htmlDigest, "placeholders");
    }
    StringBuilder numbers = new StringBuilder("pages");
    for (Map.Entry<String, PackMaps.Span> e : new TreeMap<>(printed.get()).entrySet()) {
      numbers
          .append('\n')
          .append(e.getKey())
          .append(' ')
          .append(e.getValue().first())
          .append(' ')
          .append(e.getValue().last());
    }
    return key(shape, htmlDigest, numbers.toString());
  }

  /**
   * The key of the book and plan whose {@link #shape} is {@code shape}, as the HTML whose digest is
   * {@code htmlDigest}, before any page number is written into it: where the pages its text settled
   * on are kept.
   */
  Optional<String> baseKey(Optional<String> shape, String htmlDigest) {
    return key(shape, htmlDigest, "as made");
  }

  private Optional<String> key(Optional<String> shape, String htmlDigest, String numbers) {
    return shape.map(
        s ->
            BuildCache.key(
                environment,
                htmlDigest.getBytes(StandardCharsets.UTF_8),
                numbers.getBytes(StandardCharsets.UTF_8),
                s.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * A digest of what, besides its HTML and page numbers, decides how {@code book} following {@code
   * plan} is laid out and painted: the plan, the book's metadata and bookmarks, each document's
   * place and kind, each supplied PDF's bytes. Worked out once for the keys that share it ({@link
   * #baseKey}, {@link #key}); empty if nothing is kept.
   */
  Optional<String> shape(Book book, PagePlan plan) {
    if (!store.enabled()) {
      return Optional.empty();
    }
    List<byte[]> parts = new ArrayList<>();
    parts.add(plan.toString().getBytes(StandardCharsets.UTF_8));
    parts.add(book.meta().toString().getBytes(StandardCharsets.UTF_8));
    parts.add(book.bookmarks().toString().getBytes(StandardCharsets.UTF_8));
    for (PrintDoc doc : book.docs()) {
      parts.add(
          (doc.id()
                  + "|"
                  + doc.kind()
                  + "|"
                  + doc.landscape()
                  + "|"
                  + doc.mark()
                  + "|"
                  + doc.runhead())
              .getBytes(StandardCharsets.UTF_8));
      doc.external().ifPresent(pdf -> parts.add(pdf.bytes()));
    }
    return Optional.of(BuildCache.key(parts.toArray(byte[][]::new)));
  }

  /** The printed pages of the nameable elements of the layout stored under {@code key}. */
  Optional<Map<String, PackMaps.Span>> positions(String key) {
    return store
        .get(key("layout", key))
        .map(
            bytes -> {
              try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                Map<String, PackMaps.Span> out = new TreeMap<>();
                for (int i = in.readInt(); i > 0; i--) {
                  out.put(in.readUTF(), new PackMaps.Span(in.readInt(), in.readInt()));
                }
                return out;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  void putPositions(String key, Map<String, PackMaps.Span> positions) {
    store.put(
        key("layout", key),
        write(
            out -> {
              out.writeInt(positions.size());
              for (Map.Entry<String, PackMaps.Span> e : new TreeMap<>(positions).entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().first());
                out.writeInt(e.getValue().last());
              }
            }));
  }

  /**
   * The ids whose pages the text stored under {@code baseKey} names ({@link PageNumbers#fill}),
   * stored once that text was checked to hold every id it must ({@link PackHtml#check}): present
   * only for a text that passed the check, and a function of the text alone.
   */
  Optional<Set<String>> used(String baseKey) {
    return store
        .get(key("used", baseKey))
        .map(
            bytes -> {
              try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                Set<String> out = new TreeSet<>();
                for (int i = in.readInt(); i > 0; i--) {
                  out.add(in.readUTF());
                }
                return out;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  void putUsed(String baseKey, Set<String> used) {
    store.put(
        key("used", baseKey),
        write(
            out -> {
              out.writeInt(used.size());
              for (String id : new TreeSet<>(used)) {
                out.writeUTF(id);
              }
            }));
  }

  /**
   * A PDF kept with its digest, written and read back together, so that an issued pack is compared
   * without reading its bytes again.
   *
   * @param pdf the file
   * @param sha256 the hex SHA-256 of {@code pdf}
   */
  record Stored(byte[] pdf, String sha256) {}

  /** The length of a hex SHA-256. */
  private static final int HEX = 64;

  /**
   * The PDF painted from the layout stored under {@code key}, with its digest: two entries, so that
   * the PDF is read into an array of its own and not copied out of a larger one.
   */
  Optional<Stored> pdf(String key) {
    return store
        .get(key("sha256 of pdf", key))
        .filter(b -> b.length == HEX)
        .flatMap(
            sha ->
                store
                    .get(key("pdf", key))
                    .map(pdf -> new Stored(pdf, new String(sha, StandardCharsets.US_ASCII))));
  }

  /**
   * Marks the PDF kept under {@code key} used though this build did not read it (it linked the file
   * the last build wrote): kept from {@link org.tabled.output.CacheSweep} for a build whose output
   * folder no longer holds it.
   */
  void markUsed(String key) {
    store.markUsed(key("pdf", key));
    store.markUsed(key("sha256 of pdf", key));
  }

  void putPdf(String key, byte[] pdf, String sha256) {
    byte[] digest = sha256.getBytes(StandardCharsets.US_ASCII);
    if (!store.enabled() || digest.length != HEX) {
      return;
    }
    // the PDF first: a digest found means its PDF was written before it (if not damaged since)
    store.put(key("pdf", key), pdf);
    store.put(key("sha256 of pdf", key), digest);
  }

  /** The record of a meeting's PDFs kept under {@code of} ({@link MeetingRecords}). */
  Optional<byte[]> meetingRecord(String of) {
    return store.get(key("meeting record", of));
  }

  void putMeetingRecord(String of, byte[] record) {
    store.put(key("meeting record", of), record);
  }

  /** The stamps of the PDFs of the meeting whose record is kept under {@code of}. */
  Optional<byte[]> meetingStamps(String of) {
    return store.get(key("meeting files", of));
  }

  void putMeetingStamps(String of, byte[] stamps) {
    store.put(key("meeting files", of), stamps);
  }

  /** The hex SHA-256 of the PDF kept under {@code key} ({@link #pdf}), without reading the PDF. */
  Optional<String> sha256(String key) {
    return store
        .get(key("sha256 of pdf", key))
        .filter(b -> b.length == HEX)
        .map(sha -> new String(sha, StandardCharsets.US_ASCII));
  }

  /**
   * The key under which a supplied PDF with hex SHA-256 {@code sha256} is kept for {@link
   * MeetingRecords}, by {@link #putPdf} as a rendered one is: a key of its bytes alone.
   */
  String suppliedKey(String sha256) {
    return key("supplied pdf", sha256);
  }

  /** The hex SHA-256 of {@code bytes}, as an issued pack records it. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String key(String kind, String of) {
    return BuildCache.key(
        kind.getBytes(StandardCharsets.UTF_8), environment, of.getBytes(StandardCharsets.UTF_8));
  }

  private interface Writer {
    void write(DataOutputStream out) throws IOException;
  }

  private static byte[] write(Writer w) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      w.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
