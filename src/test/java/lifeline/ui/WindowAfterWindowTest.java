package lifeline.ui;

import static lifeline.ui.files.AppHarness.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import java.util.Optional;
import javafx.application.Platform;
import javafx.stage.Stage;
import lifeline.ui.shell.MainWindow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * A stage that shows one main window after another (a test's stage does, for every test) keeps nothing of
 * the windows before: neither a listener of the window's, nor its check dock (which ends its work when its
 * scene leaves the stage), nor its icons. Kept, each earlier window would stay in memory (and, when it kept
 * a listener that applied the saved theme, restyle every later scene).
 */
@WindowTest
class WindowAfterWindowTest {
    private Stage stage;

    @BeforeAll
    static void keepTheToolkitWhenAWindowCloses() {
        Platform.setImplicitExit(false);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private LifelineApp shown() {
        LifelineApp app = new LifelineApp();
        app.start(stage, Optional.empty());
        return app;
    }

    @Test
    void aWindowShownAfterAnotherLeavesTheFirstToTheGarbageCollector() throws Exception {
        WeakReference<MainWindow> first = onFx(() -> new WeakReference<>(shown().window()));
        int icons = onFx(() -> stage.getIcons().size());
        onFx(this::shown);

        for (int i = 0; i < 50 && first.get() != null; i++) {
            System.gc();
            Thread.sleep(50);
        }
        assertNull(first.get(), "the first window is still reachable after the second replaced it");
        assertEquals(icons, (int) onFx(() -> stage.getIcons().size()), "the icons of one window");
    }
}
