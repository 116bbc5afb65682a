package lifeline.fix;

import java.util.ArrayList;
import java.util.List;
import lifeline.model.Property;
import lifeline.spec.FaultKinds;
import lifeline.trace.Fault;
import lifeline.trace.KernelTrace;
import lifeline.trace.ObjRef;
import lifeline.trace.RefKind;
import lifeline.trace.TraceStep;

/** The objects a violation is about: the faulting object, or every leaked one. */
public record Culprit(Property property, List<ObjRef> objects, List<Fault> faults) {

    public static Culprit of(Property violated, KernelTrace trace) {
        if (violated == Property.NO_LEAK) {
            return new Culprit(violated, trace.leaks(), List.of());
        }
        String kind = FaultKinds.of(violated).orElseThrow();
        List<ObjRef> objects = new ArrayList<>();
        List<Fault> faults = new ArrayList<>();
        for (TraceStep s : trace.steps()) {
            for (Fault f : s.newFaults()) {
                if (f.kind().equals(kind)) {
                    objects.add(f.object());
                    faults.add(f);
                }
            }
        }
        return new Culprit(violated, objects, faults);
    }

    public boolean concerns(RefKind objectKind) {
        return objects.stream().anyMatch(o -> o.kind() == objectKind);
    }
}
