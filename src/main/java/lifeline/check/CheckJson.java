package lifeline.check;

import java.util.List;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lifeline.model.Printable;
import lifeline.model.Property;
import lifeline.trace.Call;
import lifeline.trace.Change;
import lifeline.trace.Fault;
import lifeline.trace.ObjectView;
import lifeline.trace.TraceStep;
import lifeline.trace.report.CauseAndEffect;

/** The check result as one JSON document (docs/cli-json.md describes it). */
public final class CheckJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CheckJson() {}

    public static String render(String target, CheckRequest req, CheckResult r) {
        return MAPPER.valueToTree(tree(target, req, r)).toPrettyString();
    }

    /**
     * As {@link #render}, with a {@code violations} array: every distinct violation (property,
     * object, where it was freed or lost, how many violating states, its shortest trace and report).
     */
    public static String render(String target, CheckRequest req, CheckResult r, List<FoundViolation> all) {
        ObjectNode root = tree(target, req, r);
        root.put("violationsCaveat", r.violationsCaveat().orElse(null));
        ArrayNode violations = root.putArray("violations");
        for (FoundViolation v : all) {
            ObjectNode n = violations.addObject();
            n.put("property", v.site().property().tlaName());
            n.put("object", v.site().object());
            n.put("site", v.site().site());
            n.put("states", v.states());
            n.put("report", v.report());
            ObjectNode fix = n.putObject("fix");
            v.fix().ifPresent(f -> fix.put("title", f.title()).put("story", f.story()));
            ArrayNode trace = n.putArray("trace");
            v.trace().steps().forEach(s -> trace.add(step(s)));
        }
        return MAPPER.valueToTree(root).toPrettyString();
    }

    private static ObjectNode tree(String target, CheckRequest req, CheckResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", "lifeline-check");
        root.put("version", 1);
        root.put("scenario", Printable.of(target));
        root.put("granularity", req.options().granularity().name().toLowerCase());
        ArrayNode props = root.putArray("properties");
        req.options().properties().forEach(p -> props.add(p.tlaName()));
        root.put("verdict", r.verdict().name().toLowerCase());
        root.put("violated", r.violated().map(Property::tlaName).orElse(null));
        root.put("message", r.message());
        root.put("report", r.report());
        ObjectNode story = root.putObject("story");
        CauseAndEffect cause = r.story();
        if (!cause.isEmpty()) {
            story.put("object", cause.object().text());
            cause.freedAt().ifPresent(i -> story.put("freedAtStep", i));
            cause.usedAt().ifPresent(i -> story.put("usedAtStep", i));
            cause.lostAt().ifPresent(i -> story.put("lostAtStep", i));
            if (!cause.holder().isEmpty()) {
                story.put("heldBy", cause.holder());
            }
        }
        ObjectNode fix = root.putObject("fix");
        r.fix().ifPresent(f -> fix.put("title", f.title()).put("why", f.why()).put("story", f.story()));
        ObjectNode stats = root.putObject("statistics");
        r.statistics().ifPresent(s -> {
            stats.put("statesGenerated", s.statesGenerated());
            stats.put("distinctStates", s.distinctStates());
            stats.put("depth", s.depth());
        });
        r.completeSteps().ifPresent(n -> stats.put("completeSteps", n));
        if (req.tlc().simulation() != null) {
            ObjectNode sim = stats.putObject("simulation").put("runs", req.tlc().simulation().walks())
                    .put("depth", req.tlc().simulation().depth()).put("seed", req.tlc().simulation().seed());
            r.statesWalked().ifPresent(n -> sim.put("statesChecked", n));
        }
        stats.put("wallMillis", r.wallTime().toMillis());
        stats.put("tlcMillis", r.tlcTime().toMillis());
        ArrayNode trace = root.putArray("trace");
        r.trace().ifPresent(t -> t.steps().forEach(s -> trace.add(step(s))));
        return root;
    }

    private static ObjectNode step(TraceStep s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("step", s.number());
        n.put("tlcState", s.tlcState());
        n.put("task", s.isInitial() ? null : s.taskLabel());
        n.put("function", s.mainCall().function());
        ArrayNode bt = n.putArray("backtrace");
        s.backtrace().forEach(bt::add);
        n.put("summary", s.summary());
        ArrayNode calls = n.putArray("calls");
        for (Call c : s.calls()) {
            ObjectNode cn = calls.addObject();
            ArrayNode cbt = cn.putArray("backtrace");
            c.backtrace().forEach(cbt::add);
            cn.put("object", c.object().isNone() ? null : c.object().text());
        }
        ArrayNode faults = n.putArray("faults");
        for (Fault f : s.newFaults()) {
            faults.addObject().put("kind", f.kind().tla()).put("object", f.object().text())
                    .put("function", f.function());
        }
        ObjectNode objects = n.putObject("objects");
        for (ObjectView v : s.objects()) {
            ObjectNode o = objects.putObject(v.key().text());
            o.put("kind", v.kind().word());
            o.put("node", v.node());
            o.put("label", v.label());
            ObjectNode fields = o.putObject("fields");
            v.fields().forEach(fields::put);
        }
        ArrayNode changes = n.putArray("changes");
        for (Change c : s.changes()) {
            changes.addObject().put("object", c.objectKey().text()).put("field", c.field()).put("before", c.before())
                    .put("after", c.after());
        }
        return n;
    }
}
