package lifeline.ui.tla;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.util.Duration;
import lifeline.model.Problem;
import lifeline.model.Scenario;
import lifeline.spec.BaseModules;
import lifeline.spec.GeneratedModel;
import lifeline.spec.ModelGenerator;

/**
 * What the TLA+ tab shows: one of the files the export writes, regenerated a moment after the
 * scenario stops changing, or the validator's problems when there is no model to show. Its MC.cfg is
 * the one the next check runs: with random runs chosen, that of random runs ({@code export --simulate}).
 * Confined to the FX application thread.
 */
public final class TlaViewModel {
    /** How long the scenario must stay still before the text is regenerated. */
    public static final Duration DEBOUNCE = Duration.millis(200);

    /** The files of an export, by what they are. */
    public enum Source {
        MODULE("MC.tla"), CONFIG("MC.cfg"), BASE(BaseModules.LIFELINE + ".tla");

        private final String fileName;

        Source(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }
    }

    /** The text of one file, or (when the scenario is not valid) why there is none. */
    public record Content(Source source, String text, List<Problem> problems) {
        public boolean hasText() {
            return problems.isEmpty();
        }
    }

    private final ObservableValue<Scenario> scenario;
    private final ObservableValue<Boolean> randomRuns;
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source", Source.MODULE);
    private final ReadOnlyObjectWrapper<Content> content = new ReadOnlyObjectWrapper<>(this, "content");
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private Scenario generatedFrom;
    private GeneratedModel model;
    private final ObservableValue<List<Problem>> problemsOf;
    private List<Problem> problems = List.of();

    /**
     * Shows the scenario's model, or its problems, which the caller found with the scenario (the document);
     * {@code randomRuns} says whether the next check makes random runs.
     */
    public TlaViewModel(ObservableValue<Scenario> scenario, ObservableValue<List<Problem>> problemsOf,
                        ObservableValue<Boolean> randomRuns) {
        this.scenario = scenario;
        this.problemsOf = problemsOf;
        this.randomRuns = randomRuns;
        debounce.setOnFinished(e -> refreshNow());
        scenario.addListener((o, was, now) -> debounce.playFromStart());
        source.addListener((o, was, now) -> show());
        randomRuns.addListener((o, was, now) -> show());
        refreshNow();
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public ReadOnlyObjectProperty<Content> contentProperty() {
        return content.getReadOnlyProperty();
    }

    /** Regenerates now rather than after the pause (for tests, and when the tab is opened). */
    public void refreshNow() {
        debounce.stop();
        Scenario s = scenario.getValue();
        if (s != generatedFrom) {
            generatedFrom = s;
            problems = problemsOf.getValue();
            model = problems.isEmpty() ? generate(s) : null;
        }
        show();
    }

    private GeneratedModel generate(Scenario s) {
        try {
            return ModelGenerator.generate(s);
        } catch (RuntimeException e) {
            // A generator bug must not take the editor down with it; say so where the text would be.
            problems = List.of(new Problem("the TLA+ generator", "failed: " + e));
            return null;
        }
    }

    private void show() {
        Source src = source.get();
        if (src == Source.BASE) {
            content.set(new Content(src, BaseModules.lifeline(), List.of()));
        } else if (!problems.isEmpty()) {
            content.set(new Content(src, "", problems));
        } else {
            GeneratedModel shown = model.forRandomRuns(Boolean.TRUE.equals(randomRuns.getValue()));
            content.set(new Content(src, shown.files().get(src.fileName()), List.of()));
        }
    }
}
