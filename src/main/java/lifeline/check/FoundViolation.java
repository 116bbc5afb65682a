package lifeline.check;

import lifeline.trace.KernelTrace;
import lifeline.trace.report.ViolationSite;

/**
 * One distinct violation of a check that collected them all: its site (property, object, where
 * it was freed or lost), its shortest trace with the report, and how many violating states TLC
 * reported for it.
 */
public record FoundViolation(ViolationSite site, KernelTrace trace, String report, int states) {}
