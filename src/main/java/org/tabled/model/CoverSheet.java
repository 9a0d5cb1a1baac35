package org.tabled.model;

import java.util.List;
import java.util.Optional;

/**
 * The table at the top of a report.
 *
 * @param classification "General Release" unless said otherwise
 * @param reportOf whose report it is, as printed: a role or a named officer
 * @param cabinetMember the cabinet member whose portfolio it falls in, if any
 * @param wards "All", or the wards affected
 * @param policyContext the council policy it relates to
 * @param keyDecision whether it concerns a key decision
 * @param authors the report authors, whose contact details are printed
 */
public record CoverSheet(
    String classification,
    String reportOf,
    Optional<PersonId> cabinetMember,
    List<String> wards,
    String policyContext,
    boolean keyDecision,
    List<PersonId> authors) {

  public CoverSheet {
    wards = List.copyOf(wards);
    authors = List.copyOf(authors);
  }
}
