package org.villageplanner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
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
    void adaptersDoNotDependOnTheEdges() {
        noClasses().that().resideInAnyPackage("org.villageplanner.store..", "org.villageplanner.importer..",
                        "org.villageplanner.report..", "org.villageplanner.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.villageplanner.ui..",
                        "org.villageplanner.cli..")
                .because("arrows only point down: the UI and the CLI use services, never the other way round")
                .check(classes);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        for (String adapter : List.of("store", "importer", "report")) {
            List<String> others = new ArrayList<>(List.of("org.villageplanner.store..",
                    "org.villageplanner.importer..", "org.villageplanner.report.."));
            others.remove("org.villageplanner." + adapter + "..");
            noClasses().that().resideInAPackage("org.villageplanner." + adapter + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                    .because("each adapter implements ports of service on its own; Main wires them together")
                    .check(classes);
        }
    }

    @Test
    void servicesKnowAdaptersOnlyThroughPorts() {
        noClasses().that().resideInAPackage("org.villageplanner.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.villageplanner.store..",
                        "org.villageplanner.importer..", "org.villageplanner.report..")
                .because("store, importer and report implement interfaces defined in service (DESIGN.md)")
                .check(classes);
    }

    @Test
    void cliAndUiAreIndependentEdges() {
        noClasses().that().resideInAPackage("org.villageplanner.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.villageplanner.ui..")
                .because("the CLI runs without a display; desktop benchmarks reach the UI through the "
                        + "DesktopBenches port that Main plugs in")
                .check(classes);
        noClasses().that().resideInAPackage("org.villageplanner.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.villageplanner.cli..")
                .because("the UI and the CLI are two faces of the same services")
                .check(classes);
    }

    @Test
    void coreDoesNoIo() {
        noClasses().that().resideInAnyPackage("org.villageplanner.domain..", "org.villageplanner.geo..",
                        "org.villageplanner.cluster..", "org.villageplanner.finance..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .because("domain, geo, cluster and finance compute on values; files belong to the adapters")
                .check(classes);
    }

    @Test
    void viewsLeaveServicesToTheirViewModels() {
        noClasses().that().resideInAPackage("org.villageplanner.ui..").and().haveSimpleNameEndingWith("View")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Service")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.villageplanner.service.Services")
                .because("a view binds; its view model decides and is the only one that calls services (STYLE.md)")
                .check(classes);
    }

    @Test
    void uiFeaturesDoNotDependOnEachOtherInCycles() {
        slices().matching("org.villageplanner.ui.(*)..").should().beFreeOfCycles()
                .because("a feature of the window (importing, export, simulation …) can be changed without the "
                        + "others; shared pieces live in ui.common")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.villageplanner.(*)..").should().beFreeOfCycles()
                .because("arrows only point down (DESIGN.md)")
                .check(classes);
    }
}
