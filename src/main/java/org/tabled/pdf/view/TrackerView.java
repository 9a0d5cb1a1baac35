package org.tabled.pdf.view;

import java.util.List;

/**
 * A committee's recommendation and action tracker printed as an appendix ({@code
 * print/tracker.ftlh}): the counts by status, one row per entry, then the responses this appendix
 * prints.
 *
 * @param label "Appendix 1"
 * @param title the appendix's title
 * @param committee the committee's full name
 * @param counts how many entries have each status, every status listed
 * @param total how many entries there are
 * @param rows the entries, oldest meeting first
 * @param responses the responses printed in this appendix, by the minute item they answer
 */
public record TrackerView(
    String label,
    String title,
    String committee,
    List<Count> counts,
    int total,
    List<Row> rows,
    List<ResponseGroup> responses) {

  public TrackerView {
    counts = List.copyOf(counts);
    rows = List.copyOf(rows);
    responses = List.copyOf(responses);
  }

  /**
   * The number of entries with one status.
   *
   * @param status "In progress"
   * @param count how many
   */
  public record Count(String status, int count) {}

  /**
   * One entry of the tracker.
   *
   * @param id the row's id, which {@code [[tracker:…]]} references in the same PDF link to
   * @param date the meeting it was made at, "10 March 2026", on the first row of the meeting's
   *     entries and on a row at the top of a page; else empty
   * @param item "Item 3: Early help and family hubs", on the first row of the item's entries and on
   *     a row at the top of a page; else empty
   * @param type "Recommendation", "Action" or "Request for information"; for a row of outcomes
   *     sharing one response, each with its number: "Recommendations 3 and 4"
   * @param details what was agreed, as minuted: one text, or one per outcome of a shared row, each
   *     starting with its number ("3. That …")
   * @param politicalLead the cabinet member responsible, with their portfolio then, or empty
   * @param officerLead the officer responsible, with their job title then, or empty
   * @param status "Completed"
   * @param received "Received 21 April 2026 and sent to the committee on 23 April 2026.", or empty
   * @param pointer where the response is printed: in another pack, "Response on page 14 of the
   *     agenda pack for 14 July 2026."; in this PDF "Response on", followed by a link to it ({@code
   *     responseId}); else empty
   * @param responseId the id of the response when this PDF prints it: the template links to it with
   *     {@code data-pages-of}, which Tabled fills with the pages it is printed on, "page 10" or
   *     "pages 10 &amp; 11" (as in the footer); else empty
   * @param pagesFrom with {@code responseId}, in the house style that counts a response's pages
   *     from the tracker appendix's first page ({@code tracker_pages: appendix}): the appendix's
   *     id, for {@code data-pages-from}; else empty
   * @param pointerEnd with {@code responseId}, what follows the link: "." or " of Appendix 3."
   */
  public record Row(
      String id,
      String date,
      String item,
      String type,
      List<String> details,
      String politicalLead,
      String officerLead,
      String status,
      String received,
      String pointer,
      String responseId,
      String pagesFrom,
      String pointerEnd) {
    public Row {
      details = List.copyOf(details);
    }
  }

  /**
   * The responses to the entries made under one minute item.
   *
   * @param heading "Item 3: Early help and family hubs, 10 March 2026"
   * @param responses the responses, in the order of the rows
   */
  public record ResponseGroup(String heading, List<Response> responses) {
    public ResponseGroup {
      responses = List.copyOf(responses);
    }
  }

  /**
   * One response, with the entry it answers.
   *
   * @param id its id: the tracker rows give the pages it spans
   * @param type "Recommendation", or "Recommendations 3 and 4" as in the row
   * @param details what was agreed, as in the row
   * @param politicalLead as in the row
   * @param officerLead as in the row
   * @param bodyHtml the response (rendered Markdown)
   */
  public record Response(
      String id,
      String type,
      List<String> details,
      String politicalLead,
      String officerLead,
      String bodyHtml) {
    public Response {
      details = List.copyOf(details);
    }
  }
}
