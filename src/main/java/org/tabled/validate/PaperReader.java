package org.tabled.validate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tabled.diag.Diagnostics;
import org.tabled.files.ContentFiles;
import org.tabled.files.KnownFiles;
import org.tabled.files.SuppliedPdf;
import org.tabled.load.LoadedContent;
import org.tabled.load.RawMarkdown;
import org.tabled.load.YamlNode;
import org.tabled.model.Appendix;
import org.tabled.model.CoverSheet;
import org.tabled.model.Markdown;
import org.tabled.model.MeetingId;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;
import org.tabled.model.PaperLayout;
import org.tabled.model.Person;
import org.tabled.model.PersonId;
import org.tabled.model.PersonKind;
import org.tabled.source.SourcePos;

/** Reads a paper folder: {@code paper.md} (cover sheet and body) and its appendices. */
final class PaperReader {

  private static final List<String> LAYOUTS = Documents.PAPER.values("layout");
  private static final List<String> GENERATED = Documents.APPENDIX.values("generate");

  private PaperReader() {}

  static Optional<Paper> read(
      MeetingId meeting,
      LoadedContent.Paper folder,
      Path contentRoot,
      KnownFiles files,
      Registry known,
      Diagnostics d) {
    if (!Fields.isId(folder.id())) {
      d.error(
          folder.pos(),
          "'" + folder.id() + "' is not a valid paper id (the folder name)",
          "name the folder with lower-case letters, digits and hyphens, e.g. early-help-strategy");
      return Optional.empty();
    }
    if (PaperId.RESERVED.contains(folder.id())) {
      d.error(
          folder.pos(),
          "'"
              + folder.id()
              + "' cannot be a paper id: the meeting's "
              + folder.id()
              + " page has that address",
          "rename the folder, e.g. " + folder.id() + "-report");
      return Optional.empty();
    }
    if (folder.paper().isEmpty()) {
      return Optional.empty(); // the missing paper.md is reported by the loader
    }
    RawMarkdown file = folder.paper().get();
    Optional<Fields> of = Fields.of(file.front(), Documents.PAPER, d);
    if (of.isEmpty()) {
      return Optional.empty();
    }
    Fields f = of.get();
    PaperLayout layout =
        f.choice("layout", LAYOUTS)
            .map(l -> PaperLayout.valueOf(l.toUpperCase(Locale.ROOT).replace('-', '_')))
            .orElse(PaperLayout.REPORT);
    if (layout == PaperLayout.REPORT && !f.has("report_of")) {
      d.error(
          f.pos(),
          "missing required key 'report_of' in a report",
          "whose report it is, e.g. report_of: Director of Housing");
    }
    if (!layout.coverless() && !f.has("author")) {
      d.error(
          f.pos(),
          "missing required key 'author' in a " + layout.key().replace('-', ' '),
          "the person id of the report author, whose contact details are printed");
    }
    List<PersonId> cabinetMembers = new ArrayList<>();
    for (Fields.Ref r : f.ids("cabinet_member")) {
      Optional<Person> p = known.person(r, "cabinet member", List.of(PersonKind.COUNCILLOR));
      if (p.isPresent() && cabinetMembers.contains(p.get().id())) {
        d.error(r.pos(), "cabinet member '" + r.value() + "' is named twice");
      } else {
        p.ifPresent(x -> cabinetMembers.add(x.id()));
      }
    }
    List<PersonId> authors = new ArrayList<>();
    for (Fields.Ref r : f.ids("author")) {
      known.person(r, "author").ifPresent(p -> authors.add(p.id()));
    }
    List<String> wards = f.texts("wards");
    CoverSheet cover =
        new CoverSheet(
            f.text("classification", "General Release"),
            f.text("report_of", ""),
            cabinetMembers,
            wards.isEmpty() ? List.of("All") : wards,
            f.text("policy_context", ""),
            f.bool("key_decision", false),
            authors);
    boolean confidential =
        f.restricting(
                "confidential",
                f::optBool,
                true,
                "write confidential: true, or remove the key if the paper may be published")
            .orElse(false);
    Optional<LocalDate> published =
        f.restricting(
            "published",
            f::date,
            Fields.NEVER,
            "give the date the paper may be published, e.g. published: 2025-03-04, or remove the key");
    List<Appendix> appendices = appendices(f, folder, contentRoot, files, d);
    if (layout.generated().isPresent()) {
      // the paper is the generated document itself: nothing written to print with it
      if (!file.body().isBlank()) {
        d.error(
            file.bodyPos(),
            "a paper with layout: " + layout.key() + " is generated, so it has no text of its own",
            "leave the body empty, or write a report with an appendix 'generate: "
                + layout.key()
                + "' to introduce it");
      }
      if (f.has("appendices")) {
        d.error(
            f.pos("appendices"),
            "a paper with layout: " + layout.key() + " is generated, so it has no appendices");
      }
      appendices =
          List.of(
              new Appendix(
                  "1",
                  f.text("title", folder.id()),
                  new Appendix.GeneratedSource(layout.generated().get()),
                  false,
                  f.pos()));
    }
    return Optional.of(
        new Paper(
            new PaperId(folder.id()),
            meeting,
            f.text("title", folder.id()),
            layout,
            cover,
            new Markdown(file.body(), file.bodyPos(), file.dir()),
            appendices,
            confidential,
            published,
            folder.dir(),
            file.front().pos(),
            folder.digest()));
  }

  private static List<Appendix> appendices(
      Fields f, LoadedContent.Paper folder, Path contentRoot, KnownFiles files, Diagnostics d) {
    List<Appendix> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (YamlNode n : f.list("appendices")) {
      Optional<Fields> of = Fields.of(n, Documents.APPENDIX, d);
      if (of.isEmpty()) {
        continue;
      }
      Fields a = of.get();
      String label = String.valueOf(out.size() + 1);
      Optional<Appendix.Source> source = Optional.empty();
      if (a.has("file") == a.has("generate")) {
        d.error(
            a.pos(),
            "an appendix needs exactly one of 'file' (a file in the paper's folder) or 'generate' (tracker or work-programme)");
      } else if (a.has("generate")) {
        source =
            a.choice("generate", GENERATED)
                .map(
                    g ->
                        new Appendix.GeneratedSource(
                            Appendix.Generated.valueOf(
                                g.toUpperCase(Locale.ROOT).replace('-', '_'))));
      } else {
        source = a.optText("file").flatMap(name -> file(name, a, folder, contentRoot, files, d));
        a.optText("file").ifPresent(used::add);
        a.optText("alternative").ifPresent(used::add);
      }
      if (!(source.orElse(null) instanceof Appendix.PdfSource)) {
        for (String key : List.of("alt_text", "alternative")) {
          if (a.has(key)) {
            d.error(
                a.pos(key),
                "'" + key + "' is for an appendix supplied as a PDF ('file: NAME.pdf')",
                "a Markdown or generated appendix is already readable on the website and in the PDFs");
          }
        }
      }
      boolean landscape = a.bool("landscape", false);
      int number = out.size();
      source.ifPresent(
          s ->
              out.add(
                  new Appendix(
                      String.valueOf(number + 1),
                      a.text("title", "Appendix " + label),
                      s,
                      landscape,
                      a.pos())));
    }
    boolean allListed = out.size() == f.list("appendices").size();
    for (String md : folder.markdownFiles().keySet()) {
      if (allListed && !used.contains(md)) {
        d.warning(
            SourcePos.file(folder.markdownFiles().get(md).path()),
            "this file is not listed in the appendices of paper.md, so it is not published");
      }
    }
    return out;
  }

  /** {@code alternative}: a Markdown file in the paper's folder holding the PDF's content. */
  private static Optional<Markdown> alternative(
      Fields a, LoadedContent.Paper folder, Diagnostics d) {
    Optional<String> name = a.optText("alternative").map(String::strip);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    if (!ContentFiles.extension(name.get()).equals("md")) {
      d.error(
          a.pos("alternative"),
          "'alternative' must be a Markdown file (.md) in the paper's folder, not '"
              + name.get()
              + "'");
      return Optional.empty();
    }
    RawMarkdown md = folder.markdownFiles().get(name.get());
    if (md == null) {
      if (!folder.files().contains(name.get())) {
        d.error(
            a.pos("alternative"), "file '" + name.get() + "' does not exist in the paper's folder");
      }
      return Optional.empty(); // else unreadable: already reported by the loader
    }
    return Optional.of(new Markdown(md.body(), md.bodyPos(), md.dir()));
  }

  private static Optional<Appendix.Source> file(
      String name,
      Fields a,
      LoadedContent.Paper folder,
      Path contentRoot,
      KnownFiles files,
      Diagnostics d) {
    Optional<Path> file =
        ContentFiles.resolve(
            name,
            a.pos("file"),
            folder.dir(),
            contentRoot,
            ContentFiles.MAX_BINARY_BYTES,
            files,
            d);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    String ext = ContentFiles.extension(name);
    if (ext.equals("md")) {
      RawMarkdown md = folder.markdownFiles().get(name.strip());
      if (md == null) {
        return Optional.empty(); // unreadable: already reported by the loader
      }
      if (!md.front().entries().isEmpty()) {
        Fields.of(md.front(), Documents.APPENDIX_FILE, d);
      }
      return Optional.of(
          new Appendix.MarkdownSource(new Markdown(md.body(), md.bodyPos(), md.dir())));
    }
    if (ext.equals("pdf")) {
      if (!ContentFiles.hasSignature(file.get(), name)) {
        d.error(a.pos("file"), "'" + name + "' is not a PDF file: it does not start with %PDF-");
        return Optional.empty();
      }
      Optional<String> problem = SuppliedPdf.problem(file.get());
      if (problem.isPresent()) {
        d.error(
            a.pos("file"),
            "cannot use '" + name.strip() + "' as an appendix: " + problem.get(),
            "save the document again as a PDF, without a password");
        return Optional.empty();
      }
      String alt = a.optText("alt_text").map(String::strip).orElse("");
      if (a.has("alt_text") && alt.isEmpty()) {
        d.error(
            a.pos("alt_text"),
            "'alt_text' is empty",
            "write a short summary of what the document says");
      }
      return Optional.of(
          new Appendix.PdfSource(file.get(), name.strip(), alt, alternative(a, folder, d)));
    }
    d.error(
        a.pos("file"),
        "an appendix file must be Markdown (.md) or PDF (.pdf), not '" + name + "'",
        "save Word or Excel documents as PDF");
    return Optional.empty();
  }
}
