package lifeline.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import lifeline.check.TlcFixture;
import lifeline.edit.EditCommand;
import lifeline.edit.Rename;
import lifeline.io.Examples;
import lifeline.io.ScenarioFiles;
import lifeline.io.ScenarioFormatException;
import lifeline.io.ScenarioJson;
import lifeline.model.Scenario;
import lifeline.ui.check.CheckDock;
import lifeline.ui.check.LiveCheck;
import lifeline.ui.check.LiveVerdict;
import lifeline.ui.document.DocumentModel;
import lifeline.ui.files.SettingsStore;
import lifeline.ui.shell.MainWindow;

/**
 * The main window on an example, for looking at it and taking screenshots: checks at once, selects a step
 * and a tab of the player, then prints READY. Arguments: example (or a *.lifeline.json file)
 * [step=last|first|N] [tab=Steps|State|...] [dark] [nocheck] [size=WxH] [select=ID] [every] [explore]
 * [take=I,J,...] [replay] [violation=N] [random]. {@code random} checks with random runs; {@code every} checks
 * for every violation (with {@code violation=N} it opens violation N's trace through its last step link in the
 * report); {@code explore} explores from the
 * selected step (Explore from here) and takes the choices of the given indices (0 is the first row) in turn
 * ({@code replay}: then applies the fix, re-checks and replays the run on the fixed scenario), then shows the
 * tab. With [rename=ID:NAME] or [fix] it does not press Check but makes that edit (a node's new name, the
 * advised fix) once the window shows, and prints READY when the verdict badge has the verdict of checking as
 * you edit. Run with
 * -Dlifeline.settings=... to keep the user's settings out of it.
 */
public final class AppPreview {
    /** The window shown, whose canvas may be arranging a file without positions. */
    private static MainWindow shown;

    private AppPreview() {}

    static void show(List<String> args) throws ScenarioFormatException {
        String example = args.isEmpty() ? LifelineApp.FIRST_EXAMPLE : args.get(0);
        String step = option(args, "step", "last");
        String tab = option(args, "tab", "Steps");
        String[] size = option(args, "size", "1400x900").split("x");
        Scenario s = example.endsWith(ScenarioJson.EXTENSION) ? ScenarioFiles.load(Path.of(example))
                : Examples.load(example).orElseThrow();
        DocumentModel doc = new DocumentModel(s);
        doc.reset(s, null, example);
        String select = option(args, "select", null);
        if (select != null) {
            doc.selection().select(select);
        }
        // The window takes its theme from the settings, as the app does.
        SettingsStore.user().setDarkTheme(args.contains("dark"));
        Stage stage = new Stage();
        MainWindow window = new MainWindow(stage, doc);
        shown = window;
        Scene scene = window.scene(Integer.parseInt(size[0]), Integer.parseInt(size[1]));
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        String rename = option(args, "rename", null);
        if (rename != null || args.contains("fix")) {
            EditCommand edit = rename != null ? new Rename(rename.split(":", 2)[0], rename.split(":", 2)[1])
                    : TlcFixture.check(s).fix().orElseThrow().command();
            LiveCheck live = window.checks().session().live();
            live.verdictProperty().addListener((o, a, v) -> {
                if (v.check() != null || v.state() == LiveVerdict.State.INVALID) {
                    later(() -> System.out.println("READY"));
                }
            });
            later(() -> doc.execute(edit));
            return;
        }
        if (args.contains("nocheck")) {
            later(() -> System.out.println("READY"));
            return;
        }
        CheckDock dock = window.checks();
        boolean[] shown = new boolean[1];
        dock.session().completedProperty().addListener((o, a, c) -> {
            if (c == null || shown[0]) {
                return; // the first check only (not a check after the fix)
            }
            shown[0] = true;
            Platform.runLater(() -> {
                switch (step) {
                    case "last" -> dock.player().last();
                    case "first" -> dock.player().first();
                    default -> dock.player().select(Integer.parseInt(step) - 1);
                }
                dock.showTab(tab);
                if (args.contains("explore")) {
                    explore(dock, option(args, "take", ""), tab, args.contains("replay"));
                    return;
                }
                String violation = option(args, "violation", null);
                if (violation != null) {
                    List<javafx.scene.control.Hyperlink> links = dock.reportView()
                            .stepLinks(Integer.parseInt(violation));
                    links.get(links.size() - 1).fire();
                    dock.showTab(tab);
                }
                later(() -> System.out.println("READY"));
            });
        });
        dock.session().everyViolationProperty().set(args.contains("every"));
        dock.session().randomRunsProperty().set(args.contains("random"));
        dock.session().check();
    }

    /** Explores from the selected step and takes the listed choices, one when its state's choices are in. */
    private static void explore(CheckDock dock, String take, String tab, boolean replay) {
        java.util.Deque<Integer> choices = new java.util.ArrayDeque<>();
        for (String i : take.split(",")) {
            if (!i.isBlank()) {
                choices.add(Integer.parseInt(i.trim()));
            }
        }
        dock.explore().exploreFromHere();
        Runnable[] step = new Runnable[1];
        step[0] = () -> {
            boolean ready = dock.explore().exploringProperty().get() && !dock.explore().busyProperty().get()
                    && dock.explore().choicesShownFor() == dock.player().selectedIndexProperty().get();
            if (!ready) {
                poll(step[0]);
            } else if (!choices.isEmpty() && !dock.explore().choices().isEmpty()) {
                dock.explore().choose(dock.explore().choices().get(choices.poll()));
                poll(step[0]);
            } else if (replay) {
                replayOnTheFix(dock, tab);
            } else {
                dock.showTab(tab);
                later(() -> System.out.println("READY"));
            }
        };
        poll(step[0]);
    }

    /** Applies the fix, checks again and replays the explored run on the fixed scenario. */
    private static void replayOnTheFix(CheckDock dock, String tab) {
        dock.session().completedProperty().addListener((o, a, c) -> {
            if (c != null && dock.explore().compare().replayProperty().get() == null) {
                Platform.runLater(() -> dock.explore().compare().replayOnCurrentScenario());
            }
        });
        dock.session().applyFixAndRecheck();
        Runnable[] wait = new Runnable[1];
        wait[0] = () -> {
            if (dock.explore().compare().replayProperty().get() == null || dock.explore().busyProperty().get()) {
                poll(wait[0]);
            } else {
                dock.showTab(tab);
                later(() -> System.out.println("READY"));
            }
        };
        poll(wait[0]);
    }

    private static void poll(Runnable r) {
        PauseTransition p = new PauseTransition(Duration.millis(200));
        p.setOnFinished(e -> r.run());
        p.play();
    }

    /** Runs r two seconds from now, and not before an automatic layout under way (off the FX thread) is applied. */
    private static void later(Runnable r) {
        PauseTransition p = new PauseTransition(Duration.seconds(2));
        p.setOnFinished(e -> whenArranged(r));
        p.play();
    }

    private static void whenArranged(Runnable r) {
        ReadOnlyBooleanProperty arranging = shown.canvas().arrangingProperty();
        if (!arranging.get()) {
            r.run();
            return;
        }
        arranging.addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                arranging.removeListener(this);
                Platform.runLater(r);
            }
        });
    }

    private static String option(List<String> args, String name, String otherwise) {
        return args.stream().filter(a -> a.startsWith(name + "=")).map(a -> a.substring(name.length() + 1))
                .findFirst().orElse(otherwise);
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            try {
                show(List.of(args));
            } catch (ScenarioFormatException e) {
                System.err.println(e.getMessage());
                Platform.exit();
            }
        });
    }
}
