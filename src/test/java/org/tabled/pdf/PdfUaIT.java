package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tabled.testing.Fixtures;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF validation against PDF/UA-1 of every PDF Tabled renders for the example council and the
 * {@code golden-pdf} fixture, public and members' confidential: every pack, every paper PDF and
 * every meeting's minutes PDF, including the fixture's supplied PDFs inserted as vector pages and
 * as a picture. Zero failed rules is the pass mark.
 *
 * <p>The supplied PDFs that are copied to the site unchanged ({@code appendix-N.pdf}) are the
 * partners' own documents and are not checked: Tabled does not claim they conform.
 */
class PdfUaIT {

  @BeforeAll
  static void initialise() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  @TestFactory
  Stream<DynamicTest> everyRenderedPdfConformsToPdfUa1() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Built b :
        List.of(
            Built.example(), Built.fixture(), Built.confidentialFixture(), Built.conventions())) {
      for (String path : b.pdfs()) {
        if (path.matches(".*/appendix-[^/]+\\.pdf")) {
          continue;
        }
        tests.add(
            dynamicTest(
                b.name() + " " + path, () -> assertEquals("", failures(b.bytes(path)), path)));
      }
    }
    assertTrue(tests.size() >= 30, "too few PDFs: " + tests.size());
    // The minutes published as PDFs beside the minutes pages (issue 16) are checked too.
    assertTrue(
        tests.stream().filter(t -> t.getDisplayName().contains("/minutes/minutes-")).count() >= 5,
        "the minutes PDFs are among those checked");
    return tests.stream();
  }

  /**
   * The example's members' confidential packs: Part 2 papers with the exemption under their running
   * header, and every tracker and work programme appendix. (Their paper PDFs hold the same pages.)
   */
  @TestFactory
  Stream<DynamicTest> everyMembersPackConformsToPdfUa1() {
    Built b = Built.confidentialExample();
    List<DynamicTest> tests = new ArrayList<>();
    for (String path : b.pdfs()) {
      if (path.contains("/agenda-pack-")) {
        tests.add(
            dynamicTest(
                b.name() + " " + path, () -> assertEquals("", failures(b.bytes(path)), path)));
      }
    }
    assertTrue(tests.size() >= 7, "too few packs: " + tests.size());
    return tests.stream();
  }

  @org.junit.jupiter.api.Test
  void theValidatorRejectsAnUntaggedPdf() throws Exception {
    // a control: the supplied PDF of the fixture is untagged and does not embed its font
    byte[] supplied =
        Files.readAllBytes(
            Fixtures.fixture("golden-pdf")
                .resolve(
                    "committees/environment/meetings/2026-03-17/papers/green-spaces-strategy/millfield-masterplan.pdf"));
    String failed = failures(supplied);
    assertTrue(failed.contains("7.21.4.1") && failed.contains("6.2-1"), failed);
  }

  /** The failed rules, "clause-test: message (count)" one a line, or empty. */
  static String failures(byte[] pdf) throws Exception {
    try (VeraPDFFoundry foundry = Foundries.defaultInstance();
        InputStream in = new ByteArrayInputStream(pdf);
        PDFAParser parser = foundry.createParser(in, PDFAFlavour.PDFUA_1);
        PDFAValidator validator = foundry.createValidator(PDFAFlavour.PDFUA_1, false)) {
      ValidationResult result = validator.validate(parser);
      TreeMap<String, Integer> failed = new TreeMap<>();
      for (TestAssertion ta : result.getTestAssertions()) {
        if (ta.getStatus() == TestAssertion.Status.FAILED) {
          failed.merge(
              ta.getRuleId().getClause()
                  + "-"
                  + ta.getRuleId().getTestNumber()
                  + ": "
                  + ta.getMessage(),
              1,
              Integer::sum);
        }
      }
      StringBuilder s = new StringBuilder();
      failed.forEach((rule, n) -> s.append(rule).append(" (").append(n).append(")\n"));
      if (!result.isCompliant() && s.length() == 0) {
        s.append("not compliant, with no failed assertion reported\n");
      }
      return s.toString();
    }
  }
}
