package lifeline.ui.inspector;

import java.util.Optional;
import lifeline.model.Node;
import lifeline.model.ProcessNode;
import lifeline.model.Scenario;
import lifeline.model.ScenarioValidator;

/**
 * What a text field of the inspector accepts, checked as the user types: each check returns the reason a
 * text cannot be committed, or null when it can. Pure, so the rules are testable without a window.
 */
final class Inputs {
    private Inputs() {}

    /** A process's tgid: a number from 1 to PID_MAX_LIMIT that no other process and not the kworker has. */
    static String processTgid(Scenario s, String processId, String text) {
        String notATgid = notATgid(text);
        if (notATgid != null) {
            return notATgid;
        }
        int tgid = number(text);
        Optional<ProcessNode> other = s.processes().stream()
                .filter(p -> p.tgid() == tgid && !p.id().equals(processId)).findFirst();
        if (other.isPresent()) {
            return "tgid " + tgid + " is in use by " + describe(other.get());
        }
        if (tgid == s.kworkerTgid()) {
            return "tgid " + tgid + " is the binder kworker's; the kworker is a thread group of its own";
        }
        return null;
    }

    /** The kworker's tgid: in range and no process's. */
    static String kworkerTgid(Scenario s, String text) {
        String notATgid = notATgid(text);
        if (notATgid != null) {
            return notATgid;
        }
        int tgid = number(text);
        return s.processes().stream().filter(p -> p.tgid() == tgid).findFirst()
                .map(p -> "tgid " + tgid + " is in use by " + describe(p)).orElse(null);
    }

    /** An fd number; whether the slot is free is the command's to say (EBUSY), as dup2 would. */
    static String fd(String text) {
        Integer fd = number(text);
        if (fd == null) {
            return notANumber(text);
        }
        if (fd < 0 || fd > ScenarioValidator.MAX_FD) {
            return "EBADF: fds run from 0 to " + ScenarioValidator.MAX_FD + " (RLIMIT_NOFILE 1024)";
        }
        return null;
    }

    /** A node's name: not blank, and no other node's, because traces name objects by their names. */
    static String name(Scenario s, String nodeId, String text) {
        if (text.isBlank()) {
            return "a name is needed: traces name objects by their names";
        }
        return s.nodes().stream().filter(n -> n.name().equals(text) && !n.id().equals(nodeId)).findFirst()
                .map(n -> "\"" + text + "\" is the name of " + describe(n) + "; traces would be ambiguous")
                .orElse(null);
    }

    /** The number a field holds, or null if it holds none that fits an int. */
    static Integer number(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 10 || !t.chars().allMatch(Character::isDigit)) {
            return null;
        }
        long v = Long.parseLong(t);
        return v > Integer.MAX_VALUE ? null : (int) v;
    }

    /** Why a text is no tgid (not a number, or out of range), or null when it is one. */
    private static String notATgid(String text) {
        Integer tgid = number(text);
        if (tgid == null) {
            return notANumber(text);
        }
        return tgid < 1 || tgid > ScenarioValidator.MAX_TGID
                ? "out of range: tgids run from 1 to " + ScenarioValidator.MAX_TGID + " (PID_MAX_LIMIT)" : null;
    }

    private static String notANumber(String text) {
        String t = text.strip();
        return t.isEmpty() ? "a number is needed" : t.startsWith("-") ? "out of range: no negative numbers here"
                : "\"" + t + "\" is not a number";
    }

    private static String describe(Node n) {
        return n.kindLabel() + " \"" + KernelWords.label(n) + "\" (" + n.id() + ")";
    }
}
