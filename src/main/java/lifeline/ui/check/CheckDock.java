package lifeline.ui.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import lifeline.check.AllViolationsText;
import lifeline.check.CheckResult;
import lifeline.check.FoundViolation;
import lifeline.check.Verdict;
import lifeline.trace.Holder;
import lifeline.trace.Mark;
import lifeline.trace.Naming;
import lifeline.trace.ObjRef;
import lifeline.trace.ObjectKind;
import lifeline.trace.StepPicture;
import lifeline.trace.TraceStep;
import lifeline.trace.report.CauseAndEffect;
import lifeline.ui.document.DocumentModel;
import lifeline.ui.trace.BacktracePanel;
import lifeline.ui.trace.PlayerView;
import lifeline.ui.trace.ReportView;
import lifeline.ui.trace.SequenceChart;
import lifeline.ui.trace.StatePanel;
import lifeline.ui.trace.StepList;
import lifeline.ui.trace.StepPosition;
import lifeline.ui.trace.TraceExport;
import lifeline.ui.trace.TracePlayer;
import lifeline.ui.trace.TraceSubject;
import lifeline.ui.trace.TransportBar;

/**
 * The check panel on the left and the trace player on the right (transport controls over the
 * tabs Steps, State, Backtraces, Sequence, Report): one node for the main window's bottom dock.
 * Left/Right/Home/End step through the trace while the player has the focus.
 */
public final class CheckDock extends SplitPane {
    /** As tall as a bottom dock wants to be; the window decides. */
    public static final double PREF_HEIGHT = 320;

    private final CheckSession session;
    private final TracePlayer player;
    private final CheckPanel checkPanel;
    private final TransportBar transport;
    private final StepList steps;
    private final StatePanel state;
    private final BacktracePanel backtraces;
    private final SequenceChart sequence;
    private final ReportView report;
    private final ExploreSession explore;
    private final ComparePanel compare;
    private final TabPane tabs = new TabPane();
    private final VBox playerArea;
    private final EventHandler<WindowEvent> endWhenHidden = e -> end();
    private Window shownIn; // the window whose closing ends this dock's work
    private boolean ended;
    private final ReadOnlyObjectWrapper<StepPicture> stepPicture =
            new ReadOnlyObjectWrapper<>(this, "stepPicture", StepPicture.NONE);

    /** The application's dock: located TLC, a background thread, the user's preferences, a file chooser. */
    public CheckDock(DocumentModel doc) {
        this(doc, null);
    }

    /** A dock with the given services; null means the application's. */
    public CheckDock(DocumentModel doc, CheckServices services) {
        CheckServices s = services != null ? services
                : CheckServices.application(() -> getScene() == null ? null : getScene().getWindow());
        session = new CheckSession(doc, s.checkers(), s.executor(), s.preferences());
        player = new TracePlayer(s.executor());
        // The Fix box and Apply follow the violation the player shows (the Report tab's links pick it).
        session.shownViolationProperty().bind(ShownViolation.in(player, session.violationsProperty()));
        checkPanel = new CheckPanel(session, new TraceExport(s.exportDialog()));
        transport = new TransportBar(player);
        steps = new StepList(player);
        state = new StatePanel(player);
        backtraces = new BacktracePanel(player);
        sequence = new SequenceChart(player);
        report = new ReportView(player);
        explore = new ExploreSession(doc, s.checkers(), s.executor(), player, session);
        compare = new ComparePanel(explore);
        ScrollPane sequenceScroll = new ScrollPane(sequence);
        sequenceScroll.setFitToWidth(true);
        sequenceScroll.setFitToHeight(true);
        tabs.getTabs().addAll(tab("Steps", steps, steps), tab("State", state, state),
                tab("Backtraces", backtraces, backtraces), tab("Sequence", sequenceScroll, sequence),
                tab("Report", report, null), tab("Explore", new ExplorePanel(explore), null));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        playerArea = new VBox(transport, tabs);
        playerArea.getStyleClass().add("player-area");
        // A filter: the step list and the scroll panes would otherwise take the arrows for themselves.
        playerArea.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        ScrollPane left = new ScrollPane(checkPanel);
        left.setFitToWidth(true);
        // At its least in the 1280 px opening width, where the player needs the rest for its transport bar
        // (TraceWindowTest); wider when the user drags the divider.
        left.setMinWidth(290);
        left.setPrefWidth(290);
        left.setMaxWidth(380);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        CheckStyles.addTo(this, "check-dock");
        setOrientation(Orientation.HORIZONTAL);
        setPrefHeight(PREF_HEIGHT);
        getItems().addAll(left, playerArea);
        SplitPane.setResizableWithParent(left, false);
        openAtPreferredWidth(left);
        session.completedProperty().addListener((o, a, c) -> {
            showResult(c);
            showViolations(session.violationsProperty().get()); // in the Report tab, over the first's report
        });
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((f, before, after) -> keepFocus(before, after));
                scene.windowProperty().addListener((w, was, window) -> endWith(window));
                endWith(scene.getWindow());
            }
        });
        player.selectedStepProperty().addListener(o -> refreshOverlay());
        player.selectedIndexProperty().addListener(o -> compare.followPlayer());
        Tab compareTab = tab("Compare", compare, null); // there while a replay is
        explore.compare().replayProperty().addListener((o, a, r) -> {
            if (r == null) {
                tabs.getTabs().remove(compareTab);
                return;
            }
            if (!tabs.getTabs().contains(compareTab)) {
                tabs.getTabs().add(compareTab);
            }
            showTab("Compare"); // the two runs side by side
            compare.followPlayer();
        });
        session.staleProperty().addListener(o -> refreshOverlay());
        explore.violationProperty().addListener((o, a, v) -> {
            if (explore.exploringProperty().get()) {
                report.show(v == null ? "" : v.report(), "No report: no checked property is violated at this step.");
            }
        });
    }

    /**
     * Checking and exploring end with the window: when it is hidden, or when this dock's scene leaves it
     * (a stage that shows one scene after another, as a test's does), the work under way is interrupted,
     * its TLC children end and no child waits for a next check (the application's JVM may live on, with
     * other windows or tests). The window keeps no reference to the dock once its work has ended.
     */
    private void endWith(Window window) {
        if (window == shownIn || ended) {
            return;
        }
        if (shownIn != null) {
            end(); // the scene left its window
            return;
        }
        shownIn = window;
        if (window != null) {
            window.addEventHandler(WindowEvent.WINDOW_HIDDEN, endWhenHidden);
        }
    }

    private void end() {
        ended = true;
        if (shownIn != null) {
            shownIn.removeEventHandler(WindowEvent.WINDOW_HIDDEN, endWhenHidden);
        }
        explore.dispose();
        session.dispose();
    }

    /** A tab whose view works only while the tab is selected. */
    private static Tab tab(String title, javafx.scene.Node content, PlayerView view) {
        Tab t = new Tab(title, content);
        t.setId("tab-" + title.toLowerCase());
        if (view != null) {
            t.selectedProperty().addListener((o, a, selected) -> view.setShowing(selected));
            view.setShowing(t.isSelected());
        }
        return t;
    }

    /**
     * A player button that greys out while it has the focus (Next at the last step, Next change after the
     * last change) would hand the focus to the next control of the window, the inspector's Name field, where
     * the arrows move a caret and typing renames. The focus stays in the player instead.
     */
    private void keepFocus(javafx.scene.Node before, javafx.scene.Node after) {
        if (before != null && before.isDisabled() && inside(before, playerArea) && (after == null
                || !inside(after, playerArea))) {
            // After the scene's own clean-up, which would move the focus on from the greyed button.
            javafx.application.Platform.runLater(tabs::requestFocus);
        }
    }

    private static boolean inside(javafx.scene.Node n, javafx.scene.Node area) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (p == area) {
                return true;
            }
        }
        return false;
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case LEFT:
                player.previous();
                break;
            case RIGHT:
                player.next();
                break;
            case HOME:
                player.first();
                break;
            case END:
                player.last();
                break;
            default:
                return;
        }
        e.consume();
    }

    private void showResult(CompletedCheck c) {
        if (c == null) {
            player.clear();
            report.show("", session.runningProperty().get() ? "Checking\u2026" : "");
            return;
        }
        CheckResult r = c.result();
        if (r.verdict() == Verdict.VIOLATION && r.trace().isPresent()) {
            player.load(r.trace().get(), r.naming(), r.violated().orElse(null), r.story());
        } else {
            player.clear();
        }
        report.show(r.report(), r.verdict() == Verdict.PASS ? "No report: every checked property holds."
                : r.message());
    }

    /**
     * Every distinct violation of a check that collected them all, in the Report tab: each violation's step links
     * open its own trace in the player, which says which violation it shows.
     */
    private void showViolations(List<FoundViolation> all) {
        CompletedCheck c = session.completedProperty().get();
        if (all.isEmpty() || c == null) {
            return;
        }
        Naming naming = c.result().naming();
        List<ReportView.Part> parts = new ArrayList<>();
        parts.add(new ReportView.Part(AllViolationsText.header(all, c.result().violationsCaveat()).strip() + "\n",
                null));
        for (int i = 0; i < all.size(); i++) {
            FoundViolation v = all.get(i);
            TraceSubject which = ShownViolation.subject(i, all);
            parts.add(new ReportView.Part(AllViolationsText.section(i, v), () -> {
                // The subject, not the trace, tells which violation is shown (see ShownViolation); the one shown
                // stays as it is, with its steps opened or only the relevant ones.
                if (!player.subjectProperty().get().is(v)) {
                    player.load(v.trace(), naming, v.site().property(), v.story(), which);
                }
            }));
        }
        report.show(parts, "");
    }

    /** The selected step as the canvas draws it, while the trace belongs to the scenario on the canvas. */
    private void refreshOverlay() {
        TraceStep step = player.selectedStepProperty().get();
        Naming naming = player.namingProperty().get();
        if (session.staleProperty().get() || step == null || naming == null) {
            stepPicture.set(StepPicture.NONE);
            return;
        }
        int i = player.selectedIndexProperty().get();
        StepPicture picture = StepPicture.of(step, naming, player.leakedAt(i));
        ObjRef storyObject = player.story().object();
        if (player.rolesAt(i).contains(TracePlayer.LOST_HERE)) {
            picture = withHolders(picture, naming);
        }
        for (String role : player.rolesAt(i)) {
            picture = picture.withFaultMark(naming.nodeId(storyObject.id()),
                    new Mark(role + ": " + storyObject.kind().words(), Mark.Tone.FAULT));
        }
        stepPicture.set(picture);
    }

    /**
     * At the step where a leak is lost: what still holds it (the spec's HeldBy), under "lost here" on the
     * leak's card, and "holds ..." on the card of the holder's owner when that is another node.
     */
    private StepPicture withHolders(StepPicture picture, Naming naming) {
        CauseAndEffect story = player.story();
        String leakNode = naming.nodeId(story.object().id());
        List<String> brief = story.heldBriefly(naming);
        for (int k = brief.size() - 1; k >= 0; k--) {
            picture = picture.withMark(leakNode, new Mark("held by " + brief.get(k), Mark.Tone.CHANGED));
        }
        for (Holder h : story.holders()) {
            String owner = naming.nodeId(h.owner().id());
            if (!owner.equals(leakNode) && naming.scenario().node(owner).isPresent()) {
                picture = picture.withMark(owner, new Mark("holds " + story.object().kind().words(),
                        Mark.Tone.CHANGED));
            }
        }
        return picture;
    }

    /**
     * Makes the object of a scenario node the State panel's chosen object (the one "previous change" and "next
     * change" follow), when the shown trace belongs to the drawing: a click on a card during a trace.
     */
    public void chooseNode(String nodeId) {
        TraceStep step = player.selectedStepProperty().get();
        if (step == null || session.staleProperty().get()) {
            return;
        }
        step.objects().stream().filter(v -> v.node().equals(nodeId) && v.kind() != ObjectKind.TASK).findFirst()
                .ifPresent(v -> player.selectObject(v.key()));
    }

    public CheckSession session() { return session; }
    /** The user's own runs, shown in this dock's player (the Explore tab). */
    public ExploreSession explore() { return explore; }
    public TracePlayer player() { return player; }
    /**
     * The selected step as the canvas should draw it; {@link StepPicture#NONE} when no step is selected or the
     * scenario has changed since the check.
     */
    public ReadOnlyObjectProperty<StepPicture> stepPictureProperty() { return stepPicture.getReadOnlyProperty(); }

    /**
     * Calls draw with the picture and the caption of every step selected from now on. An invalidation listener:
     * two steps can look the same on the canvas (equal pictures) and still differ in the caption.
     */
    public void drawStepsWith(BiConsumer<StepPicture, String> draw) {
        stepPicture.addListener(o -> draw.accept(stepPicture.get(), StepPosition.caption(player)));
    }

    public CheckPanel checkPanel() { return checkPanel; }
    public TransportBar transport() { return transport; }
    public StepList stepList() { return steps; }
    public StatePanel statePanel() { return state; }
    public BacktracePanel backtracePanel() { return backtraces; }
    public SequenceChart sequenceChart() { return sequence; }
    public ReportView reportView() { return report; }
    public TabPane tabs() { return tabs; }

    /** The Compare tab (shown after a replay): a run and its replay on the fixed scenario side by side. */
    public ComparePanel comparePanel() { return compare; }

    /** Shows the tab of that title ("Steps", "State", "Backtraces", "Sequence", "Report", "Explore", "Compare"). */
    public void showTab(String title) {
        tabs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /**
     * Puts the divider where {@code left} gets its preferred width once the dock first has a width: a split
     * pane would give it half the dock (up to its maximum), leaving the player's transport bar too little.
     */
    private void openAtPreferredWidth(Region left) {
        widthProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> o, Number was, Number w) {
                if (w.doubleValue() > 0) {
                    widthProperty().removeListener(this);
                    setDividerPosition(0, left.getPrefWidth() / w.doubleValue());
                }
            }
        });
    }
}
