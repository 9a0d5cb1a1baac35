package org.tabled;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.ResolvedCouncil;

/**
 * The package dependency rule of docs/architecture.md, checked on the compiled classes, and the
 * promise that renderers only see what the publish stage selected for their audience.
 *
 * <p>{@code pdf.bench} is a driver like {@code build}: it runs the pipeline to time the PDF
 * renderer, so it is not held to the renderers' rules.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  /** The renderers: they format what {@code view} and {@code publish} give them, nothing more. */
  private static final String[] RENDERERS = {
    "org.tabled.html..", "org.tabled.pdf..", "org.tabled.feeds.."
  };

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tabled");
    assertFalse(classes.isEmpty(), "no classes imported");
  }

  private static DescribedPredicate<JavaClass> renderers() {
    return JavaClass.Predicates.resideInAnyPackage(RENDERERS)
        .and(
            DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("org.tabled.pdf.bench..")))
        .as("renderers (html, pdf, feeds)");
  }

  @Test
  void modelImportsNoLibraryAndNoOtherStage() {
    classes()
        .that()
        .resideInAPackage("org.tabled.model..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.tabled.model..", "org.tabled.source..")
        .check(classes);
  }

  @Test
  void sourceIsALeafAndDiagDependsOnlyOnIt() {
    classes()
        .that()
        .resideInAPackage("org.tabled.source..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.tabled.source..")
        .check(classes);
    classes()
        .that()
        .resideInAPackage("org.tabled.diag..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.tabled.diag..", "org.tabled.source..")
        .check(classes);
  }

  @Test
  void loadKnowsNoDomainTypes() {
    noClasses()
        .that()
        .resideInAPackage("org.tabled.load..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.tabled.model..", "org.tabled.validate..")
        .check(classes);
  }

  @Test
  void searchDependsOnNoOtherTabledPackage() {
    classes()
        .that()
        .resideInAPackage("org.tabled.search..")
        .should()
        .onlyDependOnClassesThat(
            JavaClass.Predicates.resideOutsideOfPackage("org.tabled..")
                .or(JavaClass.Predicates.resideInAPackage("org.tabled.search..")))
        .check(classes);
  }

  @Test
  void htmlAndPdfNeverDependOnEachOther() {
    noClasses()
        .that()
        .resideInAPackage("org.tabled.html..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.tabled.pdf..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.tabled.pdf..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.tabled.html..", "org.tabled.feeds..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.tabled.feeds..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.tabled.html..", "org.tabled.pdf..")
        .check(classes);
  }

  @Test
  void renderersDoNotReachEarlierStagesOrDrivers() {
    noClasses()
        .that(renderers())
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.tabled.load..",
            "org.tabled.validate..",
            "org.tabled.build..",
            "org.tabled.cli..",
            "org.tabled.serve..")
        .check(classes);
  }

  @Test
  void renderersNeverSeeTheUnfilteredCouncil() {
    noClasses()
        .that(renderers())
        .should()
        .dependOnClassesThat()
        .areAssignableTo(ResolvedCouncil.class)
        .because(
            "renderers may only see what the publish stage selected (PublishedCouncil's filtered queries)")
        .check(classes);
    noClasses()
        .that(renderers())
        .should()
        .callMethod(PublishedCouncil.class, "resolved")
        .because("PublishedCouncil.resolved() is the unfiltered council, for publish and view only")
        .check(classes);
  }

  @Test
  void onlyPublishAndViewReachTheUnfilteredCouncilThroughPublishedCouncil() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.tabled.publish..", "org.tabled.view..")
        .should()
        .callMethod(PublishedCouncil.class, "resolved")
        .check(classes);
  }

  @Test
  void viewDependsOnlyOnTheModelAndTheStagesBeforeRendering() {
    classes()
        .that()
        .resideInAPackage("org.tabled.view..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "org.tabled.view..",
            "org.tabled.model..",
            "org.tabled.source..",
            "org.tabled.resolve..",
            "org.tabled.publish..",
            "org.tabled.markdown..",
            "org.tabled.format..",
            "org.tabled.output..")
        .check(classes);
  }

  @Test
  void stagesDoNotDependOnLaterStages() {
    noClasses()
        .that()
        .resideInAnyPackage("org.tabled.validate..", "org.tabled.resolve..", "org.tabled.publish..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.tabled.view..",
            "org.tabled.html..",
            "org.tabled.pdf..",
            "org.tabled.feeds..",
            "org.tabled.template..",
            "org.tabled.build..",
            "org.tabled.cli..",
            "org.tabled.serve..")
        .check(classes);
    noClasses()
        .that()
        .resideInAnyPackage("org.tabled.resolve..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.tabled.publish..", "org.tabled.validate..", "org.tabled.load..")
        .check(classes);
  }

  @Test
  void serveDrivesTheBuildAndKnowsNothingAboutPages() {
    noClasses()
        .that()
        .resideInAPackage("org.tabled.serve..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.tabled.html..",
            "org.tabled.pdf..",
            "org.tabled.feeds..",
            "org.tabled.view..",
            "org.tabled.model..",
            "org.tabled.template..")
        .check(classes);
  }

  /** Only {@code tabled}'s entry point, and the benchmark tools' own, end the process. */
  @Test
  void onlyTheEntryPointExits() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(Tabled.class.getName())
        .and()
        .resideOutsideOfPackages("org.tabled.bench..", "org.tabled.pdf.bench..")
        .should()
        .callMethod(System.class, "exit", int.class)
        .check(classes);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("org.tabled.(*)..").should().beFreeOfCycles().check(classes);
  }

  /** The rules can fail: a class that reaches the unfiltered council breaks the renderers' rule. */
  @Test
  void theRulesCatchARendererThatReachesTheUnfilteredCouncil() {
    JavaClasses offender =
        new ClassFileImporter()
            .importClasses(LeakyRenderer.class, PublishedCouncil.class, ResolvedCouncil.class);
    ArchRule rule =
        noClasses()
            .that()
            .haveSimpleNameEndingWith("LeakyRenderer")
            .should()
            .callMethod(PublishedCouncil.class, "resolved");
    assertThrows(AssertionError.class, () -> rule.check(offender));
    ArchRule types =
        noClasses()
            .that()
            .haveSimpleNameEndingWith("LeakyRenderer")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(ResolvedCouncil.class);
    assertThrows(AssertionError.class, () -> types.check(offender));
  }

  /** What a careless renderer might write. */
  static final class LeakyRenderer {
    static int papers(PublishedCouncil pub) {
      return pub.resolved().council().papers().size();
    }
  }
}
