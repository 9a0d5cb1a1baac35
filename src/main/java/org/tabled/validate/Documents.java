package org.tabled.validate;

import static org.tabled.validate.Keys.choice;
import static org.tabled.validate.Keys.nested;
import static org.tabled.validate.Keys.optional;
import static org.tabled.validate.Keys.required;
import static org.tabled.validate.Keys.shape;
import static org.tabled.validate.Keys.when;

import java.util.Arrays;
import java.util.List;
import org.tabled.model.Appendix;
import org.tabled.model.HouseStyle;
import org.tabled.model.InterestCategory;
import org.tabled.model.ItemKind;
import org.tabled.model.Jurisdiction;
import org.tabled.model.MeetingStatus;
import org.tabled.model.MemberOrder;
import org.tabled.model.MinuteNumbering;
import org.tabled.model.MinutesStatus;
import org.tabled.model.OutcomeType;
import org.tabled.model.PaperLayout;
import org.tabled.model.PersonKind;
import org.tabled.model.Role;
import org.tabled.model.Site;
import org.tabled.model.SupplementNumbering;
import org.tabled.model.TrackerPages;
import org.tabled.model.TrackerStatus;
import org.tabled.validate.Keys.Shape;
import org.tabled.validate.Keys.Type;

/**
 * Every kind of content file and the keys it may hold, declared once. The readers check content
 * against these declarations and {@code tabled schema} writes them as JSON Schemas; the
 * descriptions follow docs/authoring.md.
 */
public final class Documents {

  private Documents() {}

  /**
   * One kind of content file.
   *
   * @param name the schema's name, e.g. "meeting" (file {@code meeting.schema.json})
   * @param title a title for people
   * @param glob where such files are, relative to the project folder, for editor settings
   * @param frontMatter true when the keys are the front matter of a Markdown file
   * @param shape its keys
   */
  public record Document(
      String name, String title, String glob, boolean frontMatter, Shape shape) {}

  // ---- site.yaml -------------------------------------------------------------------------------

  static final Shape CONTACT =
      shape(
          "contact",
          required("email", Type.EMAIL, "Democratic services' email address."),
          optional("phone", Type.TEXT, "Democratic services' phone number."),
          optional("address", Type.TEXT, "Democratic services' postal address."));

  static final Shape LOGO =
      shape(
          "logo",
          required(
              "file", Type.TEXT, "The logo's file, a path under content/, e.g. assets/logo.png."),
          required("alt", Type.TEXT, "The logo's text alternative, usually the council's name."));

  static final Shape ACCESSIBILITY_ISSUE =
      shape(
          "accessibility issue",
          required("issue", Type.TEXT, "What is not accessible and how, in plain words."),
          optional(
              "criteria",
              Type.TEXTS,
              "The WCAG success criteria it fails, e.g. 1.1.1 Non-text content."),
          choice(
                  "kind",
                  false,
                  Arrays.stream(Site.IssueKind.values()).map(Site.IssueKind::key).toList(),
                  "non-compliance (to be fixed), disproportionate-burden or out-of-scope of the regulations.")
              .orElse(Site.IssueKind.NON_COMPLIANCE.key()),
          optional("fix_by", Type.DATE, "When the council plans to fix it, YYYY-MM-DD."));

  static final Shape ACCESSIBILITY =
      shape(
          "accessibility",
          optional(
              "email",
              Type.EMAIL,
              "Where to report an accessibility problem. Default: the contact email."),
          optional(
              "phone",
              Type.TEXT,
              "A phone number for accessibility problems. Default: the contact phone."),
          optional(
              "statement",
              Type.MARKDOWN,
              "What is known not to be accessible and what the council is doing about it (Markdown)."),
          optional("prepared", Type.DATE, "When the statement was first prepared, YYYY-MM-DD."),
          optional("last_reviewed", Type.DATE, "When the statement was last reviewed, YYYY-MM-DD."),
          optional(
              "last_tested", Type.DATE, "When the council last tested the website, YYYY-MM-DD."),
          optional(
              "tested_by",
              Type.TEXT,
              "Who carried out that test, e.g. the council's digital team."),
          optional("enforcement", Type.TEXT, "The enforcement body.")
              .orElse(Site.Accessibility.EHRC),
          optional("enforcement_url", Type.HTTPS_URL, "The enforcement body's website.")
              .orElse(Site.Accessibility.EHRC_URL),
          nested(
              "known_issues",
              Type.LIST,
              false,
              ACCESSIBILITY_ISSUE,
              "What the council knows is not accessible: issue, criteria, kind and fix_by."));

  static final Shape LICENCE =
      shape(
          "open data licence",
          required("name", Type.TEXT, "The licence's name, e.g. Open Government Licence v3.0."),
          required("url", Type.URL, "The licence's web address."));

  static final Shape WORDS =
      shape(
          "words",
          HouseStyle.WORDS.entrySet().stream()
              .map(
                  e ->
                      optional(e.getKey(), Type.TEXT, "Default: " + e.getValue())
                          .orElse(e.getValue()))
              .toArray(Keys.Key[]::new));

  static final Shape HOUSE_STYLE =
      shape(
          "house style",
          choice(
                  "date",
                  false,
                  Arrays.stream(HouseStyle.DateStyle.values())
                      .map(HouseStyle.DateStyle::key)
                      .toList(),
                  "How dates are printed, written as Monday 9 May 2016 would be.")
              .orElse(HouseStyle.DateStyle.PLAIN.key()),
          choice(
                  "time",
                  false,
                  Arrays.stream(HouseStyle.TimeStyle.values())
                      .map(HouseStyle.TimeStyle::key)
                      .toList(),
                  "How times are printed, written as 7 in the evening would be.")
              .orElse(HouseStyle.TimeStyle.SHORT.key()),
          optional(
              "municipal_year_starts",
              Type.DATE,
              "The day a municipal year started (e.g. the annual meeting,"
                  + " 2016-05-25): every municipal year starts on that day of the year. Default: 1 May."),
          // members branch: named year boundaries
          optional(
              "municipal_years",
              Type.DATES,
              "The days municipal years started (the annual meetings), oldest first, e.g."
                  + " [2015-05-20, 2016-05-25]: each year runs to the day before the next."
                  + " Outside them municipal_year_starts decides."),
          nested(
              "words",
              Type.MAPPING,
              false,
              WORDS,
              "The fixed wording of packs and pages, each key with the council's" + " own words."));

  static final Shape CLOSURE =
      shape(
          "closure",
          required(
              "from", Type.DATE, "The first day the council's offices are closed, YYYY-MM-DD."),
          optional("until", Type.DATE, "The last day they are closed, if more than one day."),
          required(
              "reason",
              Type.TEXT,
              "Why, e.g. Civic Centre closed between Christmas and New Year."));

  static final Shape DEADLINE =
      shape(
          "agenda deadline",
          optional(
                  "clear_days",
                  Type.INTEGER,
                  "How many clear working days before the meeting the agenda must be"
                      + " published: neither the day of publication nor the day of the meeting counts.")
              .orElse("5"),
          choice(
                  "jurisdiction",
                  false,
                  Arrays.stream(Jurisdiction.values()).map(Jurisdiction::key).toList(),
                  "Whose bank holidays are not working days: england-and-wales, scotland or northern-ireland.")
              .orElse(Jurisdiction.ENGLAND_AND_WALES.key()),
          nested(
              "closures",
              Type.LIST,
              false,
              CLOSURE,
              "The council's own days off, which are not working days either: from, until and reason."));

  static final Shape SITE =
      shape(
          "site",
          required("council", Type.TEXT, "The council's name, e.g. Ashcombe Borough Council."),
          optional(
              "masthead",
              Type.TEXT,
              "The line at the top of front sheets and minutes. Default: the council's name."),
          required("website", Type.URL, "The council's main website, https://…"),
          required(
              "base_url", Type.URL, "Where the generated site will be published, ending in /."),
          optional("language", Type.LANGUAGE, "The language of the content.").orElse("en-GB"),
          nested(
              "contact",
              Type.MAPPING,
              true,
              CONTACT,
              "Democratic services: email, phone, address."),
          nested("logo", Type.MAPPING, false, LOGO, "The council's logo: file and alt."),
          required(
              "chief_executive",
              Type.ID,
              "The person id of the chief executive, who signs agendas."),
          optional(
              "admission_note",
              Type.MARKDOWN,
              "Printed on every front sheet about public attendance (Markdown). A sensible default is used if left out."),
          optional(
              "members_note",
              Type.MARKDOWN,
              "Printed on every front sheet as a note for members (Markdown)."),
          nested(
              "accessibility",
              Type.MAPPING,
              false,
              ACCESSIBILITY,
              "The accessibility statement: email, phone, statement, dates, who tested, enforcement, known issues."),
          nested(
              "open_data_licence",
              Type.MAPPING,
              false,
              LICENCE,
              "The licence of the open data files (Popolo, Open Civic Data, JSON). Default: the Open Government Licence"
                  + " v3.0."),
          optional(
              "fonts",
              Type.TEXTS,
              "The council's own TrueType fonts (.ttf files under content/), tried before"
                  + " Tabled's fallback fonts for characters the main font does not have."),
          choice(
                  "minute_numbering",
                  false,
                  Arrays.stream(MinuteNumbering.values()).map(MinuteNumbering::key).toList(),
                  "agenda: a minute carries the number of the agenda item it records; yearly: minutes are numbered from 1"
                      + " each calendar year across a committee's meetings, cited as Minute 23/2026.")
              .orElse(MinuteNumbering.AGENDA.key()),
          choice(
                  "tracker_pages",
                  false,
                  Arrays.stream(TrackerPages.values()).map(TrackerPages::key).toList(),
                  "printed: the printed tracker gives the pages of a response as the footer prints them, Response on page"
                      + " 10; appendix: counted from the tracker appendix's first page, Response on page 2 of Appendix 3.")
              .orElse(TrackerPages.PRINTED.key()),
          nested(
              "house_style",
              Type.MAPPING,
              false,
              HOUSE_STYLE,
              "The council's house style: date and time formats, the"
                  + " day the municipal year starts, and wording (words)."),
          choice(
                  "supplement_page_numbers",
                  false,
                  Arrays.stream(SupplementNumbering.values())
                      .map(SupplementNumbering::key)
                      .toList(),
                  "House style: how supplementary agendas number their pages: prefixed (Page S1, S2 …) or restart"
                      + " (Page 1, 2 …).")
              .orElse(SupplementNumbering.PREFIXED.key()),
          nested(
              "agenda_deadline",
              Type.MAPPING,
              false,
              DEADLINE,
              "The notice an agenda must give, which tabled check"
                  + " warns about: clear_days (default 5), jurisdiction (default england-and-wales) and closures."));

  // ---- people/ID.yaml --------------------------------------------------------------------------

  static final Shape PORTFOLIO =
      shape(
          "portfolio",
          required("title", Type.TEXT, "The role, e.g. Cabinet Member for Children and Families."),
          required("from", Type.DATE, "The first day the role is held, YYYY-MM-DD."),
          optional("until", Type.DATE, "The last day the role is held, YYYY-MM-DD."));

  // ---- register of interests (interests of people/ID.yaml) ------------------------------------

  static final Shape INTEREST =
      shape(
          "interest",
          choice(
              "category",
              true,
              Arrays.stream(InterestCategory.values()).map(InterestCategory::key).toList(),
              "employment, sponsorship, contracts, land, licences, corporate-tenancies,"
                  + " securities, gifts-and-hospitality or other."),
          optional(
              "organisation",
              Type.TEXT,
              "Required unless sensitive: the organisation, or a description (land: its address or area)."),
          optional("nature", Type.TEXT, "The nature of the interest, e.g. Director, Trustee."),
          required("from", Type.DATE, "The first day it was held, YYYY-MM-DD."),
          optional("to", Type.DATE, "The last day it was held, once it has ended, YYYY-MM-DD."),
          optional(
                  "spouse_or_partner",
                  Type.BOOLEAN,
                  "true if it is the interest of the member's spouse or partner.")
              .orElse("false"),
          optional(
                  "sensitive",
                  Type.BOOLEAN,
                  "true for a sensitive interest (Localism Act 2011 s.32): only the fact of an"
                      + " interest is published, never its details.")
              .orElse("false"));

  static final Shape PERSON =
      shape(
              "person",
              required(
                  "name",
                  Type.TEXT,
                  "The name as printed, without \"Councillor\": Amara Osei, Dr Ruth Ellery."),
              choice(
                  "kind",
                  true,
                  Arrays.stream(PersonKind.values()).map(PersonKind::key).toList(),
                  "councillor, officer, co-opted or external (a partner's officer or a guest)."),
              optional("party", Type.TEXT, "Councillors: political group."),
              optional("ward", Type.TEXT, "Councillors: ward."),
              optional(
                  "job_title",
                  Type.TEXT,
                  "Required for officers. For external people, their role."),
              optional("organisation", Type.TEXT, "External people: their organisation."),
              optional("email", Type.EMAIL, "Contact email, printed on reports the person writes."),
              optional("phone", Type.TEXT, "Contact phone, printed on reports the person writes."),
              optional(
                  "represents",
                  Type.TEXT,
                  "Required for co-opted members: whom they represent, e.g. Parent governor representative."),
              nested(
                  "portfolios",
                  Type.LIST,
                  false,
                  PORTFOLIO,
                  "Roles held for a period, e.g. a cabinet portfolio: title, from and until."),
              nested(
                  "interests",
                  Type.LIST,
                  false,
                  INTEREST,
                  "The register of interests: category, organisation, nature, from, to,"
                      + " spouse_or_partner, sensitive. interests: [] says none are registered;"
                      + " left out, no register is published."),
              optional(
                  "interests_updated",
                  Type.DATE,
                  "The day the register of interests was last updated, YYYY-MM-DD."))
          .with(
              when("kind", List.of(PersonKind.OFFICER.key()), List.of("job_title"), List.of()),
              when("kind", List.of(PersonKind.CO_OPTED.key()), List.of("represents"), List.of()),
              when(
                  "kind",
                  List.of(
                      PersonKind.OFFICER.key(),
                      PersonKind.CO_OPTED.key(),
                      PersonKind.EXTERNAL.key()),
                  List.of(),
                  List.of("party", "ward")));

  // ---- committee.yaml --------------------------------------------------------------------------

  static final Shape MEMBERSHIP =
      shape(
              "membership",
              required("person", Type.ID, "The member's person id."),
              choice(
                  "role",
                  true,
                  Arrays.stream(Role.values()).map(Role::key).toList(),
                  "chair, vice-chair, member, co-opted or substitute."),
              optional("from", Type.DATE, "The first day of the membership, when it is limited."),
              optional("until", Type.DATE, "The last day of the membership, when it is limited."),
              optional("voting", Type.BOOLEAN, "Required for co-opted members: true or false."),
              optional(
                  "group",
                  Type.TEXT,
                  "Required when the committee has member_groups: the heading this member is"
                      + " listed under, one of member_groups."))
          .with(
              when("role", List.of(Role.CO_OPTED.key()), List.of("voting"), List.of()),
              when(
                  "role",
                  Arrays.stream(Role.values())
                      .filter(r -> r != Role.CO_OPTED)
                      .map(Role::key)
                      .toList(),
                  List.of(),
                  List.of("voting")));

  static final Shape COMMITTEE =
      shape(
          "committee",
          required(
              "title",
              Type.TEXT,
              "The full name, e.g. Children and Young People Scrutiny Committee."),
          optional(
              "short_title",
              Type.TEXT,
              "A short form for menus and running headers. Default: the title."),
          required(
              "purpose",
              Type.MARKDOWN,
              "One or two sentences (Markdown) on what the committee does."),
          required("officer", Type.ID, "Person id of the committee officer, the public's contact."),
          optional("chair_title", Type.TEXT, "How the chair is styled.").orElse("Chair"),
          optional(
                  "number_front_sheet",
                  Type.BOOLEAN,
                  "true if the front sheet counts in the pack's page numbers, false if numbering starts at the first paper.")
              .orElse("true"),
          optional("venue", Type.TEXT, "The usual venue, used by meetings that give none."),
          optional(
              "time",
              Type.TIME,
              "The usual start time, used by meetings that give none, e.g. \"18:30\"."),
          nested(
              "members",
              Type.LIST,
              true,
              MEMBERSHIP,
              "The membership: each with person, role, from, until, voting and group."),
          optional(
              "member_groups",
              Type.TEXTS,
              "The headings the members are listed under, in order, e.g. Councillors,"
                  + " Elected voting representatives. Default: councillors, then co-opted members (voting, non-voting)."),
          choice(
                  "member_order",
                  false,
                  Arrays.stream(MemberOrder.values()).map(MemberOrder::key).toList(),
                  "written: in the order of members (the default); office: the chair, the"
                      + " vice-chair, then by surname; alphabetical: by surname.")
              .orElse(MemberOrder.WRITTEN.key()));

  // An attendee who is not a member: also_expected (meeting.yaml), also_present and
  // also_apologies (minutes.md).
  static final Shape ATTENDEE =
      shape(
          "attendee",
          required("person", Type.ID, "The person id."),
          optional("as", Type.TEXT, "Their role, if different from what Tabled would print."),
          optional("online", Type.BOOLEAN, "true if they joined remotely.").orElse("false"));

  // ---- meeting.yaml ----------------------------------------------------------------------------

  static final Shape AGENDA_ITEM =
      shape(
          "agenda item",
          required("number", Type.INTEGER, "1, 2, 3 … in order with no gaps."),
          required("title", Type.TEXT, "The item title, in normal case."),
          optional("purpose", Type.TEXT, "What the committee is asked to do."),
          choice(
              "kind",
              false,
              Arrays.stream(ItemKind.values()).map(ItemKind::key).toList(),
              "What the item brings. Default: papers if papers is given, minutes if minutes_of is given, else none."),
          optional(
              "papers",
              Type.IDS,
              "The ids of the papers (folders under papers/) for this item, in order."),
          optional(
              "minutes_of",
              Type.DATE,
              "For a minutes item: the date of the earlier meeting of this committee."),
          optional("sub_items", Type.TEXTS, "Lettered sub-items, printed (a), (b) …"),
          optional("lead", Type.ID, "Person id of who introduces the item."),
          optional(
                  "schedule_of_interests",
                  Type.BOOLEAN,
                  "true to print under this item the schedule of interests of the committee's"
                      + " members (their registers on the meeting's day), in the pack and on the meeting page.")
              .orElse("false"),
          optional(
              "exempt",
              Type.INTEGER,
              "Makes the item Part 2: the paragraph (1 to 7) of Part 1 of Schedule 12A to the Local Government Act 1972."),
          optional(
              "expected",
              Type.DATE,
              "For an item of kind to-follow: the day its paper is expected, shown with \"To follow\" on the meeting page."),
          optional(
              "added",
              Type.DATE,
              "The day the item was added to the agenda, if after the agenda was published:"
                  + " it is published that day, in a supplementary agenda. Late items come after all the others."),
          optional(
              "urgency",
              Type.TEXT,
              "Why the Chair agreed to take a late item, or a paper published inside the"
                  + " notice period, as a matter of urgency: printed on the supplementary agenda after \"because\"."));

  /**
   * A reissue of an issued pack (issue 15): an entry of {@code reissues} in {@code meeting.yaml}.
   */
  static final Shape REISSUE =
      shape(
          "reissue",
          required("date", Type.DATE, "The day the corrected pack is published."),
          required(
              "reason",
              Type.TEXT,
              "Why it is reissued, printed on its front sheet after \"Reissued DATE:\"."),
          optional(
              "supplement",
              Type.INTEGER,
              "The supplementary agenda reissued; leave out for the agenda pack."));

  static final Shape WEBCAST_ITEM =
      shape(
          "webcast item",
          required(
              "item",
              Type.INTEGER,
              "The number of the agenda item (Part 1 only: Part 2 is not broadcast)."),
          required(
              "start",
              Type.OFFSET,
              "How far into the recording the item starts, H:MM:SS, e.g. \"0:42:10\"."),
          optional(
              "url",
              Type.HTTPS_URL,
              "An address that opens the recording at that point, if the provider gives one."));

  static final Shape WEBCAST =
      shape(
          "webcast",
          required(
              "url",
              Type.HTTPS_URL,
              "The address of the webcast, and afterwards of the recording (https only)."),
          required(
              "provider",
              Type.TEXT,
              "Who hosts it, as people know it, e.g. Ashcombe Webcasting or YouTube."),
          nested(
              "items",
              Type.LIST,
              false,
              WEBCAST_ITEM,
              "Where agenda items start in the recording: item, start and url."));

  static final Shape MEETING =
      shape(
              "meeting",
              optional(
                  "time", Type.TIME, "Required unless the committee has a usual time. \"18:30\"."),
              optional("venue", Type.TEXT, "Required unless the committee has a usual venue."),
              choice(
                  "status",
                  true,
                  Arrays.stream(MeetingStatus.values()).map(MeetingStatus::key).toList(),
                  "scheduled, held or cancelled."),
              optional(
                  "published",
                  Type.DATE,
                  "Required unless cancelled. The date the agenda is published: the agenda and papers appear only from then."),
              optional(
                  "signed_off_by",
                  Type.ID,
                  "Person id of who signs the agenda. Default: the chief executive."),
              optional(
                  "note", Type.TEXT, "A short public note, e.g. why the meeting was cancelled."),
              // members branch: annual meetings start municipal years
              optional(
                      "annual",
                      Type.BOOLEAN,
                      "true for the annual meeting: a new municipal year starts on its date.")
                  .orElse("false"),
              // members branch: non-members expected
              nested(
                  "also_expected",
                  Type.LIST_OF_IDS_OR_MAPPINGS,
                  false,
                  ATTENDEE,
                  "People who are not members but are expected to attend (cabinet members,"
                      + " officers, guests): a person id, or person with as and online."),
              nested(
                  "webcast",
                  Type.MAPPING,
                  false,
                  WEBCAST,
                  "The meeting's webcast or recording: url, provider, and where items start (items)."),
              nested(
                  "agenda",
                  Type.LIST,
                  false,
                  AGENDA_ITEM,
                  "Required unless cancelled. The items, in order."),
              // issued packs (issue 15)
              nested(
                  "reissues",
                  Type.LIST,
                  false,
                  REISSUE,
                  "Packs issued again after a change, in order: date, reason, and supplement for a"
                      + " supplementary agenda. See \"Issued packs\"."))
          .with(
              when(
                  "status",
                  List.of(MeetingStatus.SCHEDULED.key(), MeetingStatus.HELD.key()),
                  List.of("published", "agenda"),
                  List.of()));

  // ---- paper.md --------------------------------------------------------------------------------

  static final Shape APPENDIX =
      shape(
              "appendix",
              required("title", Type.TEXT, "The appendix's title."),
              optional(
                  "file",
                  Type.TEXT,
                  "A file in the paper's folder: .md written in Markdown, or .pdf inserted as it is."),
              choice(
                  "generate",
                  false,
                  Arrays.stream(Appendix.Generated.values()).map(Appendix.Generated::key).toList(),
                  "tracker or work-programme: the committee's tracker or work programme, built from the content."),
              optional(
                      "landscape",
                      Type.BOOLEAN,
                      "true prints a Markdown appendix on landscape pages.")
                  .orElse("false"),
              optional(
                  "alt_text",
                  Type.TEXT,
                  "For a supplied PDF: a short summary of what it shows, read by screen readers"
                      + " and shown on the website; required for a PDF that is not tagged, unless it has an alternative."),
              optional(
                  "alternative",
                  Type.TEXT,
                  "For a supplied PDF: a Markdown file in the paper's folder holding the same"
                      + " content, published as a web page beside the download link."))
          .exactlyOneOf("file", "generate");

  static final Shape PAPER =
      shape(
              "paper",
              required("title", Type.TEXT, "The title."),
              choice(
                      "layout",
                      false,
                      Arrays.stream(PaperLayout.values()).map(PaperLayout::key).toList(),
                      "report (an officer's report with the cover table), portfolio-update or plain.")
                  .orElse(PaperLayout.REPORT.key()),
              optional("classification", Type.TEXT, "The classification.")
                  .orElse("General Release"),
              optional(
                  "report_of", Type.TEXT, "Required for reports. Whose report it is, as printed."),
              optional(
                  "cabinet_member",
                  Type.IDS,
                  "Person id of the cabinet member whose portfolio it falls in, or a list of them."),
              optional("wards", Type.TEXTS, "All (default) or a list of wards."),
              optional("policy_context", Type.TEXT, "The council policy it relates to."),
              optional("key_decision", Type.BOOLEAN, "true if it concerns a key decision.")
                  .orElse("false"),
              optional(
                  "author",
                  Type.IDS,
                  "Required for reports and portfolio updates. Person id of the author, or a list."),
              optional(
                      "confidential",
                      Type.BOOLEAN,
                      "true to keep this paper out of every public output even if its item is not Part 2.")
                  .orElse("false"),
              optional(
                  "published",
                  Type.DATE,
                  "A date before which the paper must not be published, if later than the agenda's."),
              nested(
                  "appendices",
                  Type.LIST,
                  false,
                  APPENDIX,
                  "The appendices, in order: title and one of file or generate; landscape."))
          .with(
              when("layout", List.of(PaperLayout.REPORT.key()), List.of("report_of"), List.of()),
              when(
                  "layout",
                  List.of(PaperLayout.REPORT.key(), PaperLayout.PORTFOLIO_UPDATE.key()),
                  List.of("author"),
                  List.of()));

  // ---- minutes.md ------------------------------------------------------------------------------

  static final Shape SUBSTITUTION =
      shape(
          "substitution",
          required("substitute", Type.ID, "The substitute's person id."),
          required("for", Type.ID, "The person id of the member they attended for."));

  static final Shape DECLARATION =
      shape(
          "declaration",
          required("person", Type.ID, "The person id of who declared the interest."),
          optional(
              "item",
              Type.INTEGER,
              "The number of the agenda item the interest concerns. Leave out for an interest"
                  + " that concerns the whole meeting (every item)."),
          required("interest", Type.TEXT, "The interest."));

  static final Shape OUTCOME =
      shape(
          "outcome",
          required("id", Type.ID, "Unique across the council: it names the tracker response."),
          required(
              "item",
              Type.INTEGER,
              "The number of the agenda item it was made under; the minute recording that item is headed with its title."),
          choice(
              "type",
              true,
              Arrays.stream(OutcomeType.values()).map(OutcomeType::key).toList(),
              "recommendation, action or information-request."),
          required("text", Type.TEXT, "The outcome, as agreed."),
          optional("political_lead", Type.ID, "A councillor's person id."),
          optional("officer_lead", Type.ID, "An officer's or an external person's id."));

  static final Shape MINUTES =
      shape(
          "minutes",
          choice(
              "status",
              true,
              Arrays.stream(MinutesStatus.values()).map(MinutesStatus::key).toList(),
              "draft or approved."),
          optional(
                  "publish",
                  Type.BOOLEAN,
                  "true to publish draft minutes before they are approved.")
              .orElse("false"),
          required(
              "present",
              Type.IDS,
              "Person ids of the committee members present, substitutes included."),
          nested(
              "also_present",
              Type.LIST_OF_IDS_OR_MAPPINGS,
              false,
              ATTENDEE,
              "Others present: a person id, or person with as and online."),
          optional("apologies", Type.IDS, "Person ids of members who sent apologies."),
          // members branch: non-members' apologies
          nested(
              "also_apologies",
              Type.LIST_OF_IDS_OR_MAPPINGS,
              false,
              ATTENDEE,
              "Others who sent apologies (not members): a person id, or person with as."),
          nested(
              "substitutions",
              Type.LIST,
              false,
              SUBSTITUTION,
              "Each substitute (person id) attended for a member."),
          nested(
              "declarations",
              Type.LIST,
              false,
              DECLARATION,
              "Declarations of interest: person, item and interest."),
          optional("ended", Type.TIME, "The time the meeting ended, \"20:17\"."),
          nested(
              "outcomes",
              Type.LIST,
              false,
              OUTCOME,
              "Recommendations, actions and requests for information, tracked until answered."));

  // ---- tracker/ID.md ---------------------------------------------------------------------------

  static final Shape TRACKER_RESPONSE =
      shape(
          "tracker response",
          choice(
              "status",
              true,
              Arrays.stream(TrackerStatus.values()).map(TrackerStatus::key).toList(),
              "open, in-progress, completed or not-progressing."),
          optional("received", Type.DATE, "The date the response was received."),
          optional(
              "circulated",
              Type.DATE,
              "The date it was sent to the committee, if sent between meetings."),
          optional(
              "also_answers",
              Type.IDS,
              "Ids of other outcomes of the same agenda item this response answers: one tracker row."));

  // ---- work-programme/YEAR.yaml ----------------------------------------------------------------

  static final Shape LEAD =
      shape(
          "lead",
          required(
              "text",
              Type.TEXT,
              "A role or organisation that will report, as printed: Director of Housing."));

  static final Shape TOPIC =
      shape(
          "topic",
          required("title", Type.TEXT, "The topic."),
          optional("purpose", Type.TEXT, "Why the committee is looking at it."),
          nested(
              "leads",
              Type.LIST_OF_IDS_OR_MAPPINGS,
              false,
              LEAD,
              "Who will report: person ids, or a role or organisation written as text: text."),
          optional(
              "paper",
              Type.ID,
              "The paper's id, once written, which links the topic to its agenda item."));

  static final Shape PLANNED_MEETING =
      shape(
          "planned meeting",
          required("date", Type.DATE, "The meeting date, YYYY-MM-DD."),
          optional("theme", Type.TEXT, "The meeting's theme."),
          nested("topics", Type.LIST, false, TOPIC, "The topics planned for it."));

  static final Shape WORK_PROGRAMME =
      shape(
          "work programme",
          nested(
              "meetings",
              Type.LIST,
              true,
              PLANNED_MEETING,
              "The planned meetings: date, theme and topics."),
          nested("unallocated", Type.LIST, false, TOPIC, "Topics not yet given a meeting."));

  // ---- issued.yaml (written by Tabled)
  // -----------------------------------------------------------

  static final Shape ISSUED_ITEM =
      shape(
          "issued item",
          required("item", Type.INTEGER, "The agenda item's number."),
          required(
              "pages",
              Type.TEXT,
              "The pages its documents take in the pack, as printed: 5 - 10, S1 - S4."));

  static final Shape ISSUED_PAPER =
      shape(
          "issued paper",
          required("paper", Type.ID, "The paper's id."),
          required(
              "sha256",
              Type.TEXT,
              "The digest of every file in the paper's folder when the pack was issued."));

  static final Shape ISSUE =
      shape(
          "issue",
          required("pack", Type.TEXT, "agenda, or supplement-N for supplementary agenda N."),
          required("issue", Type.INTEGER, "1 for the first issue, 2 for the first reissue …"),
          required("date", Type.DATE, "The day it was published."),
          optional("reason", Type.TEXT, "For a reissue: why, from meeting.yaml."),
          optional(
              "changed",
              Type.TEXTS,
              "For a reissue: the numbers of the items that changed from the issue before."),
          required("file", Type.TEXT, "The copy of the PDF kept in this meeting's folder."),
          required("sha256", Type.TEXT, "The digest of that PDF's bytes."),
          required("pages", Type.INTEGER, "Its number of pages."),
          nested(
              "items",
              Type.LIST,
              false,
              ISSUED_ITEM,
              "The pages of each item with documents in the pack."),
          nested("papers", Type.LIST, false, ISSUED_PAPER, "The digest of each paper in the pack."),
          required(
              "agenda",
              Type.TEXT,
              "A digest of the agenda the pack prints: its items' numbers, titles, purposes"
                  + " and kinds."),
          optional("unnumbered", Type.INTEGER, "How many pages at the start have no page number.")
              .orElse("0"),
          optional(
              "positions",
              Type.TEXT,
              "The printed pages of everything another pack can refer to, one per line:"
                  + " its id in the PDF, its first and its last page."));

  static final Shape ISSUED =
      shape(
          "issued packs",
          nested(
              "issues",
              Type.LIST,
              true,
              ISSUE,
              "Every issue of every pack of the meeting, in the order issued."));

  /** A Markdown appendix file has no front matter keys. */
  static final Shape APPENDIX_FILE = shape("appendix file");

  /** Every kind of content file, in the order of docs/authoring.md. */
  public static final List<Document> ALL =
      List.of(
          new Document("site", "site.yaml: the council", "content/site.yaml", false, SITE),
          new Document(
              "person", "people/ID.yaml: a person", "content/people/*.yaml", false, PERSON),
          new Document(
              "committee",
              "committee.yaml: a committee",
              "content/committees/*/committee.yaml",
              false,
              COMMITTEE),
          new Document(
              "meeting",
              "meeting.yaml: a meeting and its agenda",
              "content/committees/*/meetings/*/meeting.yaml",
              false,
              MEETING),
          new Document(
              "paper",
              "paper.md front matter: a paper's cover sheet",
              "content/committees/*/meetings/*/papers/*/paper.md",
              true,
              PAPER),
          new Document(
              "minutes",
              "minutes.md front matter: attendance and outcomes",
              "content/committees/*/meetings/*/minutes.md",
              true,
              MINUTES),
          new Document(
              "tracker-response",
              "tracker/ID.md front matter: a response",
              "content/committees/*/tracker/*.md",
              true,
              TRACKER_RESPONSE),
          new Document(
              "work-programme",
              "work-programme/YEAR.yaml: a municipal year's plan",
              "content/committees/*/work-programme/*.yaml",
              false,
              WORK_PROGRAMME));
}
