package lifeline.edit;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import lifeline.model.Property;
import lifeline.model.Scenario;

/** The properties TLC checks. */
public record SetProperties(Set<Property> properties) implements EditCommand {
    public SetProperties {
        properties = properties.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(properties));
    }

    @Override
    public Scenario apply(Scenario s) {
        return s.withProperties(properties);
    }

    @Override
    public String description() {
        return properties.isEmpty() ? "Set checked properties: none" : EnumSet.copyOf(properties).stream()
                .map(Property::tlaName).collect(Collectors.joining(", ", "Set checked properties: ", ""));
    }
}
