package org.tabled.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings for the whole council's site, from {@code site.yaml}.
 *
 * @param council the council's name, e.g. "Ashcombe Borough Council"
 * @param masthead the line printed at the top of front sheets and minutes (defaults to the name)
 * @param website the council's main website
 * @param baseUrl the address the generated site is published at, ending in '/'
 * @param language the BCP 47 language of the content, e.g. "en-GB"
 * @param contact the democratic services contact
 * @param logo the council's logo, if any
 * @param accessibility the accessibility statement settings
 * @param chiefExecutive who signs agendas by default
 * @param admissionNote Markdown printed on every front sheet about public attendance
 * @param membersNote Markdown printed on every front sheet as a note for members
 * @param openDataLicence the licence the open data files are published under
 * @param fonts the council's own fonts, tried before Tabled's fallback fonts for characters its
 *     main font does not have
 * @param minuteNumbering how minutes are numbered: by the agenda item they record, or on their own
 *     yearly sequence
 * @param trackerPages how the printed tracker gives the pages of a response: as printed in the
 *     footer, or counted from the tracker appendix's first page
 * @param houseStyle how dates and times are printed, when the municipal year starts, and the fixed
 *     wording of packs and pages
 * @param supplementNumbering how supplementary agendas number their pages (house style)
 * @param deadline the notice an agenda must give, which {@code tabled check} warns about
 */
public record Site(
    String council,
    String masthead,
    String website,
    String baseUrl,
    String language,
    Contact contact,
    Optional<Image> logo,
    Accessibility accessibility,
    PersonId chiefExecutive,
    Markdown admissionNote,
    Markdown membersNote,
    Licence openDataLicence,
    List<FontFile> fonts,
    MinuteNumbering minuteNumbering,
    TrackerPages trackerPages,
    HouseStyle houseStyle,
    SupplementNumbering supplementNumbering,
    Deadline deadline) {

  public Site {
    Objects.requireNonNull(council, "council");
    Objects.requireNonNull(logo, "logo");
    Objects.requireNonNull(accessibility, "accessibility");
    Objects.requireNonNull(openDataLicence, "openDataLicence");
    fonts = List.copyOf(fonts);
    Objects.requireNonNull(minuteNumbering, "minuteNumbering");
    Objects.requireNonNull(trackerPages, "trackerPages");
    Objects.requireNonNull(houseStyle, "houseStyle");
    Objects.requireNonNull(supplementNumbering, "supplementNumbering");
    Objects.requireNonNull(deadline, "deadline");
  }

  /**
   * A licence for published data.
   *
   * @param name its name, e.g. "Open Government Licence v3.0"
   * @param url its web address
   */
  public record Licence(String name, String url) {
    /**
     * The Open Government Licence v3.0: the usual licence of UK public sector information, the
     * default.
     */
    public static final Licence OGL_3 =
        new Licence(
            "Open Government Licence v3.0",
            "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
  }

  /**
   * The accessibility statement's settings: the council's own words and facts, from which the
   * statement is written in the structure of the model statement for public sector websites.
   *
   * @param contact who to contact about an accessibility problem
   * @param statement the statement's own text (Markdown), placed between the fixed parts
   * @param lastReviewed when the statement was last reviewed
   * @param enforcement the enforcement body named in the statement
   * @param enforcementUrl the enforcement body's website
   * @param prepared when the statement was first prepared
   * @param lastTested when the council last tested the website
   * @param testedBy who carried out that test
   * @param issues what the council knows is not accessible
   */
  public record Accessibility(
      Contact contact,
      Markdown statement,
      Optional<LocalDate> lastReviewed,
      String enforcement,
      String enforcementUrl,
      Optional<LocalDate> prepared,
      Optional<LocalDate> lastTested,
      String testedBy,
      List<Issue> issues) {

    /**
     * The Equality and Human Rights Commission, which enforces the regulations in Great Britain.
     */
    public static final String EHRC = "Equality and Human Rights Commission (EHRC)";

    /** The EHRC's website. */
    public static final String EHRC_URL = "https://www.equalityhumanrights.com/";

    public Accessibility {
      Objects.requireNonNull(enforcementUrl, "enforcementUrl");
      Objects.requireNonNull(testedBy, "testedBy");
      issues = List.copyOf(issues);
    }
  }

  /**
   * Something the council knows is not accessible, as the model statement lists it.
   *
   * @param text what it is and how it fails
   * @param criteria the WCAG success criteria it fails, e.g. "1.1.1 Non-text content"
   * @param kind why it is listed
   * @param fixBy when the council plans to fix it
   */
  public record Issue(
      String text, List<String> criteria, IssueKind kind, Optional<LocalDate> fixBy) {
    public Issue {
      Objects.requireNonNull(text, "text");
      criteria = List.copyOf(criteria);
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(fixBy, "fixBy");
    }
  }

  /** The model statement's three kinds of content that is not accessible. */
  public enum IssueKind {
    /** Fails the regulations and will be fixed. */
    NON_COMPLIANCE,
    /** Would be a disproportionate burden to fix now. */
    DISPROPORTIONATE_BURDEN,
    /** Outside the scope of the regulations (e.g. PDFs published before 23 September 2018). */
    OUT_OF_SCOPE;

    /** The word used in content files. */
    public String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
