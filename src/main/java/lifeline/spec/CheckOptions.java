package lifeline.spec;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import lifeline.model.Property;

/** What to check and how finely: the part of a model that is not the scenario. */
public record CheckOptions(Set<Property> properties, Granularity granularity) {
    public CheckOptions {
        properties = properties.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Property.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(properties));
    }

    public static CheckOptions of(Set<Property> properties) {
        return new CheckOptions(properties, Granularity.FUSED);
    }

    public CheckOptions with(Granularity g) {
        return new CheckOptions(properties, g);
    }
}
