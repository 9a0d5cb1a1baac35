package org.tabled.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tabled.model.Council;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;
import org.tabled.testing.Councils;
import org.tabled.testing.Fixtures;

/**
 * The cover sheet's rows, labels and values, one wording for the paper page and the printed paper.
 * The website used to say "Wards affected" and "Key decision" where the paper printed "Wards
 * Involved:" and "Key Decision:".
 */
class CoverFieldsTest {

  private static Paper paper(Path content, String id) {
    Council c = Councils.resolved(content).council();
    return c.papers().stream()
        .filter(p -> p.id().equals(new PaperId(id)))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> labels(List<CoverFields.Field> fields) {
    return fields.stream().map(CoverFields.Field::label).toList();
  }

  @Test
  void aReportHasTheCouncilsLabelsInPrintingOrder() {
    Path golden = Fixtures.fixture("golden");
    List<CoverFields.Field> f =
        CoverFields.of(Councils.resolved(golden).council(), paper(golden, "treasury-review"));
    assertEquals(
        List.of(
            "Date",
            "Classification",
            "Title",
            "Report of",
            "Cabinet Member Portfolio",
            "Wards Involved",
            "Policy Context",
            "Key Decision",
            "Report Author and Contact Details"),
        labels(f));
    assertEquals("Tuesday 4 March 2025", f.get(0).value());
    assertEquals(
        "Councillor Finn Lowry, Cabinet Member for Finance",
        f.get(4).value(),
        "with the role on the day");
    assertEquals("No", f.get(7).value());
    assertTrue(f.get(8).lines().get(0).startsWith("Tomas Reyes, "), f.get(8).lines().toString());
  }

  @Test
  void rowsWithNothingToSayAreLeftOut() {
    Path golden = Fixtures.fixture("golden");
    Path bare =
        Councils.edited(
            golden,
            "committees/audit/meetings/2025-03-04/papers/treasury-review/paper.md",
            "cabinet_member: finn-lowry\n",
            "");
    bare =
        Councils.edited(
            bare,
            "committees/audit/meetings/2025-03-04/papers/treasury-review/paper.md",
            "policy_context: Treasury Management Strategy 2024-25\n",
            "");
    List<String> labels =
        labels(CoverFields.of(Councils.resolved(bare).council(), paper(bare, "treasury-review")));
    assertEquals(
        List.of(
            "Date",
            "Classification",
            "Title",
            "Report of",
            "Wards Involved",
            "Key Decision",
            "Report Author and Contact Details"),
        labels);
  }

  @Test
  void aReportMayNameSeveralPortfoliosEachOnItsOwnLineUnderAPluralLabel() {
    // issue 12 §5: a report that falls in two cabinet members' portfolios
    Path golden = Fixtures.fixture("golden");
    Path two =
        Councils.edited(
            golden,
            "committees/audit/meetings/2025-03-04/papers/treasury-review/paper.md",
            "cabinet_member: finn-lowry\n",
            "cabinet_member: [ada-quill, finn-lowry]\n");
    two =
        Councils.edited(
            two,
            "people/ada-quill.yaml",
            "ward: Millbank\n",
            "ward: Millbank\nportfolios:\n  - title: Cabinet Member for Housing\n    from: 2024-05-20\n");
    List<CoverFields.Field> f =
        CoverFields.of(Councils.resolved(two).council(), paper(two, "treasury-review"));
    CoverFields.Field row = f.get(4);
    assertEquals("Cabinet Member Portfolios", row.label());
    assertEquals(
        List.of(
            "Councillor Ada Quill, Cabinet Member for Housing",
            "Councillor Finn Lowry, Cabinet Member for Finance"),
        row.lines(),
        "in the order written, each with the role on the day");
    assertEquals(
        "Cabinet Member Portfolio", CoverFields.portfolioLabel("Cabinet Member Portfolio", 1));
  }

  @Test
  void aPortfolioUpdateNamesThePortfolioAndTheCabinetMember() {
    Path fixture = Fixtures.fixture("golden-pdf");
    List<CoverFields.Field> f =
        CoverFields.of(
            Councils.resolved(fixture).council(), paper(fixture, "parks-portfolio-update"));
    assertEquals("Date", f.get(0).label());
    assertEquals(List.of("Date", "Portfolio", "Report of"), labels(f).subList(0, 3));
    assertTrue(f.get(2).value().startsWith("Councillor "), f.get(2).value());
  }

  @Test
  void aPlainPaperHasNoCoverSheet() {
    Path golden = Fixtures.fixture("golden");
    Path plain =
        Councils.edited(
            golden,
            "committees/audit/meetings/2025-03-04/papers/treasury-review/paper.md",
            "title: Treasury",
            "layout: plain\ntitle: Treasury");
    assertEquals(
        List.of(),
        CoverFields.of(Councils.resolved(plain).council(), paper(plain, "treasury-review")));
  }
}
