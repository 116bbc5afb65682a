package lifeline.ui.shell;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import lifeline.ui.canvas.CanvasView;
import lifeline.ui.canvas.skin.Badge;
import lifeline.ui.trace.StepList;
import lifeline.ui.trace.TracePlayer;

/**
 * Help > Legend and Help > Keyboard Shortcuts. The legend draws its samples with the canvas's own styles
 * (the same badges, marks and colours), so it cannot drift from what the canvas shows; the shortcuts are read
 * from the menus' accelerators, plus the keys of the canvas and the trace player that no menu holds.
 */
public final class HelpWindows {
    private static final String CANVAS_CSS = "/lifeline/ui/canvas/canvas.css";
    /** Keys that belong to a view rather than to a menu item. */
    private static final List<String[]> VIEW_KEYS = List.of(
            new String[] {"Canvas: move the selection a grid step (five with Shift)", "Arrow keys"},
            new String[] {"Canvas: pan", "Space + drag, or the middle button"},
            new String[] {"Canvas: zoom at the pointer", "Ctrl + wheel"},
            new String[] {"Canvas: add to the selection", "Shift + click"},
            new String[] {"Canvas: stop a drag, else clear the selection", "Esc"},
            new String[] {"Objects palette: add the focused kind at the centre of the view", "Enter or Space"},
            new String[] {"Inspector: apply a typed value (a text area: with Ctrl)", "Enter"},
            new String[] {"Inspector: put back the value before typing", "Esc"},
            new String[] {"Trace player: previous / next step", "Left / Right"},
            new String[] {"Trace player: first / last step", "Home / End"},
            new String[] {"Step list: open a folded step (\u25B8) in place, or fold it back", "Double click"},
            new String[] {"Canvas during a trace: open the shown step in place, or fold it", "Click the step banner"},
            new String[] {"Explore: take the chosen step", "Enter"});

    private HelpWindows() {
    }

    static Alert legend(Stage owner) {
        GridPane grid = grid("help-legend");
        int row = 0;
        row = heading(grid, row, "Cards: the kind of object");
        for (String[] kind : new String[][] {{"process", "a process (a task with a files_struct)"},
                {"file", "a driver file (struct file and the driver's flush, release, poll)"},
                {"epoll", "an epoll file (its epitems sit on the wait queues of the files it watches)"},
                {"binder", "a binder file (binder_proc, its work done by the kworker)"},
                {"kworker", "the kworker that runs deferred binder work"},
                {"device", "a kref'd device that driver files are opened on"},
                {"hook", "a close hook that wraps close for a process"}}) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch");
            swatch.setStyle("-fx-background-color: -ll-kind-" + kind[0] + ";");
            swatch.setMinSize(28, 14);
            swatch.setMaxSize(28, 14);
            row = add(grid, row, swatch, kind[1]);
        }
        row = heading(grid, row, "Chips on a card");
        row = add(grid, row, Badge.warn("wq: flush"), "orange: a known bug pattern (a free in flush, kfree on unplug, "
                + "open without kref_get, a pointer to f_path)");
        row = add(grid, row, Badge.ok("wq: release"), "green: the lifetime done right (the fix of that pattern)");
        row = add(grid, row, Badge.info("pollable"), "grey: a plain fact about the object");
        row = heading(grid, row, "During a trace");
        row = add(grid, row, mark("f_count 0", "tone-changed"), "blue: changed by this step");
        row = add(grid, row, mark("wait queue freed", "tone-freed"), "struck through: freed by this step or before");
        row = add(grid, row, mark("wait queue", "tone-fault"), "red: where the fault or the leak is");
        row = add(grid, row, ring("-ll-accent"), "a blue ring: the task that ran this step");
        row = add(grid, row, ring("-ll-bad"), "a red ring: the object of the fault or the leak");
        row = add(grid, row, line("-ll-muted", "6 4", 0.45), "faded and dashed: an fd closed or an epitem removed");
        row = heading(grid, row, "Steps of a trace (step list and sequence chart)");
        row = add(grid, row, StepList.roleChip(TracePlayer.FREED_HERE), "the step that freed the object of a "
                + "use-after-free or double free");
        row = add(grid, row, StepList.roleChip(TracePlayer.USED_HERE), "the step that touched (or freed) it again");
        row = add(grid, row, StepList.roleChip(TracePlayer.LOST_HERE), "a leak: the step after which nothing could"
                + " free the object");
        row = add(grid, row, StepList.heldChip("tgid 1200"), "beside lost here: what still holds the leaked object "
                + "(also on its card and on the holder's card)");
        row = add(grid, row, stepMark("!"), "red: the step that faulted, or the last state of a leak");
        row = add(grid, row, stepMark("\u25B8 7"), "a folded step: several kernel steps of the checked model; a "
                + "double click (or a click on the canvas's step banner) opens it in place");
        row = heading(grid, row, "Lines");
        row = add(grid, row, line("-ll-muted", null, 1), "fd: a process's fd slot points at the file");
        row = add(grid, row, line("-ll-kind-epoll", "6 4", 1), "watch: the epoll has an epitem on the file");
        row = add(grid, row, line("-ll-kind-device", "2 3", 1), "opened on: the file holds (or forgot) a kref");
        add(grid, row, line("-ll-kind-hook", null, 1), "hook: the close hook wraps close for the process");
        return dialog(owner, "Legend", "What the canvas shows", grid);
    }

    static Alert shortcuts(Stage owner, MenuBar bar) {
        GridPane grid = grid("help-shortcuts");
        int row = 0;
        for (Menu m : bar.getMenus()) {
            row = addMenu(grid, row, m, plain(m.getText()));
        }
        for (String[] k : VIEW_KEYS) {
            row = add(grid, row, key(k[1]), k[0]);
        }
        return dialog(owner, "Keyboard Shortcuts", "Keyboard shortcuts", grid);
    }

    /** Every item of the menu and its submenus with an accelerator, as "Menu > Submenu > Item". */
    private static int addMenu(GridPane grid, int row, Menu menu, String path) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                row = addMenu(grid, row, sub, path + " > " + plain(sub.getText()));
            } else if (item.getAccelerator() != null && item.getText() != null) {
                row = add(grid, row, key(item.getAccelerator().getDisplayText()), path + " > " + plain(item.getText()));
            }
        }
        return row;
    }

    /** The keys of the views that no menu item holds, as listed: {what it does, the key}. */
    public static List<String[]> viewKeys() {
        return VIEW_KEYS;
    }

    private static Label stepMark(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold; -fx-text-fill: " + (text.equals("!") ? "-ll-bad" : "-ll-muted") + ";");
        return l;
    }

    private static String plain(String menuText) {
        return menuText.replace("_", "").replace("\u2026", "");
    }

    private static Label key(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("help-key");
        l.setStyle("-fx-font-family: monospace; -fx-font-weight: bold;");
        return l;
    }

    private static StackPane mark(String text, String tone) {
        StackPane b = Badge.info(text);
        b.getStyleClass().add("mark");
        b.pseudoClassStateChanged(PseudoClass.getPseudoClass(tone), true);
        return b;
    }

    private static Region ring(String colour) {
        Region r = new Region();
        r.setMinSize(40, 18);
        r.setMaxSize(40, 18);
        r.setStyle("-fx-background-color: -ll-node; -fx-background-radius: 5; -fx-border-color: " + colour
                + "; -fx-border-width: 2.5; -fx-border-radius: 6;");
        return r;
    }

    private static Line line(String colour, String dashes, double opacity) {
        Line l = new Line(0, 0, 40, 0);
        l.setStyle("-fx-stroke: " + colour + "; -fx-stroke-width: 1.6;"
                + (dashes == null ? "" : " -fx-stroke-dash-array: " + dashes + ";"));
        l.setOpacity(opacity);
        return l;
    }

    private static GridPane grid(String id) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 8, 4, 4));
        // The canvas's colours and badge styles, as on the canvas.
        grid.getStyleClass().add("canvas-view");
        grid.getStylesheets().add(CanvasView.class.getResource(CANVAS_CSS).toExternalForm());
        return grid;
    }

    private static int heading(GridPane grid, int row, String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        l.setPadding(new Insets(row == 0 ? 0 : 8, 0, 0, 0));
        grid.add(l, 0, row, 2, 1);
        return row + 1;
    }

    private static int add(GridPane grid, int row, Node sample, String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(430);
        grid.add(sample, 0, row);
        grid.add(l, 1, row);
        GridPane.setFillWidth(sample, false); // a chip as on a card, not stretched to the column
        GridPane.setFillHeight(sample, false);
        GridPane.setValignment(sample, javafx.geometry.VPos.CENTER);
        return row + 1;
    }

    private static Alert dialog(Stage owner, String title, String header, GridPane grid) {
        Alert a = new Alert(Alert.AlertType.NONE);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(header);
        a.getButtonTypes().setAll(javafx.scene.control.ButtonType.CLOSE);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        // As tall as the window allows (at most 560 px): the list reads without scrolling where it fits.
        double room = owner == null ? 560 : owner.getHeight() - 220;
        scroll.setPrefViewportHeight(Math.max(240, Math.min(560, room)));
        scroll.setPrefViewportWidth(600);
        a.getDialogPane().setContent(scroll);
        a.setResizable(true);
        if (owner != null && owner.getScene() != null && a.getDialogPane().getScene() != null) {
            a.getDialogPane().getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        return a;
    }
}
