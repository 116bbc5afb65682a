package lifeline.tlc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The package stands alone: only the JDK and itself, so it can run TLC for any caller. */
class TlcPackageRulesTest {

    @Test
    void dependsOnlyOnTheJdkAndItself() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("lifeline.tlc");

        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..", "lifeline.tlc..")
                .check(main);
    }

    /** The launcher is copied alone into the TLC child: it may use nothing but the JDK, not even TLC. */
    @Test
    void theChildLauncherUsesOnlyTheJdk() {
        JavaClasses child = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("lifeline.tlc.child");

        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..", "lifeline.tlc.child")
                .check(child);
        assertEquals(List.of("TlcMain"), child.stream().map(JavaClass::getSimpleName).toList(),
                "one class file, no nested classes: the parent copies exactly one");
    }
}
