package org.tabled.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tabled.source.SourcePos;

/**
 * Someone named in committee papers: a councillor, an officer, a co-opted member or a guest. One
 * file per person in {@code people/}, so one spelling of each name everywhere.
 *
 * @param id the file name
 * @param name the name as printed, without title
 * @param kind councillor, officer, co-opted or external
 * @param party a councillor's political group
 * @param ward a councillor's ward
 * @param jobTitle an officer's job title, or an external person's role
 * @param organisation an external person's organisation
 * @param contact email and phone
 * @param represents whom a co-opted member represents, e.g. "Parent governor representative"
 * @param portfolios roles held over time, e.g. cabinet portfolios
 * @param pos where the person was defined
 * @param register their register of interests, if the content gives one
 */
public record Person(
    PersonId id,
    String name,
    PersonKind kind,
    String party,
    String ward,
    String jobTitle,
    String organisation,
    Contact contact,
    String represents,
    List<Portfolio> portfolios,
    SourcePos pos,
    Optional<Register> register) {

  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    portfolios = List.copyOf(portfolios);
    Objects.requireNonNull(register, "register");
  }

  /** A person with no register of interests. */
  public Person(
      PersonId id,
      String name,
      PersonKind kind,
      String party,
      String ward,
      String jobTitle,
      String organisation,
      Contact contact,
      String represents,
      List<Portfolio> portfolios,
      SourcePos pos) {
    this(
        id,
        name,
        kind,
        party,
        ward,
        jobTitle,
        organisation,
        contact,
        represents,
        portfolios,
        pos,
        Optional.empty());
  }

  /** The name as printed in lists: "Councillor Amara Osei" or "Dr Ruth Ellery". */
  public String displayName() {
    return kind == PersonKind.COUNCILLOR ? "Councillor " + name : name;
  }

  /** The portfolio held on {@code day}, if any. */
  public Optional<Portfolio> portfolioOn(LocalDate day) {
    return portfolios.stream().filter(p -> p.heldOn(day)).findFirst();
  }

  /**
   * What the person is, as printed after their name on a given day: a portfolio, a job title, or
   * what a co-opted member represents. Empty when nothing applies.
   */
  public String roleOn(LocalDate day) {
    return portfolioOn(day)
        .map(Portfolio::title)
        .orElseGet(
            () ->
                switch (kind) {
                  case OFFICER -> jobTitle;
                  case EXTERNAL ->
                      organisation.isEmpty()
                          ? jobTitle
                          : jobTitle.isEmpty() ? organisation : jobTitle + ", " + organisation;
                  case CO_OPTED -> represents;
                  case COUNCILLOR -> "";
                });
  }
}
