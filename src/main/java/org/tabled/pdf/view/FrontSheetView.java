package org.tabled.pdf.view;

import java.util.List;

/**
 * The front sheet of an agenda pack ({@code print/front-sheet.ftlh}): the summons, the membership,
 * the public notes, the agenda and the chief executive's sign-off.
 *
 * @param masthead the line at the top, usually the council's name
 * @param logoSrc the council's logo (a {@code file:} URI), or empty
 * @param logoAlt its text alternative
 * @param committee the committee's full name
 * @param date "Tuesday 22 September 2026"
 * @param time "6.30 pm"
 * @param venue where the meeting is held
 * @param councillors councillor members, the chair first: "Priya Chandran (Chair)"
 * @param coOptedVoting voting co-opted members: "Judith Merriman, Church of England diocese"
 * @param coOptedNonVoting non-voting co-opted members
 * @param admissionHtml the note on public attendance (rendered Markdown)
 * @param membersNoteHtml the note for members (rendered Markdown), or empty
 * @param officerName the committee officer
 * @param officerTitle their job title
 * @param officerEmail their email, or the democratic services email
 * @param officerPhone their telephone number, or empty
 * @param website the council's website
 * @param part1 the items taken in public
 * @param part2 the items taken in private, each with its exemption
 * @param part2Note the sentence under the Part 2 heading
 * @param signOffName who signs the agenda
 * @param signOffTitle their title, "Chief Executive"
 * @param published the publication date, "14 September 2026"
 * @param confidential true for the members' confidential pack, which includes Part 2 papers
 * @param groups the membership, group by group, as printed
 * @param alsoExpected people who are not members but are expected to attend, as printed apart from
 *     the membership ("Councillor Lena Varga (Cabinet Member for Leisure)"); empty if none are
 *     listed
 */
public record FrontSheetView(
    String masthead,
    String logoSrc,
    String logoAlt,
    String committee,
    String date,
    String time,
    String venue,
    List<String> councillors,
    List<String> coOptedVoting,
    List<String> coOptedNonVoting,
    String admissionHtml,
    String membersNoteHtml,
    String officerName,
    String officerTitle,
    String officerEmail,
    String officerPhone,
    String website,
    List<ItemView> part1,
    List<ItemView> part2,
    String part2Note,
    String signOffName,
    String signOffTitle,
    String published,
    boolean confidential,
    List<MemberGroup> groups,
    List<String> alsoExpected) {

  public FrontSheetView {
    groups = List.copyOf(groups);
    alsoExpected = List.copyOf(alsoExpected);
    councillors = List.copyOf(councillors);
    coOptedVoting = List.copyOf(coOptedVoting);
    coOptedNonVoting = List.copyOf(coOptedNonVoting);
    part1 = List.copyOf(part1);
    part2 = List.copyOf(part2);
  }

  /**
   * One agenda item as the front sheet prints it.
   *
   * @param number the item number
   * @param title the title in capitals
   * @param purpose what the committee is asked to do, or empty
   * @param subItems lettered sub-items, each already labelled "(a) …"
   * @param pages "(Pages 5 - 10)" when papers are attached, else empty
   * @param marker "Verbal update" or "To follow", else empty
   * @param href the link to the item's first paper in the pack, or empty
   * @param exemption for a Part 2 item, why it is exempt, else empty
   */
  public record ItemView(
      int number,
      String title,
      String purpose,
      List<String> subItems,
      String pages,
      String marker,
      String href,
      String exemption) {
    public ItemView {
      subItems = List.copyOf(subItems);
    }
  }

  /**
   * One line of the membership: the committee's own group heading, or "Councillors", "Co-opted
   * members (voting)" and "Co-opted members (non-voting)" in the council's wording.
   *
   * @param label the heading
   * @param names the members as printed, joined
   */
  public record MemberGroup(String label, String names) {}
}
