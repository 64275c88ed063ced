package io.dsv.events.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of DESIGN.md: annotations <- runtime <- agent, and no cycles inside runtime. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // the runtime's test support (a test-jar) is test code too
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("io.dsv.events");
  }

  @Test
  void annotationsDependOnNothingButTheJdk() {
    noClasses()
        .that()
        .resideInAPackage("io.dsv.events.annotations..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("io.dsv.events.annotations..", "java..")
        .check(classes);
  }

  @Test
  void runtimeDependsOnAnnotationsNotOnTheAgent() {
    noClasses()
        .that()
        .resideInAPackage("io.dsv.events.runtime..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.dsv.events.agent..", "io.dsv.events.demo..")
        .check(classes);
  }

  @Test
  void nothingButTheAgentDependsOnTheAgent() {
    noClasses()
        .that()
        .resideOutsideOfPackages("io.dsv.events.agent..", "io.dsv.events.demo..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.dsv.events.agent..")
        .check(classes);
  }

  @Test
  void runtimePackagesHaveNoCycles() {
    slices().matching("io.dsv.events.runtime.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void agentPackagesHaveNoCycles() {
    slices()
        .matching("io.dsv.events.agent.(*)..")
        .should()
        .beFreeOfCycles()
        .allowEmptyShould(true)
        .check(classes);
  }
}
