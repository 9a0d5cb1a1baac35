package org.tabled.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tabled.diag.Diagnostics;
import org.tabled.load.RawYaml;
import org.tabled.load.YamlNode;
import org.tabled.model.Contact;
import org.tabled.model.Person;
import org.tabled.model.PersonId;
import org.tabled.model.PersonKind;
import org.tabled.model.Portfolio;
import org.tabled.source.SourcePos;

/** Reads {@code people/ID.yaml}. */
final class PersonReader {

  private static final List<String> KINDS = Documents.PERSON.values("kind");

  private PersonReader() {}

  static Optional<Person> read(RawYaml file, Diagnostics d) {
    String fileName = file.path().substring(file.path().lastIndexOf('/') + 1);
    String id = fileName.substring(0, fileName.length() - ".yaml".length());
    if (!Fields.isId(id)) {
      d.error(
          SourcePos.file(file.path()),
          "'" + id + "' is not a valid person id (the file name)",
          "name the file with lower-case letters, digits and hyphens, e.g. amara-osei.yaml");
      return Optional.empty();
    }
    Optional<Fields> of = Fields.of(file.root(), Documents.PERSON, d);
    if (of.isEmpty()) {
      return Optional.empty();
    }
    Fields f = of.get();
    Optional<PersonKind> givenKind =
        f.choice("kind", KINDS)
            .map(k -> PersonKind.valueOf(k.toUpperCase(Locale.ROOT).replace('-', '_')));
    if (givenKind.isEmpty()) {
      return Optional
          .empty(); // reported; the validator uses a stand-in so references are not reported again
    }
    PersonKind kind = givenKind.get();
    String jobTitle = f.text("job_title", "");
    if (kind == PersonKind.OFFICER && jobTitle.isEmpty() && !f.has("job_title")) {
      d.error(f.pos(), "missing required key 'job_title' for an officer");
    }
    String represents = f.text("represents", "");
    if (kind == PersonKind.CO_OPTED && represents.isEmpty() && !f.has("represents")) {
      d.error(
          f.pos(),
          "missing required key 'represents' for a co-opted member",
          "say whom they represent, e.g. represents: Parent governor representative");
    }
    for (String councillorOnly : List.of("party", "ward")) {
      if (f.has(councillorOnly) && kind != PersonKind.COUNCILLOR) {
        d.error(
            f.pos(councillorOnly),
            "'"
                + councillorOnly
                + "' only applies to councillors, and this person is "
                + kind.key());
      }
    }
    List<Portfolio> portfolios = new ArrayList<>();
    for (YamlNode n : f.list("portfolios")) {
      Fields.of(n, Documents.PORTFOLIO, d)
          .ifPresent(
              p -> {
                Optional<LocalDate> from = p.date("from");
                Optional<LocalDate> until = p.date("until");
                if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
                  d.error(p.pos("until"), "'until' is before 'from' in this portfolio");
                }
                p.optText("title")
                    .ifPresent(
                        t -> from.ifPresent(fr -> portfolios.add(new Portfolio(t, fr, until))));
              });
    }
    return Optional.of(
        new Person(
            new PersonId(id),
            f.text("name", id),
            kind,
            f.text("party", ""),
            f.text("ward", ""),
            jobTitle,
            f.text("organisation", ""),
            new Contact(SiteReader.email(f, "email", d), f.text("phone", ""), ""),
            represents,
            portfolios,
            f.pos()));
  }
}
