package lifeline.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import lifeline.trace.value.TlaValueParser;
import org.junit.jupiter.api.Test;

/** The log as Lifeline.tla writes it: the calls of a step, then what kmemleak found when nothing was left to run. */
class KernelStateLogTest {

    private static KernelState withLog(String log) throws Exception {
        return new KernelState(new TraceState(7, "Step(t)", "", Map.of("log", TlaValueParser.parse(log))));
    }

    @Test
    void theLeakEntryIsNotACallAndNamesEveryLeakedObject() throws Exception {
        KernelState s = withLog("<<[task |-> \"p1\", bt |-> <<\"hooked_close\", \"path_put\">>, obj |-> <<\"dentry\", "
                + "\"f1\">>], [leaks |-> {<<\"dentry\", \"f1\">>, <<\"vfsmount\", \"f1\">>}]>>");
        assertEquals(List.of(new Call("p1", List.of("hooked_close", "path_put"), new ObjRef(RefKind.DENTRY, "f1"))),
                s.calls());
        assertEquals(List.of(new ObjRef(RefKind.DENTRY, "f1"), new ObjRef(RefKind.VFSMOUNT, "f1")), s.leaks());
    }

    @Test
    void aStepThatLeavesWorkRunningLogsNoLeaks() throws Exception {
        KernelState s = withLog("<<[task |-> \"kworker\", bt |-> <<\"binder_deferred_func\">>, obj |-> "
                + "<<\"binder_proc\", \"b1\">>]>>");
        assertEquals(1, s.calls().size());
        assertEquals(List.of(), s.leaks());
    }
}
