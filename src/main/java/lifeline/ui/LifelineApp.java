package lifeline.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import lifeline.io.Examples;
import lifeline.layout.AutoLayout;
import lifeline.model.Scenario;
import lifeline.tlc.C1Only;
import lifeline.ui.document.DocumentModel;
import lifeline.ui.files.FileType;
import lifeline.ui.shell.MainWindow;

/**
 * The desktop application: one main window, opened on a built-in example, or on the scenario
 * file given as the only argument (a desktop's double-click on a {@code .lifeline.json} file).
 */
public final class LifelineApp extends Application {
    /** The example the window opens on. */
    public static final String FIRST_EXAMPLE = "seed001-epoll-flush-uaf";
    /**
     * The window's size on opening (smaller on a smaller screen): the first example and its trace are whole
     * on the canvas with the check dock open (TraceWindowTest).
     */
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;
    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256);

    private MainWindow window;

    public static void launch(String[] args) {
        Thread jit = new Thread(C1Only::fromNow, "c1-only"); // beside the TLC children (C1Only)
        jit.setDaemon(true);
        jit.start();
        Application.launch(LifelineApp.class, args);
    }

    /**
     * True for the one argument the app takes instead of the command line: the path of a scenario
     * file ({@code *.lifeline.json}), as the desktop entry's {@code %f} passes it.
     */
    public static boolean isScenarioArgument(String arg) {
        return arg.toLowerCase(Locale.ROOT).endsWith(FileType.SCENARIO.extension());
    }

    /** The scenario file the arguments name, if they are one such argument (see above). */
    static Optional<Path> scenarioArgument(List<String> args) {
        return args.size() == 1 && isScenarioArgument(args.get(0)) ? Optional.of(Path.of(args.get(0)))
                : Optional.empty();
    }

    @Override
    public void start(Stage stage) {
        start(stage, scenarioArgument(getParameters() == null ? List.of() : getParameters().getRaw()));
    }

    /** Opens the main window on the first example, then on {@code file} if there is one. */
    public void start(Stage stage, Optional<Path> file) {
        Scenario first = Examples.load(FIRST_EXAMPLE).orElseThrow();
        DocumentModel doc = new DocumentModel(first);
        doc.reset(first, null, FIRST_EXAMPLE);
        window = new MainWindow(stage, doc);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = window.scene(Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        stage.setScene(scene);
        setIcons(stage);
        stage.setOnCloseRequest(e -> {
            if (!window.files().confirmDiscard()) {
                e.consume();
            }
        });
        stage.show();
        file.ifPresent(window.files()::load);
        if (StartupProbe.requested()) {
            StartupProbe.reportWhenInteractive(scene);
        }
        warmUpLayout();
    }

    /**
     * A few seconds after the window is up, loads the automatic layout on a background thread, so that the
     * first View > Arrange Automatically takes a tenth of a second rather than two.
     */
    private static void warmUpLayout() {
        PauseTransition wait = new PauseTransition(Duration.seconds(3));
        wait.setOnFinished(e -> {
            Thread t = new Thread(AutoLayout::warmUp, "layout-warm-up");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        });
        wait.play();
    }

    public MainWindow window() {
        return window;
    }

    /** The app's icon in every size, replacing any the stage has (a test's stage shows many windows). */
    private static void setIcons(Stage stage) {
        List<Image> icons = new java.util.ArrayList<>();
        for (int size : ICON_SIZES) {
            var url = LifelineApp.class.getResource("/lifeline/ui/icons/lifeline-" + size + ".png");
            if (url != null) {
                icons.add(new Image(url.toExternalForm()));
            }
        }
        stage.getIcons().setAll(icons);
    }
}
