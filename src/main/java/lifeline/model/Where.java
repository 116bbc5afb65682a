package lifeline.model;

import java.util.Optional;

/** Names scenario objects in problems the way the user sees them on the canvas. */
final class Where {
    static final String SCENARIO = "scenario";

    private Where() {}

    /** {@code process "app" (P1)}. */
    static String node(Node n) {
        return n.kindLabel() + " " + named(n);
    }

    /** {@code "app" (P1)}; a blank name or id is left out rather than shown as {@code ""}. */
    static String named(Node n) {
        String id = isBlank(n.id()) ? "(no id)" : "(" + Printable.of(n.id()) + ")";
        return isBlank(n.name()) ? id : quote(n.name()) + " " + id;
    }

    /** An id as a reference field holds it: the node it resolves to, else the bare id. */
    static String ref(NodeIndex index, String id) {
        Optional<Node> n = index.node(id);
        if (n.isPresent()) {
            return named(n.get());
        }
        return isBlank(id) ? "(none)" : Printable.of(id);
    }

    static String fd(NodeIndex index, FdLink link) {
        Optional<ProcessNode> p = index.process(link.process());
        return "fd " + link.fd() + " of " + (p.isPresent() ? node(p.get()) : ref(index, link.process()));
    }

    static String watch(NodeIndex index, Watch w) {
        return "watch " + ref(index, w.epoll()) + " -> " + ref(index, w.target());
    }

    static String operation(ProcessNode p, Operation op) {
        // Ioctl.label() needs a balance; a hand-built record may lack one.
        String label = op instanceof Operation.Ioctl io && io.balance() == null
                ? "ioctl(" + io.fd() + ")" : op.label();
        return "operation " + label + " of " + node(p);
    }

    static String quote(String s) {
        return "\"" + Printable.of(s) + "\"";
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
