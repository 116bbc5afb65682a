package lifeline.ui.trace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import lifeline.model.Property;
import lifeline.trace.KernelTrace;
import lifeline.trace.Naming;
import lifeline.trace.ObjRef;
import lifeline.trace.ObjectKey;
import lifeline.trace.TraceStep;
import lifeline.trace.report.CauseAndEffect;
import lifeline.trace.report.RelevantSteps;

/**
 * The trace player's state: which rows of the trace are shown (every kernel step, a folded step opened in
 * place, relevant steps only), the selected row (which the views and the canvas overlay follow), the object
 * whose changes to jump between, pinned objects and the state filter; {@link #playback()} plays through the
 * rows. Changed only through its commands. Confined to the FX application thread.
 */
public final class TracePlayer {
    public static final String FREED_HERE = "freed here";
    public static final String USED_HERE = "used here";
    public static final String LOST_HERE = "lost here";

    private final Playback playback;
    private final ReadOnlyObjectWrapper<KernelTrace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ReadOnlyObjectWrapper<Naming> naming = new ReadOnlyObjectWrapper<>(this, "naming");
    private final ReadOnlyObjectWrapper<TraceSubject> subject =
            new ReadOnlyObjectWrapper<>(this, "subject", TraceSubject.NONE);
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(this, "selectedIndex", -1);
    /** Bound to the selected index and the trace: nothing sets it by hand. */
    private final ReadOnlyObjectWrapper<TraceStep> selectedStep = new ReadOnlyObjectWrapper<>(this, "selectedStep");
    private final ReadOnlyObjectWrapper<StateFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter",
            StateFilter.ALL);
    private final ReadOnlyObjectWrapper<ObjectKey> selectedObject = new ReadOnlyObjectWrapper<>(this, "selectedObject");
    private final ObservableSet<ObjectKey> pinned = FXCollections.observableSet(new LinkedHashSet<>());
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyBooleanWrapper relevantOnly = new ReadOnlyBooleanWrapper(this, "relevantOnly");
    private TraceIndex index = TraceIndex.EMPTY;
    private List<ObjRef> leaks = List.of();
    private KernelTrace loaded;
    private CauseAndEffect story = CauseAndEffect.NONE;
    private Set<Integer> relevant = Set.of();
    private int lastKernelStep = 1;
    private final Set<Integer> openedInPlace = new HashSet<>();

    public TracePlayer(Ticker ticker) {
        playback = new Playback(this, ticker);
        selectedStep.bind(Bindings.createObjectBinding(this::stepAtSelection, selectedIndex, trace));
        // A step opened in place after folding it again comes back at the kernel step last looked at.
        selectedStep.addListener((o, was, s) -> {
            if (s != null && !s.isFolded()) {
                lastKernelStep = s.number();
            }
        });
    }

    /** Playing through the shown rows: a new trace or none stops it. */
    public Playback playback() {
        return playback;
    }

    private TraceStep stepAtSelection() {
        int i = selectedIndex.get();
        KernelTrace t = trace.get();
        return t == null || i < 0 || i >= t.size() ? null : t.steps().get(i);
    }

    /** Shows a new trace from its first step; pins and the chosen object stay when the new trace has them. */
    public void load(KernelTrace t, Naming n) {
        load(t, n, null, CauseAndEffect.NONE);
    }

    /**
     * Shows a trace that violates property (null when unknown) with the story its check or run worked out for
     * it; a NoLeak trace marks what leaked at its end.
     */
    public void load(KernelTrace t, Naming n, Property violated, CauseAndEffect story) {
        load(t, n, violated, story, TraceSubject.NONE);
    }

    /**
     * As {@link #load(KernelTrace, Naming, Property, CauseAndEffect)}, saying which violation it is when a check
     * found several ("Violation 2 of 3"; {@link TraceSubject#NONE} for none).
     */
    public void load(KernelTrace t, Naming n, Property violated, CauseAndEffect story, TraceSubject which) {
        playback.pause();
        subject.set(which);
        loaded = t;
        this.story = story;
        relevant = RelevantSteps.of(t, story);
        leaks = violated == Property.NO_LEAK ? t.leaks() : List.of();
        open.set(t.isOpen());
        openedInPlace.clear();
        relevantOnly.set(false);
        selectedIndex.set(-1);
        naming.set(n);
        show(t);
        select(0);
    }

    private void show(KernelTrace t) {
        index = new TraceIndex(t, violationIn(t));
        trace.set(t);
    }

    /** The step a violation shows at: the one that faulted (used here), or a leak's last step. */
    private int violationIn(KernelTrace t) {
        if (story.usedAt().isPresent()) {
            int used = story.usedAt().getAsInt();
            for (int i = 0; i < t.size(); i++) {
                if (t.steps().get(i).holds(used)) {
                    return i;
                }
            }
        }
        return t.size() - 1;
    }

    /** Shows every kernel step, or folds them into the checked model's steps; keeps the selected kernel step. */
    public void setOpen(boolean opened) {
        if (loaded != null && opened != open.get()) {
            open.set(opened);
            reshow();
        }
    }

    /**
     * In the folded view, opens the folded step at index in place into its kernel steps, or folds the kernel
     * step at index back into its step; does nothing in the opened view.
     */
    public void toggleInPlace(int i) {
        if (loaded == null || open.get() || i < 0 || i >= size()) {
            return;
        }
        TraceStep s = steps().get(i);
        if (s.isFolded()) {
            openedInPlace.add(s.tlcState());
            lastKernelStep = s.firstNumber();
        } else if (!openedInPlace.remove(s.tlcState())) {
            return;
        }
        reshow();
    }

    /** Shows only the steps that tell the story (see RelevantSteps), or every step again. */
    public void setRelevantOnly(boolean only) {
        if (loaded != null && only != relevantOnly.get()) {
            relevantOnly.set(only);
            reshow();
        }
    }

    private void reshow() {
        TraceStep was = selectedStep.get();
        int number = was == null ? 1 : !was.isFolded() ? was.number()
                : was.holds(lastKernelStep) ? lastKernelStep : was.firstNumber();
        KernelTrace t = open.get() ? loaded.opened() : loaded.openedAt(openedInPlace);
        if (relevantOnly.get()) {
            t = t.only(relevant);
        }
        selectedIndex.set(-1);
        show(t);
        int at = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.steps().get(i).firstNumber() <= number) {
                at = i;
            }
        }
        select(at);
    }

    /** How many kernel steps the relevant-steps view hides. */
    public int hiddenByRelevance() {
        return loaded == null ? 0 : loaded.kernelSteps().size() - relevant.size();
    }

    /** The violation's story: freed, used and lost here, numbered like the kernel steps. */
    public CauseAndEffect story() {
        return story;
    }

    /** What the step at index does in the story: "freed here", "used here", "lost here", or none. */
    public List<String> rolesAt(int i) {
        if (i < 0 || i >= size()) {
            return List.of();
        }
        TraceStep s = steps().get(i);
        List<String> roles = new ArrayList<>();
        story.freedAt().ifPresent(n -> { if (s.holds(n)) { roles.add(FREED_HERE); } });
        story.usedAt().ifPresent(n -> { if (s.holds(n)) { roles.add(USED_HERE); } });
        story.lostAt().ifPresent(n -> { if (s.holds(n)) { roles.add(LOST_HERE); } });
        return roles;
    }

    /** The index of the shown step holding kernel step n, or -1. */
    public int indexOfKernelStep(int n) {
        List<TraceStep> steps = steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).holds(n)) {
                return i;
            }
        }
        return -1;
    }

    public void clear() {
        playback.pause();
        loaded = null;
        openedInPlace.clear();
        story = CauseAndEffect.NONE;
        relevant = Set.of();
        index = TraceIndex.EMPTY;
        leaks = List.of();
        selectedIndex.set(-1);
        trace.set(null);
        naming.set(null);
        subject.set(TraceSubject.NONE);
    }

    public int size() {
        KernelTrace t = trace.get();
        return t == null ? 0 : t.size();
    }

    public List<TraceStep> steps() {
        KernelTrace t = trace.get();
        return t == null ? List.of() : t.steps();
    }

    /** Selects the step at index (0 is the initial state), clamped to the trace. */
    public void select(int i) {
        int n = size();
        if (n == 0) {
            return;
        }
        int clamped = Math.max(0, Math.min(n - 1, i));
        selectedIndex.set(clamped);
    }

    /** Selects the shown step numbered so (1 is the initial state); false when the trace has none. */
    public boolean selectNumber(int number) {
        List<TraceStep> steps = steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).number() == number) {
                select(i);
                return true;
            }
        }
        return false;
    }

    public void first() { select(0); }
    public void last() { select(size() - 1); }
    public void next() { select(selectedIndex.get() + 1); }
    public void previous() { select(selectedIndex.get() - 1); }

    /** The object whose changes {@link #nextChange()} and {@link #previousChange()} jump between. */
    public void selectObject(ObjectKey key) {
        selectedObject.set(key);
    }

    /** Jumps to the next step that changes the selected object; false when there is none. */
    public boolean nextChange() {
        ObjectKey key = selectedObject.get();
        return key != null && jump(index.nextChange(key, selectedIndex.get()));
    }

    /** Jumps to the last step before this one that changed the selected object. */
    public boolean previousChange() {
        ObjectKey key = selectedObject.get();
        return key != null && jump(index.previousChange(key, selectedIndex.get()));
    }

    public boolean hasNextChange(ObjectKey key) {
        return key != null && index.nextChange(key, selectedIndex.get()) >= 0;
    }

    public boolean hasPreviousChange(ObjectKey key) {
        return key != null && index.previousChange(key, selectedIndex.get()) >= 0;
    }

    private boolean jump(int i) {
        if (i < 0) {
            return false;
        }
        select(i);
        return true;
    }

    public void togglePin(ObjectKey key) {
        if (!pinned.remove(key)) {
            pinned.add(key);
        }
    }

    public void setFilter(StateFilter f) {
        filter.set(f);
    }

    /** Whether the step at index changed the object. */
    public boolean changedAt(int i, ObjectKey key) {
        return index.changed(i, key);
    }

    /** What opening in place would do to a step: open a folded step, fold a kernel step opened in place. */
    public enum InPlace { OPEN, FOLD, NONE }

    /** What {@link #toggleInPlace} would do to the step at index. */
    public InPlace inPlace(int i) {
        if (loaded == null || open.get() || i < 0 || i >= size()) {
            return InPlace.NONE;
        }
        TraceStep s = steps().get(i);
        return s.isFolded() ? InPlace.OPEN : openedInPlace.contains(s.tlcState()) ? InPlace.FOLD : InPlace.NONE;
    }

    /** Opens the selected step in place, or folds it back (a click on the canvas's step banner). */
    public void toggleSelectedInPlace() {
        toggleInPlace(selectedIndex.get());
    }

    /** Whether the step at index is the violating one (the last state of the trace). */
    public boolean isViolation(int i) {
        return size() > 0 && i == index.violation();
    }

    /** Whether the step at index faulted or is the violating one: what the views mark red. */
    public boolean isFaulting(int i) {
        return i >= 0 && i < size() && (isViolation(i) || !steps().get(i).newFaults().isEmpty());
    }

    /** The objects leaked at the step at index: the spec's leak set at a NoLeak violation's last step, else none. */
    public List<ObjRef> leakedAt(int i) {
        return isViolation(i) ? leaks : List.of();
    }

    public ReadOnlyObjectProperty<KernelTrace> traceProperty() { return trace.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Naming> namingProperty() { return naming.getReadOnlyProperty(); }
    /** Which of several violations the trace shows ("Violation 2 of 3"), or {@link TraceSubject#NONE}. */
    public ReadOnlyObjectProperty<TraceSubject> subjectProperty() { return subject.getReadOnlyProperty(); }
    /** The selected step's index in the trace, -1 when there is no trace. */
    public ReadOnlyIntegerProperty selectedIndexProperty() { return selectedIndex.getReadOnlyProperty(); }
    /** The selected step, null when there is no trace: what the canvas overlay shows. */
    public ReadOnlyObjectProperty<TraceStep> selectedStepProperty() { return selectedStep.getReadOnlyProperty(); }
    /** Whether every kernel step is shown (false: the checked model's steps, each folding its kernel steps). */
    public ReadOnlyBooleanProperty openProperty() { return open.getReadOnlyProperty(); }
    /** Whether only the steps that tell the story are shown. */
    public ReadOnlyBooleanProperty relevantOnlyProperty() { return relevantOnly.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<StateFilter> filterProperty() { return filter.getReadOnlyProperty(); }
    /** The object whose changes to jump between, or null. */
    public ReadOnlyObjectProperty<ObjectKey> selectedObjectProperty() { return selectedObject.getReadOnlyProperty(); }
    /** The keys of the pinned objects, read-only. */
    public ObservableSet<ObjectKey> pinned() { return FXCollections.unmodifiableObservableSet(pinned); }
}
