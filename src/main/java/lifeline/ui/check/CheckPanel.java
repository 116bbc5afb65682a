package lifeline.ui.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import lifeline.fix.Fix;
import lifeline.io.IoErrors;
import lifeline.model.Property;
import lifeline.tlc.TlcSimulation;
import lifeline.ui.trace.TraceExport;

/**
 * Check and Cancel, the live numbers while TLC runs, the result banner (green pass, red violation,
 * amber error), the fix advised for the violation the player shows with "Apply fix and re-check", export and
 * the preferences.
 */
public final class CheckPanel extends VBox {
    static final String EVERY_BEHAVIOUR = "Exhaustive";
    static final String RANDOM_RUNS = "Random runs";
    private final CheckSession session;
    private final TraceExport export;
    private final Button check = new Button("Check");
    private final Button cancel = new Button("Cancel");
    private final ChoiceBox<String> mode = new ChoiceBox<>();
    private final Button preferences = new Button("Preferences\u2026");
    private final CheckBox every = new CheckBox("Every violation");
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label checked = new Label();
    private final Label phase = new Label();
    private final VBox banner = new VBox();
    private final Label headline = new Label();
    private final Label result = new Label();
    private final Label stale = new Label("The scenario changed since this check: check again.");
    private final VBox fixBox = new VBox();
    private final Label fixTitle = new Label();
    private final Label fixWhy = new Label();
    private final Button applyFix = new Button("Apply fix and re-check");
    private final MenuButton exportButton = new MenuButton("Export trace");
    private final Label exportStatus = new Label();
    private final CheckBox asYouEdit = new CheckBox("Check as you edit");

    public CheckPanel(CheckSession session, TraceExport export) {
        this.session = session;
        this.export = export;
        CheckStyles.addTo(this, "check-panel");
        asYouEdit.setId("check-as-you-edit");
        asYouEdit.setTooltip(new Tooltip("Check every edit in the background; the verdict shows on the canvas. "
                + "Turns itself off for a scenario whose check takes longer than the limit in Preferences."));
        asYouEdit.selectedProperty().bindBidirectional(session.live().enabledProperty());
        getChildren().addAll(buttons(), asYouEdit, phase, banner(), fixBox(), numbers(), checked, exportRow());
        bind();
    }

    private FlowPane buttons() {
        check.getStyleClass().add("check-button");
        check.setId("check-button");
        check.setDefaultButton(false);
        check.setOnAction(e -> session.check());
        cancel.setId("cancel-button");
        cancel.setOnAction(e -> session.cancel());
        spinner.setPrefSize(20, 20);
        spinner.setMaxSize(20, 20);
        check.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        preferences.setMinWidth(Region.USE_PREF_SIZE);
        preferences.setId("check-preferences");
        preferences.setOnAction(e -> editPreferences());
        mode.getItems().addAll(EVERY_BEHAVIOUR, RANDOM_RUNS);
        mode.setValue(session.randomRunsProperty().get() ? RANDOM_RUNS : EVERY_BEHAVIOUR);
        mode.valueProperty().addListener((o, a, v) -> session.randomRunsProperty().set(RANDOM_RUNS.equals(v)));
        session.randomRunsProperty().addListener((o, a, random) -> mode.setValue(random ? RANDOM_RUNS : EVERY_BEHAVIOUR));
        mode.setId("check-mode");
        mode.setTooltip(new Tooltip("Exhaustive: every behaviour is checked. Random runs: "
                + TlcSimulation.DEFAULT_WALKS + " random runs of up to " + TlcSimulation.DEFAULT_DEPTH
                + " steps, for scenarios too big to check; they find violations but prove nothing."));
        mode.disableProperty().bind(session.runningProperty());
        mode.setMinWidth(Region.USE_PREF_SIZE);
        // Wraps Preferences to a second line when the dock is too narrow for all of them.
        every.setId("check-every");
        every.selectedProperty().bindBidirectional(session.everyViolationProperty());
        every.disableProperty().bind(session.runningProperty().or(session.randomRunsProperty()));
        every.setTooltip(new Tooltip("Go on after the first violation: every distinct violation (by property, "
                + "object and where it was freed or lost), each with its shortest trace, in the Report tab. "
                + "Exhaustive checks only: random runs stop at the first."));
        every.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane row = new FlowPane(6, 6, CheckButtons.explained(check, session), mode, every, cancel, spinner,
                preferences);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private GridPane numbers() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("numbers");
        CheckProgress p = session.progress();
        cell(grid, 0, 0, "Elapsed", Bindings.createStringBinding(() -> Numbers.seconds(p.elapsedProperty().get()),
                p.elapsedProperty()));
        cell(grid, 1, 0, "Rate", Bindings.createStringBinding(() -> Numbers.rate(p.rateProperty().get(),
                p.distinctStatesProperty().get()), p.rateProperty(), p.distinctStatesProperty()));
        cell(grid, 0, 1, "Generated", Bindings.createStringBinding(() -> Numbers.count(
                p.statesGeneratedProperty().get()), p.statesGeneratedProperty()));
        cell(grid, 1, 1, "Distinct", Bindings.createStringBinding(() -> Numbers.count(
                p.distinctStatesProperty().get()), p.distinctStatesProperty()));
        cell(grid, 0, 2, "Queue", Bindings.createStringBinding(() -> Numbers.count(p.queueSizeProperty().get()),
                p.queueSizeProperty()));
        cell(grid, 1, 2, "Depth", Bindings.createStringBinding(() -> Numbers.count(p.depthProperty().get()),
                p.depthProperty()));
        // The numbers of this document's check: none before its first, none left from another document's.
        grid.visibleProperty().bind(session.statusProperty().isNotEqualTo(CheckStatus.NONE));
        grid.managedProperty().bind(grid.visibleProperty());
        return grid;
    }

    private static void cell(GridPane grid, int column, int row, String name,
                             javafx.beans.value.ObservableValue<String> value) {
        Label n = new Label(name);
        n.getStyleClass().addAll("muted", "number-name");
        n.setMinWidth(Region.USE_PREF_SIZE); // in a narrow dock the values give way, never the names
        Label v = new Label();
        v.getStyleClass().add("value");
        v.setId("number-" + name.toLowerCase());
        v.textProperty().bind(value);
        grid.add(n, 2 * column, row);
        grid.add(v, 2 * column + 1, row);
    }

    private VBox banner() {
        banner.getStyleClass().add("banner");
        banner.setId("check-banner");
        headline.getStyleClass().add("headline");
        headline.setWrapText(true);
        result.getStyleClass().add("result");
        result.setId("check-result");
        result.setWrapText(true);
        stale.getStyleClass().add("stale");
        stale.setWrapText(true);
        banner.getChildren().addAll(headline, result, stale);
        return banner;
    }

    private VBox fixBox() {
        fixBox.getStyleClass().add("fix-box");
        fixTitle.getStyleClass().add("fix-title");
        fixTitle.setId("fix-title");
        fixTitle.setWrapText(true);
        fixWhy.setId("fix-why");
        fixWhy.setWrapText(true);
        fixWhy.getStyleClass().add("muted");
        applyFix.setId("apply-fix");
        applyFix.setOnAction(e -> session.applyFixAndRecheck());
        fixBox.getChildren().addAll(fixTitle, fixWhy, applyFix);
        return fixBox;
    }

    private VBox exportRow() {
        MenuItem text = new MenuItem("As text\u2026");
        text.setId("export-text");
        text.setOnAction(e -> export(TraceExport.Format.TEXT));
        MenuItem json = new MenuItem("As JSON\u2026");
        json.setId("export-json");
        json.setOnAction(e -> export(TraceExport.Format.JSON));
        exportButton.getItems().addAll(text, json);
        exportButton.setId("export-button");
        exportStatus.getStyleClass().add("muted");
        exportStatus.setWrapText(true);
        return new VBox(4, exportButton, exportStatus);
    }

    private void bind() {
        cancel.disableProperty().bind(session.runningProperty().not());
        spinner.visibleProperty().bind(session.runningProperty());
        checked.textProperty().bind(Bindings.createStringBinding(() -> (session.propertiesProperty().get().isEmpty()
                ? "Checks nothing: no property chosen" : "Checks " + session.propertiesProperty().get().stream()
                .map(Property::tlaName).collect(Collectors.joining(", "))) + " \u00b7 "
                + (session.preferencesProperty().get().detailedTrace() ? "detailed trace" : "fused model"),
                session.propertiesProperty(), session.preferencesProperty()));
        checked.getStyleClass().add("muted");
        checked.setWrapText(true);
        phase.textProperty().bind(session.progress().phaseProperty());
        phase.getStyleClass().addAll("muted", "phase");
        phase.visibleProperty().bind(session.runningProperty());
        phase.managedProperty().bind(session.runningProperty());
        headline.textProperty().bind(session.headlineProperty());
        headline.visibleProperty().bind(session.headlineProperty().isNotEmpty());
        headline.managedProperty().bind(headline.visibleProperty());
        result.textProperty().bind(session.resultTextProperty());
        stale.visibleProperty().bind(session.staleProperty());
        stale.managedProperty().bind(session.staleProperty());
        session.statusProperty().addListener((o, a, s) -> showStatus(s));
        showStatus(session.statusProperty().get());
        session.fixProperty().addListener((o, a, f) -> showFix(f));
        showFix(session.fixProperty().get());
        fixTitle.textProperty().bind(fixTitleText());
        applyFix.disableProperty().bind(session.runningProperty());
        // A trace to export: a violation's, not a pass, a cancelled or a failed check.
        exportButton.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            CompletedCheck c = session.completedProperty().get();
            return c == null || c.result().trace().isEmpty();
        }, session.completedProperty()).or(session.runningProperty()));
        session.completedProperty().addListener((o, a, c) -> exportStatus.setText(""));
    }

    /**
     * Pseudo-classes, not style classes: a changed style class makes JavaFX set the banner's CSS up anew, twice
     * a check (running, then the verdict).
     */
    private void showStatus(CheckStatus s) {
        for (CheckStatus each : CheckStatus.values()) {
            if (each != CheckStatus.NONE) {
                banner.pseudoClassStateChanged(PseudoClass.getPseudoClass(each.name().toLowerCase()), each == s);
            }
        }
        banner.setVisible(s != CheckStatus.NONE);
        banner.setManaged(s != CheckStatus.NONE);
    }

    private void showFix(Fix f) {
        fixBox.setVisible(f != null);
        fixBox.setManaged(f != null);
        if (f != null) {
            fixWhy.setText(f.why());
        }
    }

    /**
     * "Fix (seed 003): title", and while the player shows one of several violations, which one the fix is for:
     * "Fix for violation 2 of 5 (seed 003): title". On the shown violation too, not only on the fix: violations
     * 2 and 3 may share one fix.
     */
    private StringBinding fixTitleText() {
        return Bindings.createStringBinding(() -> {
            Fix f = session.fixProperty().get();
            String which = ShownViolation.words(session.shownViolationProperty().get(),
                    session.violationsProperty().get());
            return f == null ? "" : "Fix" + (which.isEmpty() ? "" : " for " + which) + " (" + f.story() + "): "
                    + f.title();
        }, session.fixProperty(), session.shownViolationProperty(), session.violationsProperty());
    }

    private void export(TraceExport.Format format) {
        CompletedCheck c = session.completedProperty().get();
        if (c == null) {
            return;
        }
        try {
            Optional<Path> file = export.export(format, c.target(), c.request(), c.result());
            file.ifPresent(p -> exportStatus.setText("Exported to " + p));
        } catch (IOException e) {
            exportStatus.setText("Export failed: " + IoErrors.describe(e));
        } catch (RuntimeException e) {
            exportStatus.setText("Export failed: " + e.getMessage());
        }
    }

    private void editPreferences() {
        CheckPreferencesDialog dialog = new CheckPreferencesDialog(session.preferencesProperty().get());
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
            dialog.getDialogPane().getStylesheets().addAll(0, getScene().getStylesheets());
        }
        dialog.showAndWait().ifPresent(session::setPreferences);
    }
}
