package lifeline.fix;

import java.util.List;
import lifeline.model.Property;
import lifeline.trace.Fault;
import lifeline.trace.KernelTrace;
import lifeline.trace.ObjRef;
import lifeline.trace.RefKind;

/** The objects a violation is about: the faulting object, or every leaked one. */
public record Culprit(Property property, List<ObjRef> objects, List<Fault> faults) {

    public static Culprit of(Property violated, KernelTrace trace) {
        if (violated == Property.NO_LEAK) {
            return new Culprit(violated, trace.leaks(), List.of());
        }
        List<Fault> faults = trace.faultsOf(violated).stream().map(KernelTrace.StepFault::fault).toList();
        return new Culprit(violated, faults.stream().map(Fault::object).toList(), faults);
    }

    public boolean concerns(RefKind objectKind) {
        return objects.stream().anyMatch(o -> o.kind() == objectKind);
    }
}
