package lifeline.ui;

import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import lifeline.io.Examples;
import lifeline.model.Scenario;
import lifeline.ui.document.DocumentModel;
import lifeline.ui.shell.MainWindow;
import lifeline.ui.shell.Themes;

/** The desktop application: one main window, opened on a built-in example. */
public final class LifelineApp extends Application {
    /** The example the window opens on. */
    public static final String FIRST_EXAMPLE = "seed001-epoll-flush-uaf";
    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256);

    private MainWindow window;

    public static void launch(String[] args) {
        Application.launch(LifelineApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Scenario first = Examples.load(FIRST_EXAMPLE).orElseThrow();
        DocumentModel doc = new DocumentModel(first);
        doc.reset(first, null, FIRST_EXAMPLE);
        window = new MainWindow(stage, doc);
        Scene scene = new Scene(window.load(), 1280, 800);
        Themes.apply(scene, false);
        stage.setScene(scene);
        addIcons(stage);
        stage.setOnCloseRequest(e -> {
            if (!window.files().confirmDiscard()) {
                e.consume();
            }
        });
        stage.show();
        if (StartupProbe.requested()) {
            StartupProbe.reportWhenInteractive(scene);
        }
    }

    public MainWindow window() {
        return window;
    }

    private static void addIcons(Stage stage) {
        for (int size : ICON_SIZES) {
            var url = LifelineApp.class.getResource("/lifeline/ui/icons/lifeline-" + size + ".png");
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm()));
            }
        }
    }
}
