package lifeline.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import lifeline.io.Examples;
import lifeline.ui.canvas.CanvasView;
import lifeline.ui.check.CheckButtons;
import lifeline.ui.check.CheckDock;
import lifeline.ui.check.CheckServices;
import lifeline.ui.check.VerdictBadge;
import lifeline.ui.document.DocumentModel;
import lifeline.ui.files.FileActions;
import lifeline.ui.files.FileDialogs;
import lifeline.ui.files.FxFileDialogs;
import lifeline.ui.files.RecentFiles;
import lifeline.ui.files.RecentMenu;
import lifeline.ui.files.SettingsStore;
import lifeline.ui.inspector.InspectorView;
import lifeline.ui.palette.PaletteView;
import lifeline.ui.tla.TlaView;

/** The main window: puts the views in their slots and turns menu and toolbar actions into calls. */
public final class MainWindow {
    private final Stage stage;
    private final DocumentModel doc;
    private final CanvasView canvas;
    private final EditActions edits;
    private final FileDialogs dialogs;
    private final SettingsStore settings;
    private CheckDock checks;
    private final CheckServices checkServices; // null: the application's
    private FileActions files;

    @FXML private BorderPane root;
    @FXML private javafx.scene.control.MenuBar menuBar;
    @FXML private StackPane paletteSlot;
    @FXML private StackPane canvasSlot;
    @FXML private StackPane tlaSlot;
    @FXML private StackPane inspectorSlot;
    @FXML private StackPane checkSlot;
    @FXML private SplitPane centerSplit;
    @FXML private MenuItem checkItem;
    @FXML private MenuItem cancelCheckItem;
    @FXML private Button checkButton;
    @FXML private StackPane checkHolder;
    @FXML private TabPane tabs;
    @FXML private Tab canvasTab;
    @FXML private Tab tlaTab;
    @FXML private Menu examplesMenu;
    @FXML private Menu recentMenu;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private MenuItem arrangeItem;
    @FXML private CheckMenuItem snapItem;
    @FXML private CheckMenuItem darkItem;
    @FXML private Label statusLabel;
    @FXML private Label validityLabel;
    @FXML private Label zoomLabel;

    public MainWindow(Stage stage, DocumentModel doc) {
        this(stage, doc, new FxFileDialogs(stage), SettingsStore.user(), null);
    }

    /**
     * With other dialogs, settings and check services (null: the application's, whose runner keeps a TLC
     * child started ahead of the next check): tests script the dialogs, keep settings in a temporary file
     * and check on a runner that leaves no child waiting when the test ends.
     */
    public MainWindow(Stage stage, DocumentModel doc, FileDialogs dialogs, SettingsStore settings,
                      CheckServices checkServices) {
        this.stage = stage;
        this.doc = doc;
        this.dialogs = dialogs;
        this.settings = settings;
        this.checkServices = checkServices;
        this.canvas = new CanvasView(doc);
        this.edits = new EditActions(doc);
    }

    /**
     * Loads the layout and wires it into a scene of the given size, in the theme the user chose last: styled
     * once, before it is shown. The stage (a test's shows one window after another) keeps nothing of it.
     */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(load(), width, height);
        Themes.apply(scene, darkItem.isSelected());
        return scene;
    }

    /** Loads the layout and wires it; returns the root to put in a scene. */
    public Parent load() {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("/lifeline/ui/shell/MainWindow.fxml"));
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FXML
    private void initialize() {
        // The check dock comes below; its mode is read when Export TLA+ is chosen.
        files = new FileActions(doc, canvas, dialogs, new RecentFiles(settings),
                () -> checks.session().randomRunsProperty().get());
        new RecentMenu(recentMenu, files);
        paletteSlot.getChildren().add(new PaletteView(doc));
        canvasSlot.getChildren().add(canvas);
        // The spec view (a code area and a generator) is built when its tab is first shown: a faster start.
        tlaTab.selectedProperty().addListener((o, was, shown) -> {
            if (shown && tlaSlot.getChildren().isEmpty()) {
                tlaSlot.getChildren().add(new TlaView(doc, checks.session().randomRunsProperty()));
            }
        });
        inspectorSlot.getChildren().add(new InspectorView(doc));
        checks = new CheckDock(doc, checkServices);
        checkSlot.getChildren().add(checks);
        doc.selection().ids().addListener((SetChangeListener<String>) c -> {
            if (doc.selection().ids().size() == 1) {
                checks.chooseNode(doc.selection().ids().iterator().next());
            }
        });
        checks.drawStepsWith(canvas::showStep);
        canvas.setOnBannerClick(checks.player()::toggleSelectedInPlace);
        // The dock stays out of the way while editing and opens when a check starts.
        checkSlot.setMinHeight(0);
        centerSplit.setDividerPositions(1.0);
        checks.session().runningProperty().addListener((o, was, running) -> {
            if (running) {
                openCheckDock();
            }
        });
        new VerdictBadge(checks.session().live(), () -> {
            openCheckDock();
            checks.showTab("Steps");
        }).placeOver(canvasSlot);
        checkItem.disableProperty().bind(checks.session().checkBlockedProperty().isNotEmpty());
        CheckButtons.explain(checkButton, checkHolder, checks.session());
        cancelCheckItem.disableProperty().bind(checks.session().runningProperty().not());
        for (String name : Examples.names()) {
            MenuItem item = new MenuItem(name);
            item.setId("example-" + name);
            item.setOnAction(e -> {
                if (files.confirmDiscard()) {
                    files.openExample(name);
                }
            });
            examplesMenu.getItems().add(item);
        }
        bind();
    }

    private void bind() {
        stage.titleProperty().bind(doc.titleProperty());
        undoItem.textProperty().bind(doc.undoTextProperty());
        redoItem.textProperty().bind(doc.redoTextProperty());
        undoItem.disableProperty().bind(doc.canUndoProperty().not());
        redoItem.disableProperty().bind(doc.canRedoProperty().not());
        undoButton.disableProperty().bind(doc.canUndoProperty().not());
        redoButton.disableProperty().bind(doc.canRedoProperty().not());
        statusLabel.textProperty().bind(doc.statusProperty());
        canvas.snapToGridProperty().bindBidirectional(snapItem.selectedProperty());
        arrangeItem.disableProperty().bind(canvas.arrangingProperty());
        zoomLabel.textProperty().bind(canvas.zoomProperty().multiply(100).asString("%.0f%%"));
        doc.problemsProperty().addListener((o, a, p) -> showValidity());
        darkItem.setSelected(settings.darkTheme());
        darkItem.selectedProperty().addListener((o, a, dark) -> {
            Themes.apply(stage.getScene(), dark);
            settings.setDarkTheme(dark);
        });
        showValidity();
    }

    private void showValidity() {
        int n = doc.problemsProperty().get().size();
        validityLabel.setText(n == 0 ? "valid" : n == 1 ? "1 problem" : n + " problems");
        validityLabel.getStyleClass().setAll("status-validity", n == 0 ? "valid" : "invalid");
    }

    private void openCheckDock() {
        if (centerSplit.getDividerPositions()[0] > 0.9) {
            centerSplit.setDividerPositions(0.58);
        }
    }

    public CanvasView canvas() {
        return canvas;
    }

    public FileActions files() {
        return files;
    }

    @FXML private void onNew() { files.newDocument(); }
    @FXML private void onOpen() { files.open(); }
    @FXML private void onSave() { files.save(); }
    @FXML private void onSaveAs() { files.saveAs(); }
    @FXML private void onExportTla() { files.exportTla(); }
    @FXML private void onExportImage() { files.exportImage(); }

    @FXML
    private void onQuit() {
        if (files.confirmDiscard()) {
            stage.close();
        }
    }

    @FXML private void onUndo() { doc.undo(); }
    @FXML private void onRedo() { doc.redo(); }
    @FXML private void onCut() { edits.cut(); }
    @FXML private void onCopy() { edits.copy(); }
    @FXML private void onPaste() { edits.paste(); }
    @FXML private void onDelete() { edits.delete(); }
    @FXML private void onSelectAll() { edits.selectAll(); }
    @FXML private void onZoomIn() { canvas.zoomIn(); }
    @FXML private void onZoomOut() { canvas.zoomOut(); }
    @FXML private void onZoomReset() { canvas.zoomReset(); }
    @FXML private void onZoomFit() { canvas.zoomToFit(); }
    @FXML private void onArrange() { canvas.arrangeAutomatically(); }
    @FXML private void onCheck() { checks.session().check(); }
    @FXML private void onCancelCheck() { checks.session().cancel(); }

    public CheckDock checks() {
        return checks;
    }

    @FXML private void onShowCanvas() { tabs.getSelectionModel().select(canvasTab); }
    @FXML private void onShowTla() { tabs.getSelectionModel().select(tlaTab); }

    @FXML
    private void onLegend() {
        HelpWindows.legend(stage).show();
    }

    @FXML
    private void onShortcuts() {
        HelpWindows.shortcuts(stage, menuBar).show();
    }

    @FXML
    private void onAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(stage);
        about.setTitle("About Lifeline");
        about.setHeaderText("Lifeline 0.1");
        about.setContentText("A model checker for the lifetimes of Linux kernel objects: close, exit, fput, "
                + "__fput and release, checked with TLC.");
        about.show();
    }
}
