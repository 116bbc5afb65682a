package lifeline.trace.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import lifeline.trace.Naming;
import lifeline.trace.ObjRef;

/** Prints backtraces the way the kernel does: innermost function first, one per line. */
final class Backtraces {
    private Backtraces() {}

    static String print(List<String> outermostFirst, ObjRef object, Naming n) {
        List<String> frames = new ArrayList<>(n.functions(outermostFirst, object));
        Collections.reverse(frames);
        StringBuilder b = new StringBuilder();
        for (String f : frames) {
            b.append("  ").append(f).append('\n');
        }
        return b.toString();
    }
}
