package org.tabled.markdown;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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
  private static final int FORMAT = 0x50415203;

  /** The record as bytes; empty if it cannot be written (a string too long for the format). */
  Optional<byte[]> bytes() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(b)) {
      out.writeInt(FORMAT);
      out.writeInt(problems.size());
      for (Diagnostic p : problems) {
        pos(out, p.pos());
        out.writeBoolean(p.severity() == Diagnostic.Severity.ERROR);
        out.writeUTF(p.message());
        out.writeUTF(p.hint());
      }
      out.writeInt(outline.sections().size());
      for (Outline.Section s : outline.sections()) {
        out.writeInt(s.number());
        out.writeUTF(s.title());
        out.writeUTF(s.anchor());
        out.writeInt(s.paragraphs().size());
        for (Outline.Paragraph p : s.paragraphs()) {
          out.writeUTF(p.number());
          out.writeUTF(p.anchor());
          out.writeUTF(p.text());
          out.writeBoolean(p.resolution());
        }
      }
      out.writeInt(outline.headings().size());
      for (Outline.Heading h : outline.headings()) {
        out.writeInt(h.level());
        out.writeUTF(h.text());
        out.writeUTF(h.anchor());
      }
      out.writeInt(refs.size());
      for (RefSyntax r : refs) {
        out.writeUTF(r.raw());
        out.writeUTF(r.kind());
        out.writeUTF(r.target());
        out.writeUTF(r.anchor());
        out.writeUTF(r.text());
        pos(out, r.pos());
      }
      out.writeInt(places.length);
      for (int i = 0; i < places.length; i++) {
        out.writeInt(places[i]);
        out.writeUTF(roles[i]);
      }
      out.writeInt(tops.size());
      for (SectionNumbers.Heading h : tops) {
        out.writeUTF(h.text());
        pos(out, h.pos());
      }
      out.writeInt(given.size());
      for (int g : given) {
        out.writeInt(g);
      }
      out.writeInt(images.size());
      for (ImageUse i : images) {
        out.writeUTF(i.url());
        out.writeUTF(i.alt());
        pos(out, i.pos());
      }
    } catch (IOException e) { // a string over 65,535 bytes: not kept, parsed again next time
      return Optional.empty();
    }
    return Optional.of(b.toByteArray());
  }

  /** The record in {@code bytes}; empty if they are not one (another format, cut short). */
  static Optional<ParseRecord> of(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != FORMAT) {
        return Optional.empty();
      }
      List<Diagnostic> problems = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        SourcePos pos = pos(in);
        Diagnostic.Severity severity =
            in.readBoolean() ? Diagnostic.Severity.ERROR : Diagnostic.Severity.WARNING;
        problems.add(new Diagnostic(pos, severity, in.readUTF(), in.readUTF()));
      }
      List<Outline.Section> sections = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        int number = in.readInt();
        String title = in.readUTF();
        String anchor = in.readUTF();
        List<Outline.Paragraph> paras = new ArrayList<>();
        for (int j = in.readInt(); j > 0; j--) {
          paras.add(
              new Outline.Paragraph(in.readUTF(), in.readUTF(), in.readUTF(), in.readBoolean()));
        }
        sections.add(new Outline.Section(number, title, anchor, paras));
      }
      List<Outline.Heading> headings = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        headings.add(new Outline.Heading(in.readInt(), in.readUTF(), in.readUTF()));
      }
      List<RefSyntax> refs = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        refs.add(
            new RefSyntax(
                in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(), pos(in)));
      }
      int n = in.readInt();
      int[] places = new int[n];
      String[] roles = new String[n];
      for (int i = 0; i < n; i++) {
        places[i] = in.readInt();
        roles[i] = in.readUTF();
      }
      List<SectionNumbers.Heading> tops = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        tops.add(new SectionNumbers.Heading(in.readUTF(), pos(in)));
      }
      List<Integer> given = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        given.add(in.readInt());
      }
      List<ImageUse> images = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        images.add(new ImageUse(in.readUTF(), in.readUTF(), pos(in)));
      }
      if (in.read() != -1) {
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
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static void pos(DataOutputStream out, SourcePos p) throws IOException {
    out.writeUTF(p.path());
    out.writeInt(p.line());
    out.writeInt(p.column());
  }

  private static SourcePos pos(DataInputStream in) throws IOException {
    return new SourcePos(in.readUTF(), in.readInt(), in.readInt());
  }
}
