package org.tabled.pdf.view;

import java.util.List;

/**
 * The front sheet of a supplementary agenda ({@code print/supplement-front-sheet.ftlh}): which
 * supplement it is, the meeting, and the items it adds to the agenda or brings the papers of, each
 * with its own pages and, for a late item, the Chair's reason for urgency.
 *
 * @param masthead the line at the top, usually the council's name
 * @param logoSrc the council's logo (a {@code file:} URI), or empty
 * @param logoAlt its text alternative
 * @param heading "Supplementary Agenda 1"
 * @param committee the committee's full name
 * @param date "Tuesday 22 September 2026"
 * @param time "6.30 pm"
 * @param venue where the meeting is held
 * @param intro what the supplement is: "This supplementary agenda was published on … It adds to the
 *     agenda published on …"
 * @param officerName the committee officer
 * @param officerTitle their job title
 * @param officerEmail their email, or the democratic services email
 * @param officerPhone their telephone number, or empty
 * @param part1 its items taken in public
 * @param part2 its items taken in private, each with its exemption
 * @param part2Note the sentence under the Part 2 heading
 * @param signOffName who signs the agenda
 * @param signOffTitle their title, "Chief Executive"
 * @param published the supplement's publication date, "14 September 2026"
 */
public record SupplementSheetView(
    String masthead,
    String logoSrc,
    String logoAlt,
    String heading,
    String committee,
    String date,
    String time,
    String venue,
    String intro,
    String officerName,
    String officerTitle,
    String officerEmail,
    String officerPhone,
    List<Item> part1,
    List<Item> part2,
    String part2Note,
    String signOffName,
    String signOffTitle,
    String published) {

  public SupplementSheetView {
    part1 = List.copyOf(part1);
    part2 = List.copyOf(part2);
  }

  /**
   * One item as the supplement prints it.
   *
   * @param number the item number, as on the agenda
   * @param title the title in capitals
   * @param purpose what the committee is asked to do, or empty
   * @param subItems lettered sub-items, each already labelled "(a) …"
   * @param pages "(Pages S1 - S6)" when papers are attached, else empty
   * @param marker "Verbal update", else empty
   * @param href the link to the item's first paper in the supplement, or empty
   * @param exemption for a Part 2 item, why it is exempt, else empty
   * @param note "Added to the agenda on 12 March 2025." for a late item; "The report for this item
   *     was to follow." for an item of the agenda as published; never empty
   * @param urgency "The Chair has agreed that this item be considered as a matter of urgency
   *     because …", or empty
   */
  public record Item(
      int number,
      String title,
      String purpose,
      List<String> subItems,
      String pages,
      String marker,
      String href,
      String exemption,
      String note,
      String urgency) {
    public Item {
      subItems = List.copyOf(subItems);
    }
  }
}
