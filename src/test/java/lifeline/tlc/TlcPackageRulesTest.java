package lifeline.tlc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package stands alone: only the JDK and itself, so it can run TLC for any caller. */
class TlcPackageRulesTest {

    @Test
    void dependsOnlyOnTheJdkAndItself() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("lifeline.tlc");

        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "lifeline.tlc")
                .check(main);
    }
}
