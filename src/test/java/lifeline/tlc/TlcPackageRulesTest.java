package lifeline.tlc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The package stands alone: only the JDK and itself, so it can run TLC for any caller; TLC's own
 * classes only in the explorer that runs inside the TLC child.
 */
class TlcPackageRulesTest {

    @Test
    void dependsOnlyOnTheJdkAndItself() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("lifeline.tlc");

        classes().that().doNotHaveSimpleName("ExploreMain")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..", "lifeline.tlc..")
                .check(main);
    }

    /**
     * The launchers are copied alone into the TLC child: TlcMain and its helpers use nothing but the JDK,
     * not even TLC; ExploreMain the JDK, TlcMain and TLC's tool (from the jar the child runs).
     */
    @Test
    void theChildLaunchersUseOnlyTheJdkAndTlc() {
        JavaClasses child = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("lifeline.tlc.child");

        classes().that().doNotHaveSimpleName("ExploreMain").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax..", "lifeline.tlc.child").check(child);
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax..", "lifeline.tlc.child", "tlc2..", "util..", "tla2sany..")
                .check(child);
        assertEquals(ChildLauncher.CLASSES.stream().sorted().toList(),
                child.stream().map(JavaClass::getName).sorted().toList(),
                "no nested classes: the parent copies exactly these class files");
    }
}
