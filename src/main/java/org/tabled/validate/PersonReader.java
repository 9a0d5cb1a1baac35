package org.tabled.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tabled.diag.Diagnostics;
import org.tabled.load.RawYaml;
import org.tabled.load.YamlNode;
import org.tabled.model.Contact;
import org.tabled.model.Interest;
import org.tabled.model.InterestCategory;
import org.tabled.model.Person;
import org.tabled.model.PersonId;
import org.tabled.model.PersonKind;
import org.tabled.model.Portfolio;
import org.tabled.model.Register;
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
            f.pos(),
            register(f, d)));
  }

  private static final List<String> CATEGORIES = Documents.INTEREST.values("category");

  /**
   * The register of interests: none when {@code interests} is left out, an empty register for
   * {@code interests: []}. Every entry is checked; a sensitive entry keeps no details.
   */
  private static Optional<Register> register(Fields f, Diagnostics d) {
    Optional<LocalDate> updated = f.date("interests_updated");
    if (f.mapping().get("interests").isEmpty()) {
      if (f.has("interests_updated")) {
        d.error(
            f.pos("interests_updated"),
            "'interests_updated' is given but there is no 'interests' list",
            "write interests: [] if the person has registered no interests");
      }
      return Optional.empty();
    }
    if (!f.has("interests")) {
      d.error(
          f.pos("interests"),
          "'interests' has no value",
          "list the interests, or write interests: [] if the person has registered none");
      return Optional.empty();
    }
    List<Interest> entries = new ArrayList<>();
    Map<String, SourcePos> seen = new HashMap<>();
    for (YamlNode n : f.list("interests")) {
      Fields.of(n, Documents.INTEREST, d)
          .flatMap(e -> interest(e, d))
          .ifPresent(
              i -> {
                // sensitive entries hold no details to compare
                String key = i.sensitive() ? "sensitive\n" + i.pos() : sameness(i);
                SourcePos first = seen.putIfAbsent(key, i.pos());
                if (first != null) {
                  d.error(
                      i.pos(),
                      "this interest repeats the one at line " + first.line(),
                      "remove one of them, or give each its own organisation, nature or dates");
                } else {
                  entries.add(i);
                }
              });
    }
    return Optional.of(
        new Register(
            updated,
            entries,
            f.has("interests_updated") ? f.pos("interests_updated") : f.pos("interests")));
  }

  /** One entry; a sensitive one without its details, whatever the file holds. */
  private static Optional<Interest> interest(Fields e, Diagnostics d) {
    // read first and fail closed: "sensitive:" with no value or a wrong one is an error, read as
    // sensitive, so an entry its author meant to withhold is never printed
    boolean sensitive =
        e.restricting(
                "sensitive",
                e::optBool,
                true,
                "write sensitive: true to withhold the interest's details, or remove the key")
            .orElse(false);
    Optional<InterestCategory> category =
        e.choice("category", CATEGORIES)
            .map(k -> InterestCategory.valueOf(k.toUpperCase(Locale.ROOT).replace('-', '_')));
    Optional<LocalDate> from = e.date("from");
    Optional<LocalDate> to = e.date("to");
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      d.error(e.pos("to"), "'to' is before 'from' in this interest");
    }
    boolean spouse = e.bool("spouse_or_partner", false);
    if (sensitive) {
      return from.map(fr -> Interest.sensitive(fr, to, e.pos()));
    }
    String organisation = e.text("organisation", "");
    if (organisation.isEmpty()) {
      d.error(
          e.pos(),
          "missing required key 'organisation' for an interest that is not sensitive",
          "name the organisation, or describe the interest (land: its address or area)");
      return Optional.empty();
    }
    if (category.isEmpty() || from.isEmpty()) {
      return Optional.empty(); // reported
    }
    return Optional.of(
        new Interest(
            category, organisation, e.text("nature", ""), from.get(), to, spouse, false, e.pos()));
  }

  /** What makes two entries the same entry written twice. */
  private static String sameness(Interest i) {
    return i.category().map(InterestCategory::key).orElse("sensitive")
        + "\n"
        + i.organisation().toLowerCase(Locale.ROOT)
        + "\n"
        + i.nature().toLowerCase(Locale.ROOT)
        + "\n"
        + i.from()
        + "\n"
        + i.to().map(LocalDate::toString).orElse("");
  }
}
