package lifeline.explore;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lifeline.trace.Call;
import lifeline.trace.Naming;
import lifeline.trace.TraceStep;

/**
 * The same choices on another scenario (the fixed twin after Apply fix): step by step, the task that
 * moved in the first run moves in the second, taking the step with the same kernel calls when
 * there is one. Where the calls differ the two runs part: from there on the same task still moves
 * where it can, the step most like the first run's, until it cannot.
 *
 * @param original the first run
 * @param run the run on the other scenario
 * @param steps each step of the first run beside the other run's step (absent once that task cannot move)
 * @param partsAt the index (0 is the initial state) of the first step whose calls differ, or -1
 * @param originalNaming how the first run's scenario names its objects and functions
 * @param naming how the other scenario names them
 */
public record Replay(ExploreRun original, ExploreRun run, List<Compared> steps, int partsAt, Naming originalNaming,
                     Naming naming) {
    public Replay {
        steps = List.copyOf(steps);
    }

    /** One step of the first run and what the same choice did on the other scenario. */
    public record Compared(TraceStep original, Optional<TraceStep> replayed) {
        public boolean same() {
            return replayed.map(r -> backtraces(r).equals(backtraces(original))).orElse(false);
        }

        /** The calls of the first run's step that the replayed step does not make (by backtrace), in order. */
        public List<Call> onlyOriginal() {
            return missing(original, replayed.map(s -> s.calls()).orElse(List.of()));
        }

        /** The calls of the replayed step that the first run's step does not make, in order. */
        public List<Call> onlyReplayed() {
            return replayed.map(s -> missing(s, original.calls())).orElse(List.of());
        }

        private static List<Call> missing(TraceStep from, List<Call> other) {
            List<List<String>> left = new ArrayList<>(other.stream().map(Call::backtrace).toList());
            List<Call> missing = new ArrayList<>();
            for (Call c : from.calls()) {
                if (!left.remove(c.backtrace())) {
                    missing.add(c);
                }
            }
            return missing;
        }
    }

    /** Replays {@code original} (a run explored by {@code from}) with the explorer {@code on}. */
    public static Replay of(ExploreRun original, Explorer from, Explorer on) throws IOException {
        List<TraceStep> wanted = original.trace(from.naming()).folded().steps();
        ExploreRun run = on.start();
        List<Compared> compared = new ArrayList<>();
        compared.add(new Compared(wanted.get(0), Optional.of(run.trace(on.naming()).folded().last())));
        int partsAt = -1;
        for (TraceStep want : wanted.subList(1, wanted.size())) {
            Optional<Choice> pick = on.choices(run).stream().filter(c -> c.step().task().equals(want.task()))
                    .max(Comparator.comparingInt(c -> shared(backtraces(c.step()), backtraces(want))));
            compared.add(new Compared(want, pick.map(Choice::step)));
            if (pick.isEmpty()) {
                partsAt = partsAt < 0 ? compared.size() - 1 : partsAt;
                break;
            }
            run = run.then(pick.get().next());
            if (partsAt < 0 && !compared.get(compared.size() - 1).same()) {
                partsAt = compared.size() - 1;
            }
        }
        return new Replay(original, run, compared, partsAt, from.naming(), on.naming());
    }

    private static List<List<String>> backtraces(TraceStep s) {
        return s.calls().stream().map(Call::backtrace).toList();
    }

    /** How many calls two steps share, from the first on. */
    private static int shared(List<List<String>> a, List<List<String>> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
            n++;
        }
        return n;
    }
}
