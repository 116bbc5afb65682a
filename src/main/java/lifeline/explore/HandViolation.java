package lifeline.explore;

import lifeline.model.Property;

/** A property an explored run violates at its end, with the report a check would print for it. */
public record HandViolation(Property property, String report) {}
