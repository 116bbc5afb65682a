package lifeline.edit;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lifeline.model.FileNode;
import lifeline.model.Position;
import lifeline.model.Property;
import lifeline.model.Scenario;

/**
 * Copied nodes and their edges, as a small scenario fragment that {@link Paste} puts into any scenario. Each
 * paste of one copy lands one {@link #STEP} further, so repeated pastes do not stack up. Not thread-safe: the
 * application uses it on the FX thread.
 */
public final class Clipboard {
    /** How far each paste lands from the previous one (and the first from the original). */
    public static final Position STEP = new Position(24, 24);

    private Scenario contents;
    private int pastes;

    /**
     * Copies the nodes {@code ids} with the edges among them, and the fds of copied processes on files that
     * were not copied (see {@link Paste} for what becomes of them).
     */
    public void copy(Scenario s, Collection<String> ids) {
        ids.forEach(id -> Nodes.node(s, id));
        contents = fragment(s, new HashSet<>(ids));
        pastes = 0;
    }

    public boolean isEmpty() {
        return contents == null || contents.nodes().isEmpty();
    }

    public Optional<Scenario> contents() {
        return Optional.ofNullable(contents);
    }

    /** A command that pastes the copy one step further than the last paste of it. */
    public Paste paste() {
        if (isEmpty()) {
            throw new IllegalStateException("the clipboard is empty");
        }
        pastes++;
        return new Paste(contents, new Position(STEP.x() * pastes, STEP.y() * pastes));
    }

    /** The nodes and edges {@link #copy} keeps; {@code ids} must allow contains(null), as HashSet does. */
    static Scenario fragment(Scenario s, Set<String> ids) {
        List<FileNode> files = s.files().stream().filter(f -> ids.contains(f.id())).toList();
        return new Scenario("", "", s.processes().stream().filter(p -> ids.contains(p.id())).toList(), files,
                s.devices().stream().filter(d -> ids.contains(d.id())).toList(),
                s.hooks().stream().filter(h -> ids.contains(h.id())).toList(),
                s.kworker() != null && ids.contains(s.kworker().id()) ? s.kworker() : null,
                s.fds().stream().filter(l -> ids.contains(l.process())).toList(),
                s.watches().stream().filter(w -> ids.contains(w.epoll()) && ids.contains(w.target())).toList(),
                Set.<Property>of());
    }
}
