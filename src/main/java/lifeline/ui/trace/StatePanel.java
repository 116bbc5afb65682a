package lifeline.ui.trace;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import lifeline.trace.Change;
import lifeline.trace.FieldRef;
import lifeline.trace.ObjectKey;
import lifeline.trace.ObjectView;
import lifeline.trace.TraceStep;

/**
 * Every kernel object's fields at the selected step, what the step changed highlighted down to
 * the field; a filter, pins, and jumps to the previous or next change of the chosen object.
 */
public final class StatePanel extends BorderPane implements PlayerView {
    private final TracePlayer player;
    private final WhenShown follow = new WhenShown(this::refresh);
    private final FlowPane cards = new FlowPane();
    private final Map<ObjectKey, ObjectCard> byKey = new LinkedHashMap<>();
    private final ChoiceBox<StateFilter> filter = new ChoiceBox<>();
    private final Label chosen = new Label();
    private final Button previousChange = new Button("\u25c0 Previous change");
    private final Button nextChange = new Button("Next change \u25b6");

    public StatePanel(TracePlayer player) {
        this.player = player;
        TraceStyles.addTo(this, "state-panel");
        filter.getItems().setAll(StateFilter.values());
        filter.setValue(player.filterProperty().get());
        filter.valueProperty().addListener((o, a, f) -> player.setFilter(f));
        filter.setTooltip(new Tooltip("Which objects to show"));
        chosen.getStyleClass().add("muted");
        chosen.setMinWidth(0);
        HBox.setHgrow(chosen, Priority.ALWAYS);
        chosen.setMaxWidth(Double.MAX_VALUE);
        // The filter and the buttons keep their words; the hint beside them gives way.
        filter.setMinWidth(Region.USE_PREF_SIZE);
        previousChange.setMinWidth(Region.USE_PREF_SIZE);
        nextChange.setMinWidth(Region.USE_PREF_SIZE);
        previousChange.setId("previous-change");
        nextChange.setId("next-change");
        previousChange.setOnAction(e -> player.previousChange());
        nextChange.setOnAction(e -> player.nextChange());
        HBox bar = new HBox(filter, chosen, previousChange, nextChange);
        bar.getStyleClass().add("toolbar-row");
        setTop(bar);
        cards.getStyleClass().add("cards");
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        player.traceProperty().addListener((o, a, t) -> rebuild());
        player.selectedStepProperty().addListener((o, a, s) -> follow.request());
        player.filterProperty().addListener((o, a, f) -> {
            filter.setValue(f);
            follow.request();
        });
        player.selectedObjectProperty().addListener((o, a, k) -> follow.request());
        player.pinned().addListener((SetChangeListener<ObjectKey>) c -> follow.request());
        rebuild();
    }

    private void rebuild() {
        byKey.clear();
        cards.getChildren().clear();
        TraceStep s = player.selectedStepProperty().get();
        if (s != null) {
            for (ObjectView v : s.objects()) {
                ensureCard(v.key());
            }
        }
        follow.request();
    }

    @Override
    public void setShowing(boolean showing) {
        follow.setShowing(showing);
    }

    private ObjectCard ensureCard(ObjectKey key) {
        return byKey.computeIfAbsent(key, k -> {
            ObjectCard card = new ObjectCard(k, () -> player.togglePin(k), () -> player.selectObject(k));
            cards.getChildren().add(card);
            return card;
        });
    }

    private void refresh() {
        TraceStep s = player.selectedStepProperty().get();
        ObjectKey selected = player.selectedObjectProperty().get();
        if (s == null) {
            byKey.values().forEach(c -> show(c, false));
            chosen.setText("");
            previousChange.setDisable(true);
            nextChange.setDisable(true);
            return;
        }
        Map<ObjectKey, Map<String, Change>> changes = new HashMap<>();
        for (Change c : s.changes()) {
            changes.computeIfAbsent(c.objectKey(), k -> new LinkedHashMap<>()).put(c.field(), c);
        }
        Map<ObjectKey, ObjectView> views = new HashMap<>();
        for (ObjectView v : s.objects()) {
            views.put(v.key(), v);
            ensureCard(v.key());
        }
        StateFilter f = player.filterProperty().get();
        Set<FieldRef> leaked = player.leakedAt(player.selectedIndexProperty().get()).stream().map(FieldRef::of)
                .flatMap(Optional::stream).collect(Collectors.toSet());
        for (ObjectCard card : byKey.values()) {
            ObjectView v = views.get(card.key());
            Map<String, Change> mine = changes.getOrDefault(card.key(), Map.of());
            Set<String> leaks = leaked.stream().filter(l -> l.objectKey().equals(card.key())).map(FieldRef::field)
                    .collect(Collectors.toSet());
            boolean pinned = player.pinned().contains(card.key());
            boolean visible = v != null && (f == StateFilter.ALL || f == StateFilter.CHANGED && (!mine.isEmpty()
                    || !leaks.isEmpty())
                    || f == StateFilter.PINNED && pinned);
            show(card, visible);
            if (visible) {
                card.update(v, mine, leaks, pinned, card.key().equals(selected));
            }
        }
        ObjectView sel = selected == null ? null : views.get(selected);
        chosen.setText(sel == null ? "Click an object to jump between its changes" : sel.label() + " (" + sel.kind()
                + ")");
        previousChange.setDisable(!player.hasPreviousChange(selected));
        nextChange.setDisable(!player.hasNextChange(selected));
    }

    private static void show(ObjectCard c, boolean visible) {
        if (c.isVisible() != visible) {
            c.setVisible(visible);
            c.setManaged(visible);
        }
    }

    /** Whether the field is shown as leaked at the selected step. */
    public boolean isLeaked(ObjectKey objectKey, String field) {
        ObjectCard c = byKey.get(objectKey);
        return c != null && c.isVisible() && c.leaked(field);
    }

    /** The label showing a field's value at the selected step, when that object is shown. */
    public Optional<Label> valueLabel(ObjectKey objectKey, String field) {
        ObjectCard c = byKey.get(objectKey);
        return c == null || !c.isVisible() ? Optional.empty() : Optional.ofNullable(c.valueLabel(field));
    }
}
