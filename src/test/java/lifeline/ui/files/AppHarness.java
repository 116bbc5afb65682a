package lifeline.ui.files;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import lifeline.check.TlcFixture;
import lifeline.io.Examples;
import lifeline.model.Scenario;
import lifeline.ui.LifelineApp;
import lifeline.ui.check.CheckPreferencesStore;
import lifeline.ui.check.CheckServices;
import lifeline.ui.check.CheckSession;
import lifeline.ui.check.CheckStatus;
import lifeline.ui.check.CheckerSource;
import lifeline.ui.check.FxUiExecutor;
import lifeline.ui.document.DocumentModel;
import lifeline.ui.shell.MainWindow;
import lifeline.ui.tla.TlaView;
import lifeline.ui.trace.FileChooserExportDialog;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window as LifelineApp builds it, but with scripted dialogs, a temporary settings store and the
 * suite's TLC runner.
 */
public final class AppHarness {
    public final Stage stage;
    public final DocumentModel doc;
    public final MainWindow window;
    public final ScriptedDialogs dialogs = new ScriptedDialogs();
    public final SettingsStore settings;

    /** Call on the FX thread (from @Start). */
    public AppHarness(Stage stage, Path settingsFile) {
        this.stage = stage;
        this.settings = new SettingsStore(settingsFile);
        Scenario first = Examples.load(LifelineApp.FIRST_EXAMPLE).orElseThrow();
        doc = new DocumentModel(first);
        doc.reset(first, null, LifelineApp.FIRST_EXAMPLE);
        // The app's dock, but on the suite's TLC runner: each check starts its TLC child when it starts, and no
        // child waits for a next check that the test never makes (one CPU-second each on two cores).
        CheckServices checks = new CheckServices(CheckerSource.of(TlcFixture.checker()), new FxUiExecutor(),
                CheckPreferencesStore.user(), new FileChooserExportDialog(() -> stage));
        window = new MainWindow(stage, doc, dialogs, settings, checks);
        Scene scene = window.scene(LifelineApp.WIDTH, LifelineApp.HEIGHT);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!window.files().confirmDiscard()) {
                e.consume();
            }
        });
        stage.show();
    }

    /**
     * Brings the TLA+ tab up to date now rather than after its pause: a refresh that fires once
     * the test has hidden the window would style nodes of a hidden scene (harmless, but it floods
     * the log with unresolved colours).
     */
    public void settle() {
        onFx(() -> {
            if (stage.getScene().lookup(".tla-view") instanceof TlaView view) {
                view.model().refreshNow();
            }
        });
    }

    /** Clicks the card of P1 and presses F5, as a user checks; returns once the check has ended. */
    public void checkWithF5(FxRobot robot) throws Exception {
        robot.clickOn(centreOf("#node-P1")).type(javafx.scene.input.KeyCode.F5);
        awaitCheck();
    }

    /**
     * Where on the screen the node's centre is, read on the FX thread: TestFX's clickOn(query) reads the
     * scene's bounds on the test's thread, which met a layout under way on a busy machine (a child list
     * half updated) after an example had just opened.
     */
    public Point2D centreOf(String query) {
        return centreOf(stage.getScene(), query);
    }

    /** Where on the screen the centre of the scene's node that query finds is, read on the FX thread. */
    public static Point2D centreOf(Scene scene, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return centreOf(onFx(() -> scene.lookup(query)));
    }

    /** Where on the screen the node's centre is, read on the FX thread. */
    public static Point2D centreOf(Node node) {
        return onFx(() -> {
            Bounds b = node.localToScreen(node.getBoundsInLocal());
            return new Point2D(b.getCenterX(), b.getCenterY());
        });
    }

    /**
     * Clicks the centre of the node that query finds ({@link #centreOf(Scene, String)}) and waits until the
     * node that focused finds holds the keyboard's focus, or one inside it: keys typed sooner would go where
     * the focus was. Once on CI (stop 27) End, typed after TestFX's own clickOn(".step-list"), which reads
     * the list's place on the test's thread, left the trace player on its first step; not reproduced here.
     */
    public static void clickToFocus(FxRobot robot, Scene scene, String query, String focused) throws Exception {
        robot.clickOn(centreOf(scene, query));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> inside(scene.getFocusOwner(),
                scene.lookup(focused))));
    }

    /** Whether n is area or a node inside it. */
    public static boolean inside(Node n, Node area) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == area) {
                return true;
            }
        }
        return false;
    }

    /** Waits until the check under way has ended, with a verdict or stopped. */
    public void awaitCheck() throws Exception {
        CheckSession session = window.checks().session();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !session.runningProperty().get()
                && session.statusProperty().get() != CheckStatus.RUNNING
                && session.statusProperty().get() != CheckStatus.NONE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public FileActions files() {
        return window.files();
    }

    public static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(work));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void onFx(Runnable work) {
        onFx(() -> {
            work.run();
            return null;
        });
    }

    /** Fires a menu item by id (found anywhere in the menu bar), as a click on it would. */
    public void fire(String id) {
        onFx(() -> item(id).fire());
    }

    public MenuItem item(String id) {
        MenuBar bar = (MenuBar) stage.getScene().lookup(".menu-bar");
        for (Menu m : bar.getMenus()) {
            MenuItem found = find(m, id);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    private static MenuItem find(MenuItem item, String id) {
        if (id.equals(item.getId())) {
            return item;
        }
        if (item instanceof Menu menu) {
            for (MenuItem child : menu.getItems()) {
                MenuItem found = find(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
