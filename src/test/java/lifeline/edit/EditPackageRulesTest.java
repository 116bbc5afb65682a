package lifeline.edit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The editing core is plain Java over the model, so the UI and tests can drive it without a window. */
class EditPackageRulesTest {

    @Test
    void dependsOnlyOnTheJdkAndTheModel() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("lifeline.edit");

        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "lifeline.edit", "lifeline.model")
                .check(main);
    }
}
