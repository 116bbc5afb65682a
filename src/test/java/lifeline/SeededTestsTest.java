package lifeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Property;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Random tests try the same cases on every run: each jqwik property names its seed, no sweep draws unseeded. */
class SeededTestsTest {
    private static JavaClasses tests;

    @BeforeAll
    static void importTestClasses() {
        tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("lifeline");
    }

    @Test
    void everyPropertyNamesItsSeed() {
        methods().that().areAnnotatedWith(Property.class).should(nameASeed()).check(tests);
    }

    @Test
    void noTestSamplesAnArbitraryWithoutASeed() {
        noClasses().should().callMethod(Arbitrary.class, "sampleStream")
                .orShould().callMethod(Arbitrary.class, "sample").check(tests);
    }

    private static ArchCondition<JavaMethod> nameASeed() {
        return new ArchCondition<>("name a seed in @Property(seed = ...)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean seeded = !method.getAnnotationOfType(Property.class).seed().isEmpty();
                events.add(new SimpleConditionEvent(method, seeded, method.getFullName() + " has no fixed seed"));
            }
        };
    }
}
