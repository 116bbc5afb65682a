package lifeline.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lifeline.spec.FaultKind;
import lifeline.trace.value.TlaInt;
import lifeline.trace.value.TlaSet;
import lifeline.trace.value.TlaString;
import lifeline.trace.value.TlaValue;

/** Typed access to one state of the Lifeline.tla variables, keyed by TLA+ ids. */
public final class KernelState {
    private static final TlaValue TASK = new TlaString("task");
    private static final TlaValue LEAKS = new TlaString("leaks");
    private static final TlaValue HELD = new TlaString("held");
    private final TraceState raw;

    public KernelState(TraceState raw) {
        this.raw = raw;
    }

    public TraceState raw() {
        return raw;
    }

    TlaValue var(String name) {
        return raw.variable(name);
    }

    private static String str(TlaValue v) {
        return v.asString();
    }

    private String at(String var, String key) {
        return str(var(var).field(key));
    }

    private long num(String var, String key) {
        return var(var).field(key).asInt();
    }

    public List<String> processes() {
        return keys("ps");
    }

    public List<String> files() {
        return keys("fc");
    }

    public List<String> devices() {
        return keys("kref");
    }

    private List<String> keys(String var) {
        List<String> keys = new ArrayList<>();
        var(var).asFunction().keySet().forEach(k -> keys.add(k.asString()));
        return keys;
    }

    public String processState(String p) { return at("ps", p); }
    public long filesCount(String p) { return num("fcnt", p); }
    public String mapping(String p) { return at("mapped", p); }

    /** Operations not started yet: the rest of the program in program order, the set left in any order. */
    public int pendingOperations(String p) {
        TlaValue left = var("pending").field(p);
        return left instanceof TlaSet ? left.asSet().size() : left.asSeq().size();
    }

    /** fd number -> TLA+ file id, or "none" for a closed slot. */
    public Map<Integer, String> fdTable(String p) {
        Map<Integer, String> table = new TreeMap<>();
        var("fdt").field(p).asFunction().forEach((k, v) -> table.put((int) k.asInt(), v.asString()));
        return table;
    }

    public long fCount(String f) { return num("fc", f); }
    public String fileState(String f) { return at("fst", f); }
    public boolean pathSet(String f) { return var("fpath").field(f).asBool(); }
    public long dentryRefs(String f) { return num("dref", f); }
    public long mntRefs(String f) { return num("mref", f); }
    public String waitQueue(String f) { return at("wq", f); }
    public String privateData(String f) { return at("priv", f); }
    public String reservedBlock(String f) { return at("blk", f); }
    public String binderProc(String f) { return at("bproc", f); }
    public String binderFiles(String f) { return at("bfiles", f); }

    public Set<String> deferredFlags(String f) {
        Set<String> flags = new LinkedHashSet<>();
        var("dflags").field(f).asSet().forEach(v -> flags.add(v.asString()));
        return flags;
    }

    public long kref(String d) { return num("kref", d); }
    public String deviceState(String d) { return at("dev", d); }

    public boolean unplugPending(String d) {
        return var("unplugs").asSet().stream().anyMatch(v -> v.asString().equals(d));
    }

    /** The live epitems as (epoll, target) pairs. */
    public List<List<String>> epitems() {
        List<List<String>> items = new ArrayList<>();
        for (TlaValue x : var("epi").asSet()) {
            List<TlaValue> pair = x.asSeq();
            items.add(List.of(pair.get(0).asString(), pair.get(1).asString()));
        }
        return items;
    }

    public List<String> deferredList() {
        return var("dlist").asSeq().stream().map(TlaValue::asString).toList();
    }

    /** Each task's call stack, outermost frame first, as function names. */
    public Map<String, List<String>> stacks() {
        Map<String, List<String>> stacks = new LinkedHashMap<>();
        var("stack").asFunction().forEach((task, frames) -> stacks.put(task.asString(),
                frames.asSeq().stream().map(f -> f.field("fn").asString()).toList()));
        return stacks;
    }

    public Set<Fault> faults() {
        Set<Fault> faults = new LinkedHashSet<>();
        for (TlaValue f : var("faults").asSet()) {
            faults.add(new Fault(FaultKind.ofTla(f.field("kind").asString()), objRef(f.field("obj")),
                    f.field("task").asString(), strings(f.field("bt"))));
        }
        return faults;
    }

    /** What the step into this state executed. */
    public List<Call> calls() {
        List<Call> calls = new ArrayList<>();
        for (TlaValue e : var("log").asSeq()) {
            if (e.tryApply(TASK).isPresent()) {
                calls.add(new Call(e.field("task").asString(), strings(e.field("bt")), objRef(e.field("obj"))));
            }
        }
        return calls;
    }

    /**
     * What is allocated that no live holder can reach, as the spec's LeaksIn found it when the step into this
     * state left nothing running but unstarted operations (ScanLog in Lifeline.tla); at a quiescent state, the
     * set NoLeak checks. Empty otherwise.
     */
    public List<ObjRef> leaks() {
        List<ObjRef> leaks = new ArrayList<>();
        for (TlaValue e : var("log").asSeq()) {
            e.tryApply(LEAKS).ifPresent(set -> set.asSet().forEach(x -> leaks.add(objRef(x))));
        }
        return leaks;
    }

    /** What holds each of {@link #leaks()}, as the spec's HeldBy found it in the same step. */
    public List<Holder> holders() {
        List<Holder> out = new ArrayList<>();
        for (TlaValue e : var("log").asSeq()) {
            e.tryApply(HELD).ifPresent(set -> set.asSet().forEach(x -> {
                List<TlaValue> pair = x.asSeq();
                List<TlaValue> ref = pair.get(1).asSeq();
                out.add(new Holder(objRef(pair.get(0)), ref.get(0).asString(), objRef(ref.get(1))));
            }));
        }
        return out;
    }

    static ObjRef objRef(TlaValue v) {
        List<TlaValue> parts = v.asSeq();
        if (parts.isEmpty()) {
            return ObjRef.NONE;
        }
        TlaValue id = parts.get(1);
        return new ObjRef(RefKind.ofTla(parts.get(0).asString()), id instanceof TlaInt
                ? Long.toString(id.asInt()) : id.asString());
    }

    private static List<String> strings(TlaValue seq) {
        return seq.asSeq().stream().map(TlaValue::asString).toList();
    }
}
