package org.tabled.pdf.view;

import java.util.List;

/**
 * The minutes of an earlier meeting, printed in the pack for approval ({@code print/minutes.ftlh}).
 *
 * @param masthead the council's name
 * @param committee the committee's full name
 * @param date the meeting's date, "Tuesday 14 July 2026"
 * @param opening the opening sentence: which meeting, when and where
 * @param draft true if the minutes are a draft not yet approved
 * @param attendance who was there and who sent apologies
 * @param bodyHtml the minutes, with numbered items and paragraphs and each item's outcomes
 * @param ended "9.02 pm", or empty
 * @param chairTitle how the chair is styled, for the signature line
 * @param declarations the interests declared, as printed ("Councillor …, agenda item 4: …")
 */
public record MinutesView(
    String masthead,
    String committee,
    String date,
    String opening,
    boolean draft,
    List<Attendance> attendance,
    String bodyHtml,
    String ended,
    String chairTitle,
    List<String> declarations) {

  public MinutesView {
    attendance = List.copyOf(attendance);
    declarations = List.copyOf(declarations);
  }

  /**
   * One attendance list.
   *
   * @param label "Members present", "Also present", "Apologies for absence" …
   * @param names the people, as printed
   */
  public record Attendance(String label, List<String> names) {
    public Attendance {
      names = List.copyOf(names);
    }
  }

  /**
   * The recommendations, actions or requests for information made under one minute item.
   *
   * @param label "Recommendations", "Actions" or "Requests for information"
   * @param texts each as agreed
   */
  public record OutcomeGroup(String label, List<String> texts) {
    public OutcomeGroup {
      texts = List.copyOf(texts);
    }
  }
}
