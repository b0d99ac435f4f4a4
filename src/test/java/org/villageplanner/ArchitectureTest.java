package org.villageplanner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers of DESIGN.md apart: arrows only point down. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.villageplanner");
    }

    @Test
    void javaFxOnlyInUi() {
        noClasses().that().resideOutsideOfPackage("org.villageplanner.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the core, the CLI and the PDF must run without a display")
                .check(classes);
    }

    @Test
    void sqlOnlyInStore() {
        noClasses().that().resideOutsideOfPackage("org.villageplanner.store..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .because("all SQL lives in the project-file adapter")
                .check(classes);
    }

    @Test
    void coreIsPure() {
        noClasses().that().resideInAnyPackage("org.villageplanner.domain..", "org.villageplanner.geo..",
                        "org.villageplanner.cluster..", "org.villageplanner.finance..")
                .should().dependOnClassesThat().resideInAnyPackage("org.villageplanner.service..",
                        "org.villageplanner.store..", "org.villageplanner.importer..", "org.villageplanner.report..",
                        "org.villageplanner.cli..", "org.villageplanner.ui..", "java.sql..", "javafx..",
                        "com.fasterxml.jackson..", "org.apache.pdfbox..")
                .because("domain, geo, cluster and finance are pure Java + JTS")
                .check(classes);
    }

    @Test
    void samplesArePureBuilders() {
        noClasses().that().resideInAPackage("org.villageplanner.sample..")
                .should().dependOnClassesThat().resideInAnyPackage("org.villageplanner.service..",
                        "org.villageplanner.store..", "org.villageplanner.importer..", "org.villageplanner.report..",
                        "org.villageplanner.cli..", "org.villageplanner.ui..", "java.sql..", "javafx..",
                        "com.fasterxml.jackson..", "org.apache.pdfbox..")
                .because("sample builders are pure Java + JTS reading their own CSV sources; SampleService wires them")
                .check(classes);
    }

    @Test
    void uiAndCliGoThroughServices() {
        noClasses().that().resideInAnyPackage("org.villageplanner.ui..", "org.villageplanner.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.villageplanner.store..",
                        "org.villageplanner.importer..", "org.villageplanner.report..", "org.villageplanner.sample..")
                .because("the UI and the CLI call the same services; adapters are plugged in by Main")
                .check(classes);
    }

    @Test
    void adaptersDoNotDependOnEachOtherOrOnTheEdges() {
        noClasses().that().resideInAnyPackage("org.villageplanner.store..", "org.villageplanner.importer..",
                        "org.villageplanner.report..", "org.villageplanner.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.villageplanner.ui..",
                        "org.villageplanner.cli..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.villageplanner.(*)..").should().beFreeOfCycles().check(classes);
    }
}
