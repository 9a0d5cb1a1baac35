package org.tabled.markdown;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tabled.diag.Diagnostic;
import org.tabled.source.SourcePos;

/**
 * What a parse of one document found, as a {@link ParseStore} keeps it: the problems it reported,
 * its outline, its references and the roles of its blocks (by their place in the syntax tree), and
 * the images it names. An image is a file of its own, which can change while the text does not: the
 * problems kept are the text's own, and each image named is checked again whenever the record is
 * used, as a parse checks it.
 *
 * @param problems what the parse reported of the text itself (not of its images' files), in the
 *     order reported
 * @param outline the sections, numbered paragraphs and headings
 * @param refs the well-formed references, in order
 * @param places the places of the blocks with a role, in the order of the tree's descendants
 * @param roles the role of the block at each of {@code places}
 * @param tops the {@code ##} headings whose numbers the parse asked for (none if it asked for
 *     none), as given to {@link SectionNumbers#of}
 * @param given the numbers it was given for them, from which the outline and roles were made
 * @param images the images the text names, in order, to be checked again
 */
record ParseRecord(
    List<Diagnostic> problems,
    Outline outline,
    List<RefSyntax> refs,
    int[] places,
    String[] roles,
    List<SectionNumbers.Heading> tops,
    List<Integer> given,
    List<ImageUse> images) {

  /**
   * An image a text names: {@code ![alt](url)} at {@code pos}.
   *
   * @param url the file named, as written
   * @param alt its text alternative, as written
   * @param pos where it is named
   */
  record ImageUse(String url, String alt, SourcePos pos) {}

  /** The format's mark: a record of another format is not read. */
  private static final int FORMAT = 0x50415204;

  /** The record as bytes; empty if it cannot be written (a string too long for the format). */
  Optional<byte[]> bytes() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(b)) {
      out.writeInt(FORMAT);
      out.writeInt(problems.size());
      for (Diagnostic p : problems) {
        pos(out, p.pos());
        out.writeBoolean(p.severity() == Diagnostic.Severity.ERROR);
        str(out, p.message());
        str(out, p.hint());
      }
      out.writeInt(outline.sections().size());
      for (Outline.Section s : outline.sections()) {
        out.writeInt(s.number());
        str(out, s.title());
        str(out, s.anchor());
        out.writeInt(s.paragraphs().size());
        for (Outline.Paragraph p : s.paragraphs()) {
          str(out, p.number());
          str(out, p.anchor());
          str(out, p.text());
          out.writeBoolean(p.resolution());
        }
      }
      out.writeInt(outline.headings().size());
      for (Outline.Heading h : outline.headings()) {
        out.writeInt(h.level());
        str(out, h.text());
        str(out, h.anchor());
      }
      out.writeInt(refs.size());
      for (RefSyntax r : refs) {
        str(out, r.raw());
        str(out, r.kind());
        str(out, r.target());
        str(out, r.anchor());
        str(out, r.text());
        pos(out, r.pos());
      }
      out.writeInt(places.length);
      for (int i = 0; i < places.length; i++) {
        out.writeInt(places[i]);
        str(out, roles[i]);
      }
      out.writeInt(tops.size());
      for (SectionNumbers.Heading h : tops) {
        str(out, h.text());
        pos(out, h.pos());
      }
      out.writeInt(given.size());
      for (int g : given) {
        out.writeInt(g);
      }
      out.writeInt(images.size());
      for (ImageUse i : images) {
        str(out, i.url());
        str(out, i.alt());
        pos(out, i.pos());
      }
    } catch (IOException e) { // a string UTF-8 cannot hold: not kept, parsed again next time
      return Optional.empty();
    }
    return Optional.of(b.toByteArray());
  }

  /** The record in {@code bytes}; empty if they are not one (another format, cut short). */
  static Optional<ParseRecord> of(byte[] bytes) {
    try {
      In in = new In(bytes);
      if (in.i() != FORMAT) {
        return Optional.empty();
      }
      List<Diagnostic> problems = new ArrayList<>();
      for (int i = in.i(); i > 0; i--) {
        SourcePos pos = pos(in);
        Diagnostic.Severity severity =
            in.bool() ? Diagnostic.Severity.ERROR : Diagnostic.Severity.WARNING;
        problems.add(new Diagnostic(pos, severity, in.str(), in.str()));
      }
      List<Outline.Section> sections = new ArrayList<>();
      for (int i = in.i(); i > 0; i--) {
        int number = in.i();
        String title = in.str();
        String anchor = in.str();
        List<Outline.Paragraph> paras = new ArrayList<>();
        for (int j = in.i(); j > 0; j--) {
          paras.add(new Outline.Paragraph(in.str(), in.str(), in.str(), in.bool()));
        }
        sections.add(new Outline.Section(number, title, anchor, paras));
      }
      List<Outline.Heading> headings = new ArrayList<>();
      for (int i = in.i(); i > 0; i--) {
        headings.add(new Outline.Heading(in.i(), in.str(), in.str()));
      }
      List<RefSyntax> refs = new ArrayList<>();
      for (int i = in.i(); i > 0; i--) {
        refs.add(new RefSyntax(in.str(), in.str(), in.str(), in.str(), in.str(), pos(in)));
      }
      int n = in.count(); // a place and a role each: no more than the bytes left
      int[] places = new int[n];
      String[] roles = new String[n];
      for (int i = 0; i < n; i++) {
        places[i] = in.i();
        roles[i] = in.str();
      }
      List<SectionNumbers.Heading> tops = new ArrayList<>();
      for (int i = in.i(); i > 0; i--) {
        tops.add(new SectionNumbers.Heading(in.str(), pos(in)));
      }
      List<Integer> given = new ArrayList<>();
      for (int i = in.i(); i > 0; i--) {
        given.add(in.i());
      }
      List<ImageUse> images = new ArrayList<>();
      for (int i = in.i(); i > 0; i--) {
        images.add(new ImageUse(in.str(), in.str(), pos(in)));
      }
      if (!in.atEnd()) {
        return Optional.empty(); // more than a record
      }
      return Optional.of(
          new ParseRecord(
              problems,
              new Outline(sections, headings),
              refs,
              places,
              roles,
              List.copyOf(tops),
              List.copyOf(given),
              List.copyOf(images)));
    } catch (RuntimeException e) { // cut short, or not a record
      return Optional.empty();
    }
  }

  /**
   * Writes {@code s} as its length in bytes and its UTF-8; a string with half a surrogate pair,
   * which UTF-8 cannot hold, is refused rather than changed.
   */
  private static void str(DataOutputStream out, String s) throws IOException {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IOException("half a surrogate pair");
      }
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  /**
   * Reads what {@link #bytes} wrote, from an array: Java's own {@code DataInputStream.readUTF}
   * decodes a character at a time, and reading these records back is much of what a build of an
   * archive whose texts did not change does with them.
   */
  private static final class In {
    private final byte[] b;
    private int at;

    In(byte[] b) {
      this.b = b;
    }

    int i() {
      if (at + 4 > b.length) {
        throw new IllegalArgumentException("cut short");
      }
      int v =
          (b[at] & 0xFF) << 24
              | (b[at + 1] & 0xFF) << 16
              | (b[at + 2] & 0xFF) << 8
              | b[at + 3] & 0xFF;
      at += 4;
      return v;
    }

    /** A count of values, each at least a byte long: never more than the bytes left. */
    int count() {
      int n = i();
      if (n < 0 || n > b.length - at) {
        throw new IllegalArgumentException("cut short");
      }
      return n;
    }

    boolean bool() {
      if (at >= b.length) {
        throw new IllegalArgumentException("cut short");
      }
      return b[at++] != 0;
    }

    String str() {
      int n = i();
      if (n < 0 || n > b.length - at) {
        throw new IllegalArgumentException("cut short");
      }
      String s = new String(b, at, n, StandardCharsets.UTF_8);
      at += n;
      return s;
    }

    boolean atEnd() {
      return at == b.length;
    }
  }

  private static void pos(DataOutputStream out, SourcePos p) throws IOException {
    str(out, p.path());
    out.writeInt(p.line());
    out.writeInt(p.column());
  }

  private static SourcePos pos(In in) {
    return new SourcePos(in.str(), in.i(), in.i());
  }
}
