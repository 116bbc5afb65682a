package lifeline.model;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Ids, names and tgids: what tells the objects of a scenario (and of its traces) apart. */
final class IdentityRules {
    /** PID_MAX_LIMIT on 64-bit kernels: no tgid can be larger. */
    static final int MAX_TGID = 4_194_304;
    /** Far beyond a comm (16) or a file name (255 bytes) one would draw; keeps reports readable. */
    static final int MAX_NAME_LENGTH = 100;

    private IdentityRules() {}

    static void check(Scenario s, List<Problem> out) {
        checkIds(s, out);
        checkNames(s, out);
        checkTgids(s, out);
    }

    private static void checkIds(Scenario s, List<Problem> out) {
        Map<String, Node> seen = new HashMap<>();
        for (Node n : s.nodes()) {
            if (Where.isBlank(n.id())) {
                out.add(new Problem(Where.node(n), "has no id"));
                continue;
            }
            if (n.id().length() > MAX_NAME_LENGTH) {
                out.add(new Problem(Where.node(n), tooLong("id", n.id())));
                continue;
            }
            Node first = seen.putIfAbsent(n.id(), n);
            if (first != null) {
                out.add(new Problem(Where.node(n),
                        "id " + Where.quote(n.id()) + " is also the id of " + Where.node(first)
                                + "; ids must be unique"));
            }
        }
    }

    private static void checkNames(Scenario s, List<Problem> out) {
        Map<String, Node> seen = new HashMap<>();
        for (Node n : s.nodes()) {
            if (n instanceof DriverFile d && d.driver().name() != null
                    && d.driver().name().length() > MAX_NAME_LENGTH) {
                out.add(new Problem(Where.node(n), "driver " + tooLong("name", d.driver().name())));
            }
            if (Where.isBlank(n.name())) {
                out.add(new Problem(Where.node(n), "has no name; traces name objects by their names"));
                continue;
            }
            if (n.name().length() > MAX_NAME_LENGTH) {
                out.add(new Problem(Where.node(n), tooLong("name", n.name())));
                continue;
            }
            Node first = seen.putIfAbsent(n.name(), n);
            if (first != null) {
                out.add(new Problem(Where.node(n), "name " + Where.quote(n.name()) + " is also the name of "
                        + Where.node(first) + "; two objects with one name would make traces ambiguous"));
            }
        }
    }

    private static String tooLong(String what, String value) {
        return what + " is " + String.format(Locale.ROOT, "%,d", value.length()) + " characters long; a " + what + " has at most "
                + MAX_NAME_LENGTH + " characters";
    }

    private static void checkTgids(Scenario s, List<Problem> out) {
        Map<Integer, ProcessNode> seen = new HashMap<>();
        for (ProcessNode p : s.processes()) {
            if (!inRange(p.tgid())) {
                out.add(new Problem(Where.node(p), outOfRange(p.tgid())));
                continue;
            }
            ProcessNode first = seen.putIfAbsent(p.tgid(), p);
            if (first != null) {
                out.add(new Problem(Where.node(p), "tgid " + p.tgid() + " is also the tgid of "
                        + Where.node(first) + "; each process is its own thread group (threads are not modelled)"));
            } else if (p.tgid() == s.kworkerTgid()) {
                out.add(new Problem(Where.node(p), "tgid " + p.tgid() + " is the tgid of " + kworkerName(s)
                        + "; the kworker is a thread group of its own"));
            }
        }
        if (s.kworker() != null && !inRange(s.kworker().tgid())) {
            out.add(new Problem(Where.node(s.kworker()), outOfRange(s.kworker().tgid())));
        }
    }

    private static String kworkerName(Scenario s) {
        return s.kworker() != null ? Where.node(s.kworker())
                : "the binder kworker (the default when none is drawn)";
    }

    private static boolean inRange(int tgid) {
        return tgid >= 1 && tgid <= MAX_TGID;
    }

    private static String outOfRange(int tgid) {
        return "tgid " + tgid + " is out of range: tgids run from 1 to " + MAX_TGID + " (PID_MAX_LIMIT)";
    }
}
