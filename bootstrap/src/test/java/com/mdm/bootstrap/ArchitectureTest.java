package com.mdm.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hexagon's rules: dependencies point inward and ports speak only the domain and the JDK. */
class ArchitectureTest {

  private static final String DOMAIN = "com.mdm.domain..";
  private static final String APPLICATION = "com.mdm.application..";
  private static final String ADAPTERS = "com.mdm.adapter..";
  private static final String DECODERS = "com.mdm.decoder..";
  private static final String BOOTSTRAP = "com.mdm.bootstrap..";

  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/com/mdm/testsupport/"))
            .importPackages("com.mdm");
  }

  @Test
  void theDomainDependsOnlyOnTheJdk() {
    classes()
        .that()
        .resideInAPackage(DOMAIN)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(DOMAIN, "java..")
        .check(classes);
  }

  @Test
  void theApplicationDependsOnlyOnTheDomainAndTheJdk() {
    classes()
        .that()
        .resideInAPackage(APPLICATION)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(APPLICATION, DOMAIN, "java..")
        .check(classes);
  }

  @Test
  void nothingInsideDependsOnTheAdaptersOrTheBootstrap() {
    noClasses()
        .that()
        .resideInAnyPackage(DOMAIN, APPLICATION)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ADAPTERS, DECODERS, BOOTSTRAP)
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage(ADAPTERS)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(BOOTSTRAP)
        .check(classes);
  }

  /**
   * The wire-format decoders shared by the inbound adapters turn bytes into domain events: the
   * domain, Jackson and the JDK, no transport, store or adapter.
   */
  @Test
  void decodersDependOnlyOnTheDomainJacksonAndTheJdk() {
    classes()
        .that()
        .resideInAPackage(DECODERS)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(DECODERS, DOMAIN, "com.fasterxml.jackson..", "java..")
        .check(classes);
  }

  /**
   * Adapters may use the domain (its ports among it), the JDK and their libraries, never the
   * application: only the bootstrap sees both sides. The module POMs enforce it for the compiler.
   */
  @Test
  void adaptersUseTheDomainButNeverTheApplication() {
    noClasses()
        .that()
        .resideInAPackage(ADAPTERS)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(APPLICATION)
        .check(classes);
  }

  @Test
  void adaptersDoNotDependOnEachOther() {
    slices().matching("com.mdm.adapter.(*).(*)..").should().notDependOnEachOther().check(classes);
  }

  @Test
  void thereAreNoPackageCycles() {
    slices().matching("com.mdm.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void portsUseNoDriverOrFrameworkTypes() {
    noClasses()
        .that()
        .resideInAnyPackage("com.mdm.domain.port..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.bson..",
            "com.mongodb..",
            "io.nats..",
            "org.jdbi..",
            "reactor..",
            "org.reactivestreams..",
            "com.fasterxml..",
            "dagger..",
            "jakarta..")
        .check(classes);
  }

  @Test
  void onlyTheBootstrapUsesDagger() {
    noClasses()
        .that()
        .resideOutsideOfPackage(BOOTSTRAP)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dagger..")
        .check(classes);
  }

  @Test
  void reactorStaysInsideTheMongoAdapter() {
    noClasses()
        .that()
        .resideOutsideOfPackage("com.mdm.adapter.out.mongo..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("reactor..")
        .check(classes);
  }
}
