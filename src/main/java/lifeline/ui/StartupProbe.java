package lifeline.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark: with -Dlifeline.startupProbe=exit the app prints, once its window has been
 * laid out and painted for the first time and the FX thread is free to take input, how long that took since
 * the JVM started, then quits.
 */
final class StartupProbe {
    static final String PROPERTY = "lifeline.startupProbe";

    private StartupProbe() {}

    static boolean requested() {
        return "exit".equals(System.getProperty(PROPERTY));
    }

    /** Call right after the stage is shown. */
    static void reportWhenInteractive(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // The next pulse paints what this one laid out; a runnable queued now runs once the FX thread is idle.
            Platform.runLater(() -> Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("lifeline: interactive after " + ms + " ms");
                Platform.exit();
            }));
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
