package lifeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of docs/architecture.md: its table as one layered architecture, no cycles, JavaFX in ui only. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("lifeline");
    }

    /** One row of the table a line: the package and the packages it may use. */
    @Test
    void eachPackageUsesOnlyWhatTheTableAllows() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("lifeline.model..")
                .layer("io").definedBy("lifeline.io..")
                .layer("spec").definedBy("lifeline.spec..")
                .layer("tlc").definedBy("lifeline.tlc..")
                .layer("trace").definedBy("lifeline.trace..")
                .layer("edit").definedBy("lifeline.edit..")
                .layer("layout").definedBy("lifeline.layout..")
                .layer("fix").definedBy("lifeline.fix..")
                .layer("check").definedBy("lifeline.check..")
                .layer("cli").definedBy("lifeline.cli..")
                .layer("ui").definedBy("lifeline.ui..")
                .layer("main").definedBy("lifeline")
                .whereLayer("model").mayNotAccessAnyLayer()
                .whereLayer("io").mayOnlyAccessLayers("model")
                .whereLayer("spec").mayOnlyAccessLayers("model")
                .whereLayer("tlc").mayNotAccessAnyLayer()
                .whereLayer("trace").mayOnlyAccessLayers("model", "spec")
                .whereLayer("edit").mayOnlyAccessLayers("model")
                .whereLayer("layout").mayOnlyAccessLayers("model", "edit")
                .whereLayer("fix").mayOnlyAccessLayers("model", "spec", "edit", "trace")
                .whereLayer("check").mayOnlyAccessLayers("model", "spec", "tlc", "trace", "fix")
                .whereLayer("cli").mayOnlyAccessLayers("model", "io", "spec", "tlc", "trace", "edit", "layout", "fix", "check")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("main")
                .whereLayer("main").mayOnlyAccessLayers("ui", "cli")
                .check(classes);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("lifeline.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noCyclesBetweenUiPackages() {
        slices().matching("lifeline.ui.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("lifeline.ui..").and().doNotHaveFullyQualifiedName("lifeline.Main")
                .should().dependOnClassesThat().resideInAPackage("javafx..").check(classes);
    }
}
