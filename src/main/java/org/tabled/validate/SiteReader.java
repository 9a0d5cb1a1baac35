package org.tabled.validate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tabled.diag.Diagnostics;
import org.tabled.files.ContentFiles;
import org.tabled.load.RawYaml;
import org.tabled.load.YamlNode;
import org.tabled.model.Contact;
import org.tabled.model.Deadline;
import org.tabled.model.FontFile;
import org.tabled.model.HouseStyle;
import org.tabled.model.Image;
import org.tabled.model.Jurisdiction;
import org.tabled.model.Markdown;
import org.tabled.model.MinuteNumbering;
import org.tabled.model.PersonId;
import org.tabled.model.PersonKind;
import org.tabled.model.Site;
import org.tabled.model.SupplementNumbering;
import org.tabled.model.TrackerPages;
import org.tabled.source.SourcePos;

/** Reads {@code site.yaml}. */
final class SiteReader {

  /** Printed on front sheets when the council gives no admission note of its own. */
  static final String DEFAULT_ADMISSION_NOTE =
      "Members of the public are welcome to attend Part 1 of the"
          + " meeting. If you need any adjustment to take part, for example a hearing loop or step-free access,"
          + " please tell the committee officer named below before the meeting.";

  private SiteReader() {}

  static Site read(RawYaml file, Path contentRoot, Registry known, Diagnostics d) {
    return read(file, contentRoot, known, List.of(), d);
  }

  /**
   * @param annual the dates of meetings marked {@code annual: true}: each starts a municipal year
   */
  static Site read(
      RawYaml file, Path contentRoot, Registry known, List<LocalDate> annual, Diagnostics d) {
    Fields f = Fields.of(file.root(), Documents.SITE, d).orElse(null);
    SourcePos at = file.root().pos();
    if (f == null) {
      return placeholder(at, contentRoot);
    }
    String website = url(f, "website", d);
    String baseUrl = url(f, "base_url", d);
    if (!baseUrl.isEmpty() && !baseUrl.endsWith("/")) {
      d.error(f.pos("base_url"), "'base_url' must end with '/'", "write it as " + baseUrl + "/");
      baseUrl = baseUrl + "/";
    }
    String language = f.text("language", "en-GB");
    if (!language.matches("[a-z]{2,3}(-[A-Z]{2})?")) {
      d.error(
          f.pos("language"),
          "'" + language + "' is not a language tag",
          "use a tag such as en-GB or cy-GB");
      language = "en-GB";
    }
    Contact contact =
        f.node("contact")
            .flatMap(n -> Fields.of(n, Documents.CONTACT, d))
            .map(c -> new Contact(email(c, "email", d), c.text("phone", ""), c.text("address", "")))
            .orElse(new Contact("", "", ""));
    Optional<Image> logo =
        f.node("logo")
            .flatMap(n -> Fields.of(n, Documents.LOGO, d))
            .flatMap(
                l ->
                    l.optText("file")
                        .flatMap(
                            name ->
                                ContentFiles.image(name, l.pos("file"), contentRoot, contentRoot, d)
                                    .flatMap(
                                        img ->
                                            l.optText("alt")
                                                .map(
                                                    alt ->
                                                        new Image(
                                                            img,
                                                            contentRoot
                                                                .relativize(img)
                                                                .toString()
                                                                .replace('\\', '/'),
                                                            alt)))));
    PersonId chief =
        f.id("chief_executive")
            .flatMap(r -> known.person(r, "chief executive", List.of(PersonKind.OFFICER)))
            .map(p -> p.id())
            .orElse(new PersonId("unknown"));
    Site.Accessibility accessibility =
        f.node("accessibility")
            .flatMap(n -> Fields.of(n, Documents.ACCESSIBILITY, d))
            .map(a -> accessibility(a, contact, contentRoot, d))
            .orElse(
                new Site.Accessibility(
                    contact,
                    new Markdown("", at, contentRoot),
                    Optional.empty(),
                    Site.Accessibility.EHRC,
                    Site.Accessibility.EHRC_URL,
                    Optional.empty(),
                    Optional.empty(),
                    "",
                    List.of()));
    Site.Licence licence =
        f.node("open_data_licence")
            .flatMap(n -> Fields.of(n, Documents.LICENCE, d))
            .map(l -> new Site.Licence(l.text("name", Site.Licence.OGL_3.name()), url(l, "url", d)))
            .orElse(Site.Licence.OGL_3);
    String council = f.text("council", "");
    return new Site(
        council,
        f.text("masthead", council),
        website,
        baseUrl,
        language,
        contact,
        logo,
        accessibility,
        chief,
        f.markdown("admission_note", contentRoot)
            .orElse(new Markdown(DEFAULT_ADMISSION_NOTE, at, contentRoot)),
        f.markdown("members_note", contentRoot).orElse(new Markdown("", at, contentRoot)),
        licence,
        fonts(f, contentRoot, d),
        f.choice("minute_numbering", Documents.SITE.values("minute_numbering"))
            .map(k -> MinuteNumbering.valueOf(k.toUpperCase(Locale.ROOT)))
            .orElse(MinuteNumbering.AGENDA),
        f.choice("tracker_pages", Documents.SITE.values("tracker_pages"))
            .map(k -> TrackerPages.valueOf(k.toUpperCase(Locale.ROOT)))
            .orElse(TrackerPages.PRINTED),
        f.node("house_style")
            .flatMap(n -> Fields.of(n, Documents.HOUSE_STYLE, d))
            .map(h -> houseStyle(h, d))
            .orElse(HouseStyle.DEFAULT)
            .withYearStarts(annual),
        numbering(f),
        deadline(f, d));
  }

  /** {@code house_style}: each key left out keeps Tabled's default. */
  private static HouseStyle houseStyle(Fields h, Diagnostics d) {
    Map<String, String> words = new LinkedHashMap<>();
    h.node("words")
        .flatMap(n -> Fields.of(n, Documents.WORDS, d))
        .ifPresent(
            w ->
                HouseStyle.WORDS
                    .keySet()
                    .forEach(
                        k ->
                            w.optText(k)
                                .filter(t -> !t.isBlank())
                                .ifPresent(t -> words.put(k, t.strip()))));
    return new HouseStyle(
        h.choice("date", Documents.HOUSE_STYLE.values("date"))
            .map(HouseStyle::dateStyle)
            .orElse(HouseStyle.DateStyle.PLAIN),
        h.choice("time", Documents.HOUSE_STYLE.values("time"))
            .map(HouseStyle::timeStyle)
            .orElse(HouseStyle.TimeStyle.SHORT),
        h.date("municipal_year_starts").map(MonthDay::from).orElse(HouseStyle.MAY_1),
        words,
        yearStarts(h, d));
  }

  /**
   * {@code municipal_years}: the days years started, in order, at most one in a calendar year (a
   * year is named by the calendar year it starts in, "2016-17").
   */
  private static List<LocalDate> yearStarts(Fields h, Diagnostics d) {
    List<LocalDate> starts = h.dates("municipal_years");
    for (int i = 1; i < starts.size(); i++) {
      LocalDate before = starts.get(i - 1);
      LocalDate s = starts.get(i);
      if (!s.isAfter(before)) {
        d.error(
            h.pos("municipal_years"),
            "municipal_years are not in date order: " + s + " is written after " + before,
            "list the days each municipal year started, oldest first");
      } else if (s.getYear() == before.getYear()) {
        d.error(
            h.pos("municipal_years"),
            "two municipal years start in " + s.getYear() + " (" + before + " and " + s + ")",
            "a municipal year is named by the calendar year it starts in; list one start a year");
      }
    }
    return starts;
  }

  private static final List<String> NUMBERINGS = Documents.SITE.values("supplement_page_numbers");
  private static final List<String> JURISDICTIONS = Documents.DEADLINE.values("jurisdiction");

  private static SupplementNumbering numbering(Fields f) {
    return f.choice("supplement_page_numbers", NUMBERINGS)
        .map(k -> SupplementNumbering.valueOf(k.toUpperCase(Locale.ROOT)))
        .orElse(SupplementNumbering.PREFIXED);
  }

  /**
   * {@code agenda_deadline}: the notice an agenda must give, five clear days in England and Wales
   * unless set.
   */
  private static Deadline deadline(Fields f, Diagnostics d) {
    Optional<Fields> of =
        f.node("agenda_deadline").flatMap(n -> Fields.of(n, Documents.DEADLINE, d));
    if (of.isEmpty()) {
      return Deadline.defaults(f.pos());
    }
    Fields dl = of.get();
    int days = dl.integer("clear_days").orElse(5);
    if (days < 1 || days > 30) {
      d.error(
          dl.pos("clear_days"),
          "'clear_days' must be from 1 to 30, found " + days,
          "five clear working days is the law in England and Wales (Local Government Act 1972, s.100B)");
      days = 5;
    }
    Jurisdiction where =
        dl.choice("jurisdiction", JURISDICTIONS)
            .map(k -> Jurisdiction.valueOf(k.toUpperCase(Locale.ROOT).replace('-', '_')))
            .orElse(Jurisdiction.ENGLAND_AND_WALES);
    List<Deadline.Closure> closures = new ArrayList<>();
    for (YamlNode n : dl.list("closures")) {
      Fields.of(n, Documents.CLOSURE, d)
          .ifPresent(
              c ->
                  c.date("from")
                      .ifPresent(
                          from -> {
                            LocalDate until = c.date("until").orElse(from);
                            if (until.isBefore(from)) {
                              d.error(
                                  c.pos("until"),
                                  "a closure cannot end ("
                                      + until
                                      + ") before it starts ("
                                      + from
                                      + ")");
                              return;
                            }
                            closures.add(new Deadline.Closure(from, until, c.text("reason", "")));
                          }));
    }
    return new Deadline(days, where, closures, dl.pos());
  }

  /**
   * {@code fonts}: a list of TrueType files under the content folder. Only the file's kind is
   * checked here; the PDF stage reads each font and reports one it cannot use.
   */
  private static List<FontFile> fonts(Fields f, Path contentRoot, Diagnostics d) {
    List<FontFile> out = new ArrayList<>();
    Optional<YamlNode> node = f.node("fonts");
    if (node.isEmpty()) {
      return out;
    }
    if (!(node.get() instanceof YamlNode.Sequence list)) {
      d.error(
          node.get().pos(),
          "'fonts' must be a list of font files, found " + node.get().kindName(),
          "write each file on its own line, starting '- ', e.g. '- assets/fonts/MyFont-Regular.ttf'");
      return out;
    }
    for (YamlNode item : list.items()) {
      if (!(item instanceof YamlNode.Scalar s) || s.isNull()) {
        d.error(
            item.pos(),
            "each entry of 'fonts' must be the path of a font file, found " + item.kindName());
        continue;
      }
      String name = s.text().strip();
      if (!ContentFiles.extension(name).equals("ttf")) {
        d.error(
            s.pos(),
            "'" + name + "' is not a TrueType font file (.ttf)",
            "Tabled can embed TrueType fonts only; most fonts are available as .ttf");
        continue;
      }
      ContentFiles.resolve(name, s.pos(), contentRoot, contentRoot, d)
          .ifPresent(file -> out.add(new FontFile(file, name, s.pos())));
    }
    return out;
  }

  static Site placeholder(SourcePos at, Path contentRoot) {
    return new Site(
        "",
        "",
        "",
        "/",
        "en-GB",
        new Contact("", "", ""),
        Optional.empty(),
        new Site.Accessibility(
            new Contact("", "", ""),
            new Markdown("", at, contentRoot),
            Optional.empty(),
            "",
            "",
            Optional.empty(),
            Optional.empty(),
            "",
            List.of()),
        new PersonId("unknown"),
        new Markdown(DEFAULT_ADMISSION_NOTE, at, contentRoot),
        new Markdown("", at, contentRoot),
        Site.Licence.OGL_3,
        List.of(),
        MinuteNumbering.AGENDA,
        TrackerPages.PRINTED,
        HouseStyle.DEFAULT,
        SupplementNumbering.PREFIXED,
        Deadline.defaults(at));
  }

  /** The accessibility statement's settings; contacts default to democratic services'. */
  private static Site.Accessibility accessibility(
      Fields a, Contact contact, Path contentRoot, Diagnostics d) {
    List<Site.Issue> issues = new ArrayList<>();
    for (YamlNode n : a.list("known_issues")) {
      Fields.of(n, Documents.ACCESSIBILITY_ISSUE, d)
          .ifPresent(
              i -> {
                Site.IssueKind kind =
                    i.choice("kind", Documents.ACCESSIBILITY_ISSUE.values("kind"))
                        .map(
                            k ->
                                Site.IssueKind.valueOf(
                                    k.toUpperCase(Locale.ROOT).replace('-', '_')))
                        .orElse(Site.IssueKind.NON_COMPLIANCE);
                i.optText("issue")
                    .ifPresent(
                        text ->
                            issues.add(
                                new Site.Issue(text, i.texts("criteria"), kind, i.date("fix_by"))));
              });
    }
    String enforcement = a.text("enforcement", Site.Accessibility.EHRC);
    String enforcementUrl = a.has("enforcement_url") ? a.https("enforcement_url").orElse("") : "";
    if (!a.has("enforcement_url")
        && enforcement.startsWith("Equality and Human Rights Commission")) {
      enforcementUrl = Site.Accessibility.EHRC_URL;
    } else if (!a.has("enforcement_url")) {
      d.error(
          a.pos("enforcement"),
          "give the website of the " + enforcement + " as 'enforcement_url'",
          "the statement links to the body that enforces the regulations");
    }
    Optional<LocalDate> tested = a.date("last_tested");
    tested
        .filter(t -> !a.has("tested_by"))
        .ifPresent(
            t ->
                d.error(
                    a.pos("last_tested"),
                    "say who tested the website on " + t + " with 'tested_by'",
                    "the statement names who carried out the test"));
    return new Site.Accessibility(
        new Contact(
            a.optText("email").map(e -> email(a, "email", d)).orElse(contact.email()),
            a.text("phone", contact.phone()),
            ""),
        a.markdown("statement", contentRoot).orElse(new Markdown("", a.pos(), contentRoot)),
        a.date("last_reviewed"),
        enforcement,
        enforcementUrl,
        a.date("prepared"),
        tested,
        a.text("tested_by", ""),
        issues);
  }

  static String url(Fields f, String key, Diagnostics d) {
    String u = f.text(key, "");
    if (!u.isEmpty() && !u.matches("https?://[^\\s/$.?#][^\\s]*")) {
      d.error(
          f.pos(key),
          "'" + u + "' is not a web address for '" + key + "'",
          "write it in full, e.g. https://www.example.gov.uk/");
      return "";
    }
    return u;
  }

  static String email(Fields f, String key, Diagnostics d) {
    String e = f.text(key, "");
    if (!e.isEmpty() && !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      d.error(f.pos(key), "'" + e + "' is not an email address");
      return "";
    }
    return e;
  }
}
