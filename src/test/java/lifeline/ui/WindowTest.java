package lifeline.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import lifeline.ui.check.CheckPreferencesStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A test class that drives real JavaFX windows with TestFX (headless through Monocle, as pom.xml sets it
 * up): tagged "ui", run with TestFX's ApplicationExtension (the class's @Start method shows its window
 * before each test), and with the test JVM's check preferences set to open documents with checking as you
 * edit off ({@link QuietChecks}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("ui")
@ExtendWith({WindowTest.QuietChecks.class, ApplicationExtension.class})
public @interface WindowTest {
    /**
     * Turns "Check as you edit when a document opens" off in the check preferences the application reads
     * (the test JVM's own file, see pom.xml's lifeline.settings): a window of the whole application then
     * starts no TLC in the background on each edit, which no test here looks at (LiveCheckTest and
     * LiveCheckSequenceTest test checking as you edit, with preferences of their own).
     */
    final class QuietChecks implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            CheckPreferencesStore store = CheckPreferencesStore.user();
            store.save(store.load().withCheckAsYouEdit(false));
        }
    }
}
