package lifeline.trace;

import java.util.List;
import java.util.Optional;
import lifeline.model.DriverFile;
import lifeline.model.Node;
import lifeline.model.Printable;
import lifeline.model.ProcessNode;
import lifeline.model.Scenario;
import lifeline.spec.TlaIds;

/** Names TLA+ ids, tasks and objects in the scenario's own words for reports and step lists. */
public final class Naming {
    public static final String KWORKER = "kworker";
    public static final String HOTPLUG = "hotplug";

    private final Scenario scenario;
    private final TlaIds ids;

    public Naming(Scenario scenario, TlaIds ids) {
        this.scenario = scenario;
        this.ids = ids;
    }

    public Scenario scenario() {
        return scenario;
    }

    public TlaIds ids() {
        return ids;
    }

    /** The scenario node id of a TLA+ id, or the TLA+ id itself when it names none. */
    public String nodeId(String tlaId) {
        return ids.node(tlaId).orElse(tlaId);
    }

    /** The user's name of the node behind a TLA+ id (its id when unnamed). */
    public String name(String tlaId) {
        return ids.node(tlaId).flatMap(scenario::node).map(Naming::nameOf).orElse(tlaId);
    }

    /** Printable: a name may hold control characters that must not reach a terminal raw. */
    private static String nameOf(Node n) {
        return Printable.of(n.name().isBlank() ? n.id() : n.name());
    }

    /** A task as the kernel prints it: comm and tgid. */
    public String task(String task) {
        if (KWORKER.equals(task)) {
            String name = scenario.kworker() == null ? "kworker/u:binder" : nameOf(scenario.kworker());
            return name + " [" + scenario.kworkerTgid() + "]";
        }
        if (HOTPLUG.equals(task)) {
            return "hotplug";
        }
        return ids.node(task).flatMap(scenario::process)
                .map(p -> nameOf(p) + " [" + p.tgid() + "]").orElse(task);
    }

    public int tgid(String task) {
        if (KWORKER.equals(task)) {
            return scenario.kworkerTgid();
        }
        return ids.node(task).flatMap(scenario::process).map(ProcessNode::tgid).orElse(0);
    }

    /**
     * A backtrace with the driver's own names for its file operations, as a real one has them:
     * flush and release of a file on the "locust" driver are locust_flush and locust_release.
     */
    public List<String> functions(List<String> backtrace, ObjRef object) {
        Optional<String> driver = object.isNone() ? Optional.empty() : ids.node(object.id())
                .flatMap(scenario::file).filter(f -> f instanceof DriverFile)
                .map(f -> ((DriverFile) f).driver().name()).filter(d -> d.matches("[A-Za-z_][A-Za-z0-9_]*"));
        if (driver.isEmpty()) {
            return backtrace;
        }
        return backtrace.stream().map(fn -> fn.equals("flush") || fn.equals("release")
                ? driver.get() + "_" + fn : fn).toList();
    }

    /** An object in words: "wait queue of /locust/a". */
    public String object(ObjRef o) {
        if (o.isNone()) {
            return "";
        }
        String of = name(o.id());
        return switch (o.kind()) {
            case WAIT_QUEUE -> "wait queue of " + of;
            case PRIVATE_DATA -> "private_data of " + of;
            case RESERVED_BLOCK -> "reserved block of " + of;
            case FILE -> "struct file " + of;
            case F_COUNT -> "f_count of " + of;
            case DENTRY -> "dentry of " + of;
            case VFSMOUNT -> "vfsmount of " + of;
            case DEVICE -> "device object " + of;
            case KREF -> "kref of " + of;
            case FILES_STRUCT -> "files_struct of " + of;
            case BINDER_PROC -> "binder_proc of " + of;
            case FD -> "fd " + o.id();
            case MM, TASK, HOOK, NONE -> o.kind().tla() + " " + of;
        };
    }
}
