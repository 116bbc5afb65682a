package lifeline.edit;

import java.util.HashSet;
import java.util.Set;
import lifeline.model.Node;
import lifeline.model.ProcessNode;
import lifeline.model.Scenario;

/**
 * Fresh identities for new nodes of one scenario: ids (P1.., F1.., E1.., B1.., D1.., H1.., K), default
 * names and tgids. Each value handed out is reserved, so one allocator serves a whole paste.
 */
public final class IdAllocator {
    /** Processes drawn on the canvas get tgids from here up; low tgids belong to init and kernel threads. */
    public static final int FIRST_TGID = 100;

    private final Set<String> ids = new HashSet<>();
    private final Set<String> names = new HashSet<>();
    private final Set<Integer> tgids = new HashSet<>();
    private final Set<Integer> processTgids = new HashSet<>();

    public IdAllocator(Scenario s) {
        for (Node n : s.nodes()) {
            ids.add(n.id());
            names.add(n.name());
        }
        s.processes().stream().map(ProcessNode::tgid).forEach(processTgids::add);
        tgids.addAll(processTgids);
        tgids.add(s.kworkerTgid());
    }

    /** The lowest free id of the kind: "P3" when P1 and P2 exist; the kworker is "K". */
    public String nextId(NodeKind kind) {
        if (kind == NodeKind.WORKQUEUE_THREAD && ids.add(kind.idPrefix())) {
            return kind.idPrefix();
        }
        int n = kind == NodeKind.WORKQUEUE_THREAD ? 2 : 1;
        while (!ids.add(kind.idPrefix() + n)) {
            n++;
        }
        return kind.idPrefix() + n;
    }

    /** The lowest free default name of the kind, such as "process 2"; the kworker is "kworker". */
    public String nextName(NodeKind kind) {
        return nextName(kind, "");
    }

    /** The default name that matches the id ("epoll 3" for E3) if it is free, else {@link #nextName(NodeKind)}. */
    public String nextName(NodeKind kind, String id) {
        if (kind == NodeKind.WORKQUEUE_THREAD && names.add(kind.noun())) {
            return kind.noun();
        }
        String suffix = id.startsWith(kind.idPrefix()) ? id.substring(kind.idPrefix().length()) : "";
        if (suffix.matches("[1-9][0-9]*") && names.add(kind.noun() + " " + suffix)) {
            return kind.noun() + " " + suffix;
        }
        int n = 1;
        while (!names.add(kind.noun() + " " + n)) {
            n++;
        }
        return kind.noun() + " " + n;
    }

    /** {@code name} if it is free, else "name (copy)", "name (copy 2)", ...: names must stay unique. */
    public String freeName(String name) {
        if (names.add(name)) {
            return name;
        }
        String copy = name + " (copy)";
        for (int n = 2; !names.add(copy); n++) {
            copy = name + " (copy " + n + ")";
        }
        return copy;
    }

    /** The lowest tgid from {@link #FIRST_TGID} up that no process and not the kworker has. */
    public int nextTgid() {
        return nextTgid(FIRST_TGID);
    }

    /** {@code wanted} if no process or kworker has it, else {@link #nextTgid()}. */
    public int freeTgid(int wanted) {
        return tgids.add(wanted) ? wanted : nextTgid();
    }

    /** The tgid of a new kworker: the default one unless a process has it. */
    int kworkerTgid() {
        int t = Scenario.DEFAULT_KWORKER_TGID;
        while (processTgids.contains(t)) {
            t++;
        }
        return t;
    }

    private int nextTgid(int from) {
        int t = from;
        while (!tgids.add(t)) {
            t++;
        }
        return t;
    }
}
