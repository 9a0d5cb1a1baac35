package org.tabled.pdf.view;

import java.util.List;

/**
 * The schedule of interests printed under an agenda item ({@code
 * print/schedule-of-interests.ftlh}): the registers of interests of the committee's members on the
 * meeting's day, one table.
 *
 * @param masthead the council's name
 * @param committee the committee's full name
 * @param title "Schedule of interests"
 * @param intro the sentence under the title: whose interests, on which day
 * @param caption the table's caption
 * @param rows one row per interest, or per member with none; the member named on each row
 */
public record ScheduleView(
    String masthead, String committee, String title, String intro, String caption, List<Row> rows) {

  public ScheduleView {
    rows = List.copyOf(rows);
  }

  /**
   * One row.
   *
   * @param member "Councillor Amara Osei"
   * @param category "Land", "Sensitive interest", or empty
   * @param organisation the organisation, or what stands for it ("No interests registered")
   * @param nature the nature of the interest, or empty
   */
  public record Row(String member, String category, String organisation, String nature) {}
}
