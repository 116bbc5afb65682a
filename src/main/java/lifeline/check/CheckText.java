package lifeline.check;

import java.util.stream.Collectors;
import lifeline.model.Printable;
import lifeline.model.Property;
import lifeline.spec.Granularity;
import lifeline.trace.Call;
import lifeline.trace.KernelTrace;
import lifeline.trace.Naming;
import lifeline.trace.TraceStep;

/** The text the check command prints: verdict, report, numbered trace with backtraces, statistics. */
public final class CheckText {
    private CheckText() {}

    public static String render(String target, CheckRequest req, CheckResult r) {
        StringBuilder b = new StringBuilder();
        b.append("Lifeline: ").append(Printable.of(target)).append(" (").append(req.options().granularity() == Granularity.FUSED
                ? "fused" : "literal").append(" model; ").append(req.tlc().simulation() != null ? "random runs; " : "").append(req.options().properties().stream()
                .map(Property::tlaName).collect(Collectors.joining(", "))).append(")\n");
        b.append(verdictLine(r)).append("\n\n");
        if (r.verdict() == Verdict.VIOLATION) {
            b.append(r.report()).append('\n');
            r.fix().ifPresent(f -> b.append("Fix (").append(f.story()).append("): ").append(f.title())
                    .append(".\n  ").append(f.why()).append("\n\n"));
            r.trace().ifPresent(t -> b.append(trace(t, r.naming())));
        }
        return b.toString();
    }

    /** The verdict in one line: "PASS: ...", "VIOLATION: ...", "NO VIOLATION FOUND (bounded, not a pass): ...", or the message. */
    public static String verdictLine(CheckResult r) {
        return switch (r.verdict()) {
            case PASS -> "PASS: ";
            case VIOLATION -> "VIOLATION: ";
            case BOUNDED -> "NO VIOLATION FOUND (bounded, not a pass): ";
            default -> "";
        } + r.message();
    }

    /** The numbered trace: a summary line per step, then each call's backtrace. */
    public static String trace(KernelTrace t, Naming n) {
        StringBuilder b = new StringBuilder("Trace (").append(t.size()).append(" steps):\n");
        for (TraceStep s : t.steps()) {
            b.append(String.format("%3d  %s%n", s.number(), s.summary()));
            for (Call c : s.calls()) {
                b.append("       ").append(String.join(" > ", n.functions(c.backtrace(), c.object()))).append('\n');
            }
            s.newFaults().forEach(f -> b.append("       !! ").append(f.kind().tla()).append(" of ")
                    .append(f.object().kind()).append(' ').append(f.object().id()).append('\n'));
        }
        return b.toString();
    }
}
