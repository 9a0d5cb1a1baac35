package org.tabled.model;

import java.util.Map;
import java.util.Optional;

/**
 * Why an item is taken in private (Part 2): the paragraph of Part 1 of Schedule 12A to the Local
 * Government Act 1972 that describes the exempt information.
 *
 * @param paragraph 1 to 7
 */
public record Exemption(int paragraph) {

  /** The descriptions of exempt information in Schedule 12A, Part 1, paragraphs 1 to 7. */
  private static final Map<Integer, String> SCHEDULE_12A =
      Map.of(
          1, "Information relating to any individual",
          2, "Information which is likely to reveal the identity of an individual",
          3,
              "Information relating to the financial or business affairs of any particular person"
                  + " (including the authority holding that information)",
          4,
              "Information relating to any consultations or negotiations, or contemplated consultations or"
                  + " negotiations, in connection with any labour relations matter arising between the authority"
                  + " or a Minister of the Crown and employees of, or office-holders under, the authority",
          5,
              "Information in respect of which a claim to legal professional privilege could be maintained"
                  + " in legal proceedings",
          6,
              "Information which reveals that the authority proposes to give a notice under any enactment"
                  + " imposing requirements on a person, or to make an order or direction under any enactment",
          7,
              "Information relating to any action taken or to be taken in connection with the prevention,"
                  + " investigation or prosecution of crime");

  public Exemption {
    if (!SCHEDULE_12A.containsKey(paragraph)) {
      throw new IllegalArgumentException("paragraph must be 1 to 7: " + paragraph);
    }
  }

  /** The Schedule that lists the paragraphs, as every exemption cites it. */
  public static final String SCHEDULE = "Part 1 of Schedule 12A to the Local Government Act 1972";

  /**
   * The clause every exempt item cites, the same on the website, the front sheet and the members'
   * pack: "exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government
   * Act 1972".
   */
  public String clause() {
    return "exempt information under paragraph " + paragraph + " of " + SCHEDULE;
  }

  /**
   * The item's exemption as a sentence: "Exempt information under paragraph 3 of Part 1 of Schedule
   * 12A to the Local Government Act 1972: Information relating to … ."
   */
  public String statement() {
    return "E" + clause().substring(1) + ": " + description() + ".";
  }

  /** The statutory description of the paragraph. */
  public String description() {
    return SCHEDULE_12A.get(paragraph);
  }

  /** The exemption for a paragraph number, if it is one of 1 to 7. */
  public static Optional<Exemption> of(int paragraph) {
    return SCHEDULE_12A.containsKey(paragraph)
        ? Optional.of(new Exemption(paragraph))
        : Optional.empty();
  }
}
