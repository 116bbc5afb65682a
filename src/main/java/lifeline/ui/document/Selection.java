package lifeline.ui.document;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import lifeline.model.Scenario;

/** The ids of the selected nodes, observable; confined to the FX application thread. */
public final class Selection {
    private final ObservableSet<String> ids = FXCollections.observableSet(new LinkedHashSet<>());
    /**
     * One read-only view for every caller: the view listens to the set weakly, so a view made per call could
     * be collected, and the listeners added to it silently with it.
     */
    private final ObservableSet<String> view = FXCollections.unmodifiableObservableSet(ids);

    public ObservableSet<String> ids() {
        return view;
    }

    public void select(String id) {
        if (ids.size() != 1 || !ids.contains(id)) {
            ids.clear();
            ids.add(id);
        }
    }

    public void selectAll(Collection<String> all) {
        ids.clear();
        ids.addAll(all);
    }

    public void toggle(String id) {
        if (!ids.remove(id)) {
            ids.add(id);
        }
    }

    public void add(Collection<String> more) {
        ids.addAll(more);
    }

    public void clear() {
        ids.clear();
    }

    public boolean contains(String id) {
        return ids.contains(id);
    }

    public Set<String> snapshot() {
        return Set.copyOf(ids);
    }

    /** Drops ids of nodes that an edit or undo removed. */
    void retainExisting(Scenario s) {
        ids.removeIf(id -> s.node(id).isEmpty());
    }
}
