package lifeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of docs/architecture.md. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("lifeline");
    }

    @Test
    void onlyUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("lifeline.ui..").and().doNotHaveFullyQualifiedName("lifeline.Main")
                .should().dependOnClassesThat().resideInAPackage("javafx..").check(classes);
    }

    @Test
    void modelDependsOnNoOtherLifelinePackage() {
        classes().that().resideInAPackage("lifeline.model..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("lifeline.io..", "lifeline.spec..",
                        "lifeline.tlc..", "lifeline.trace..", "lifeline.check..", "lifeline.cli..", "lifeline.ui..")
                .check(classes);
    }

    @Test
    void tlcStandsAlone() {
        classes().that().resideInAPackage("lifeline.tlc..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("lifeline.model..", "lifeline.io..",
                        "lifeline.spec..", "lifeline.trace..", "lifeline.check..", "lifeline.cli..", "lifeline.ui..")
                .check(classes);
    }

    @Test
    void specUsesOnlyTheModel() {
        classes().that().resideInAPackage("lifeline.spec..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("lifeline.io..", "lifeline.tlc..",
                        "lifeline.trace..", "lifeline.check..", "lifeline.cli..", "lifeline.ui..")
                .check(classes);
    }

    @Test
    void traceDoesNotRunTlcOrReadFiles() {
        classes().that().resideInAPackage("lifeline.trace..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("lifeline.io..", "lifeline.tlc..",
                        "lifeline.check..", "lifeline.cli..", "lifeline.ui..")
                .check(classes);
    }

    @Test
    void onlyMainStartsTheUi() {
        noClasses().that().resideOutsideOfPackage("lifeline.ui..").and().doNotHaveFullyQualifiedName("lifeline.Main")
                .should().dependOnClassesThat().resideInAPackage("lifeline.ui..").check(classes);
    }

    @Test
    void cliNeverUsesUi() {
        noClasses().that().resideInAPackage("lifeline.cli..")
                .should().dependOnClassesThat().resideInAPackage("lifeline.ui..").check(classes);
    }
}
