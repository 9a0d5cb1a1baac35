package org.tabled.model;

import java.util.Locale;

/**
 * The categories of a register of members' interests, in the order registers print them: the
 * disclosable pecuniary interests of the Relevant Authorities (Disclosable Pecuniary Interests)
 * Regulations 2012, then gifts and hospitality and the other interests a council's code of conduct
 * asks members to register.
 */
public enum InterestCategory {
  /** Any employment, office, trade, profession or vocation carried on for profit or gain. */
  EMPLOYMENT("Employment, office, trade, profession or vocation"),
  /** Payment or other financial benefit towards the member's expenses as a member. */
  SPONSORSHIP("Sponsorship"),
  /** Contracts with the council for goods, services or works. */
  CONTRACTS("Contracts"),
  /** Land in the council's area. */
  LAND("Land"),
  /** Licences to occupy land in the council's area for a month or longer. */
  LICENCES("Licences"),
  /** Tenancies where the council is the landlord. */
  CORPORATE_TENANCIES("Corporate tenancies"),
  /** Shares or securities in a body with a place of business or land in the area. */
  SECURITIES("Securities"),
  /** Gifts and hospitality received as a member, above the council's threshold. */
  GIFTS_AND_HOSPITALITY("Gifts and hospitality"),
  /** Other registrable interests: bodies the member belongs to or was appointed to, and so on. */
  OTHER("Other registrable interests");

  private final String label;

  InterestCategory(String label) {
    this.label = label;
  }

  /** The word used in content files, e.g. {@code gifts-and-hospitality}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The category as registers print it, e.g. "Corporate tenancies". */
  public String label() {
    return label;
  }
}
