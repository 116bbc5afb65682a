package lifeline.ui.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import lifeline.io.Examples;
import lifeline.model.Scenario;
import lifeline.ui.document.DocumentModel;

/**
 * Shows a check dock on an example in a window, for looking at it: checks at once, then selects
 * the last step and the tab given. Arguments: example [Steps|State|Backtraces|Sequence|Report] [dark].
 */
public final class DockPreview {
    static void show(java.util.List<String> args) throws Exception {
        Stage stage = new Stage();
        String example = args.isEmpty() ? "seed000-binder-leak" : args.get(0);
        String tab = args.size() > 1 ? args.get(1) : "Steps";
        boolean dark = args.contains("dark");
        Scenario s = Examples.load(example).orElseThrow();
        DocumentModel doc = new DocumentModel(s);
        doc.reset(s, null, example);
        Path prefs = Files.createTempDirectory("preview").resolve("check.properties");
        CheckDock dock = new CheckDock(doc, new CheckServices(CheckerSource.located(), new FxUiExecutor(),
                new CheckPreferencesStore(prefs), (k, n, e) -> Optional.empty()));
        String size = args.stream().filter(a -> a.startsWith("size=")).map(a -> a.substring(5)).findFirst()
                .orElse("1400x900");
        Scene scene = new Scene(dock, Integer.parseInt(size.split("x")[0]), Integer.parseInt(size.split("x")[1]));
        scene.getStylesheets().setAll(css("base.css"), css(dark ? "dark.css" : "light.css"));
        stage.setScene(scene);
        stage.show();
        dock.session().completedProperty().addListener((o, a, c) -> {
            if (c != null && !args.contains("first")) {
                Platform.runLater(() -> dock.player().last());
            }
            if (c != null) {
                cycle(dock, tab.split(","), 0);
            }
        });
        dock.session().check();
        if (args.contains("prefs")) {
            Platform.runLater(() -> dock.lookup("#check-preferences").fireEvent(new javafx.event.ActionEvent()));
        }
    }

    /** Shows each tab in turn, saying so on stdout, so that a script can take a screenshot of each. */
    private static void cycle(CheckDock dock, String[] tabs, int i) {
        if (i >= tabs.length) {
            System.out.println("DONE");
            return;
        }
        dock.showTab(tabs[i]);
        javafx.animation.PauseTransition p = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2.5));
        p.setOnFinished(e -> {
            System.out.println("TAB " + tabs[i]);
            javafx.animation.PauseTransition q = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1.5));
            q.setOnFinished(f -> cycle(dock, tabs, i + 1));
            q.play();
        });
        p.play();
    }

    private static String css(String name) {
        return DockPreview.class.getResource("/lifeline/ui/theme/" + name).toExternalForm();
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            try {
                show(java.util.List.of(args));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
