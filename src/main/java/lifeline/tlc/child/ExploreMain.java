package lifeline.tlc.child;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tlc2.tool.Action;
import tlc2.tool.StateVec;
import tlc2.tool.TLCState;
import tlc2.tool.impl.FastTool;
import tlc2.util.FP64;
import util.SimpleFilenameToStream;

/**
 * Lifeline's explorer in a child JVM: it loads a spec with TLC's own tool (the evaluator TLC checks
 * with) and answers, one request a line on stdin, with the spec's initial states and the successors
 * of a state under the {@code NEXT} relation, each printed as TLC prints a state (a conjunction of
 * {@code /\ var = value}) with the names of the config's invariants it violates. Kernel semantics
 * stay in the spec: this class only asks TLC.
 *
 * <p>Protocol (UTF-8, one request a line): {@code init} and {@code next ID} answer with the states,
 * each as a line {@code state ID [INVARIANT...]} (the invariants it violates) followed by its text
 * and a line {@code end}, then a line
 * {@code done N}; a failure answers one line {@code error MESSAGE}. A successor equal to its state
 * (a stuttering step) is left out, and so is a second copy of a successor. At start the child prints
 * {@code ready} or {@code error MESSAGE}. {@code load MODULE CONFIG} loads another module of the same folder in
 * place of the first (its states start again at id 0) and answers {@code done 0}: a batch of states too many for
 * one module goes through one JVM. End of input ends the JVM, and so does the parent's end
 * ({@link TlcMain}'s watch): the child never outlives Lifeline.
 *
 * <p>Unlike {@link TlcMain} it is compiled against TLC's {@code ITool} API (stable since TLC 2.14);
 * the parent copies its class file beside TlcMain's and the tla2tools jar provides the rest.
 */
public final class ExploreMain {
    public static final String READY = "ready";
    public static final String ERROR = "error ";
    public static final String STATE = "state ";
    public static final String END = "end";
    public static final String DONE = "done ";

    private final String dir;
    private final PrintStream out;
    private final List<TLCState> states = new ArrayList<>();
    private FastTool tool;

    private ExploreMain(String dir, FastTool tool, PrintStream out) {
        this.dir = dir;
        this.tool = tool;
        this.out = out;
    }

    /** Arguments: the spec's directory, its root module's name and its config's name (without ".cfg"). */
    public static void main(String[] args) {
        PrintStream protocol = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err); // SANY's and TLC's own words go to stderr, out of the protocol
        TlcMain.watchParent();
        ExploreMain explorer;
        try {
            FP64.Init(0);
            explorer = new ExploreMain(args[0], tool(args[0], args[1], args[2]), protocol);
        } catch (Throwable e) { // SANY and TLC report a bad spec by any exception, or an Error
            protocol.println(ERROR + oneLine(e));
            Runtime.getRuntime().halt(1);
            return;
        }
        protocol.println(READY);
        explorer.serve(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        TlcMain.die(); // end of input: the parent is gone or done
    }

    private void serve(BufferedReader in) {
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                answer(line.trim());
            }
        } catch (IOException e) {
            // A broken pipe is a parent gone.
        }
    }

    private void answer(String request) {
        try {
            if (request.equals("init")) {
                print(initialStates());
            } else if (request.startsWith("next ")) {
                print(successors(Integer.parseInt(request.substring(5).trim())));
            } else if (request.startsWith("load ")) {
                String[] names = request.substring(5).trim().split(" +");
                tool = tool(dir, names[0], names[1]);
                states.clear();
                print(List.of());
            } else {
                out.println(ERROR + "unknown request: " + request);
            }
        } catch (Throwable e) { // an evaluation error in the spec (an assertion, a bad value)
            out.println(ERROR + oneLine(e));
        }
    }

    private static FastTool tool(String dir, String module, String config) {
        return new FastTool(dir, module, config, new SimpleFilenameToStream(dir));
    }

    private List<TLCState> initialStates() {
        StateVec init = tool.getInitStates();
        List<TLCState> result = new ArrayList<>();
        for (int i = 0; i < init.size(); i++) {
            result.add(init.elementAt(i));
        }
        return result;
    }

    private List<TLCState> successors(int id) {
        if (id < 0 || id >= states.size()) {
            throw new IllegalArgumentException("no state " + id);
        }
        TLCState state = states.get(id);
        String text = state.toString();
        Set<String> seen = new LinkedHashSet<>();
        List<TLCState> result = new ArrayList<>();
        for (Action action : tool.getActions()) {
            StateVec next = tool.getNextStates(action, state);
            for (int i = 0; i < next.size(); i++) {
                TLCState s = next.elementAt(i);
                String printed = s.toString();
                if (!printed.equals(text) && seen.add(printed)) {
                    result.add(s);
                }
            }
        }
        return result;
    }

    private void print(List<TLCState> found) {
        StringBuilder answer = new StringBuilder();
        for (TLCState s : found) {
            states.add(s);
            answer.append(STATE).append(states.size() - 1);
            Action[] invariants = tool.getInvariants();
            for (int i = 0; i < invariants.length; i++) {
                if (!tool.isValid(invariants[i], s)) {
                    answer.append(' ').append(tool.getInvNames()[i]);
                }
            }
            answer.append('\n');
            answer.append(s.toString().stripTrailing()).append('\n');
            answer.append(END).append('\n');
        }
        answer.append(DONE).append(found.size());
        out.println(answer);
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
