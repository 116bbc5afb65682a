package lifeline.explore;

import lifeline.model.Property;
import lifeline.trace.report.CauseAndEffect;

/**
 * A property an explored run violates at its end, with its story and the report a check would print for it.
 */
public record HandViolation(Property property, CauseAndEffect story, String report) {}
