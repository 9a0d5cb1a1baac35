package org.tabled.model;

import java.util.List;

/**
 * The table at the top of a report.
 *
 * @param classification "General Release" unless said otherwise
 * @param reportOf whose report it is, as printed: a role or a named officer
 * @param cabinetMembers the cabinet members whose portfolios it falls in, in the order written;
 *     none if it names none
 * @param wards "All", or the wards affected
 * @param policyContext the council policy it relates to
 * @param keyDecision whether it concerns a key decision
 * @param authors the report authors, whose contact details are printed
 */
public record CoverSheet(
    String classification,
    String reportOf,
    List<PersonId> cabinetMembers,
    List<String> wards,
    String policyContext,
    boolean keyDecision,
    List<PersonId> authors) {

  public CoverSheet {
    cabinetMembers = List.copyOf(cabinetMembers);
    wards = List.copyOf(wards);
    authors = List.copyOf(authors);
  }
}
