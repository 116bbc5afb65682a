package lifeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Writes when each test class starts and ends in this test JVM, for {@link SuiteCpu}: one line per event,
 * {@code S|E MILLIS CLASS}, in {@code PID.log} of the folder the system property {@code lifeline.suiteClock}
 * names (pom.xml hands it to the test JVMs; unset or empty, nothing is written). Registered for every test
 * class through META-INF/services and junit-platform.properties (extension autodetection).
 */
public final class SuiteClock implements BeforeAllCallback, AfterAllCallback {
    static final String PROPERTY = "lifeline.suiteClock";

    @Override
    public void beforeAll(ExtensionContext context) {
        log('S', context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        log('E', context);
    }

    private static void log(char event, ExtensionContext context) {
        String folder = System.getProperty(PROPERTY, "");
        Class<?> test = context.getRequiredTestClass();
        if (folder.isBlank() || test.getEnclosingClass() != null) { // a @Nested class runs inside its own
            return;
        }
        Path log = Path.of(folder, ProcessHandle.current().pid() + ".log");
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, event + " " + System.currentTimeMillis() + " " + test.getName() + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the suite clock " + log, e);
        }
    }
}
