package org.tabled.pdf.view;

import java.util.List;

/**
 * A committee's work programme for a municipal year printed as an appendix ({@code
 * print/work-programme.ftlh}): a table of topics for each planned meeting, then the topics not yet
 * given a meeting.
 *
 * @param label "Appendix 2"
 * @param title the appendix's title
 * @param committee the committee's full name
 * @param year the municipal year, "2026-27"
 * @param found false if the committee has no work programme for that year
 * @param rounds the planned meetings, in date order
 * @param unallocated topics not yet given a meeting
 */
public record WorkProgrammeView(
    String label,
    String title,
    String committee,
    String year,
    boolean found,
    List<Round> rounds,
    List<Topic> unallocated) {

  public WorkProgrammeView {
    rounds = List.copyOf(rounds);
    unallocated = List.copyOf(unallocated);
  }

  /**
   * A planned meeting.
   *
   * @param date "Tuesday 22 September 2026"
   * @param theme its theme, or empty
   * @param topics the topics planned for it
   */
  public record Round(String date, String theme, List<Topic> topics) {
    public Round {
      topics = List.copyOf(topics);
    }
  }

  /**
   * A planned topic.
   *
   * @param title the topic
   * @param purpose why the committee is taking it, or empty
   * @param leads who will report, each with their role: "Councillor Nadia Rahman, Cabinet Member …"
   * @param itemText once the topic's paper is on a published agenda, that item: "Item 5, 22
   *     September 2026"; else empty
   * @param itemHref the item's link: inside this PDF ({@code #…}) or on the website; empty for none
   * @param itemSuffix where the item is printed when it is in another pack, "(page 14 of the agenda
   *     pack for 22 September 2026)", or empty
   */
  public record Topic(
      String title,
      String purpose,
      List<String> leads,
      String itemText,
      String itemHref,
      String itemSuffix) {
    public Topic {
      leads = List.copyOf(leads);
    }
  }
}
