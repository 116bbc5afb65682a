package lifeline.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import lifeline.model.Driver;
import lifeline.model.DriverFile;
import lifeline.model.Scenario;

/**
 * The behaviour of a file's driver (kernel-model §4). The device it was opened on is an edge, so it is
 * changed with Connect and Disconnect, never here.
 *
 * @param description such as "Set wait queue freed in: release"; {@link #of} says which field changed
 */
public record SetDriver(String file, Driver driver, String description) implements EditCommand {

    public SetDriver(String file, Driver driver) {
        this(file, driver, "Set driver");
    }

    /** The command with a description naming the one field that changes, if only one does. */
    public static SetDriver of(Scenario s, String file, Driver driver) {
        Driver now = Nodes.node(s, file, DriverFile.class, "driver file").driver();
        List<String> changes = changes(now, driver);
        return new SetDriver(file, driver, changes.size() == 1 ? "Set " + changes.get(0)
                : "Set driver of " + Nodes.label(s, file));
    }

    @Override
    public Scenario apply(Scenario s) {
        DriverFile f = Nodes.node(s, file, DriverFile.class, "driver file");
        if (!Objects.equals(f.driver().device(), driver.device())) {
            throw new IllegalArgumentException("the device of " + Nodes.label(f)
                    + " is an edge: connect or disconnect it instead");
        }
        return Nodes.replace(s, f.withDriver(driver));
    }

    private static List<String> changes(Driver a, Driver b) {
        List<String> out = new ArrayList<>();
        change(out, "driver name", a.name(), b.name());
        change(out, "pollable", a.pollable(), b.pollable());
        change(out, "wait queue freed in", a.waitQueueFreedIn(), b.waitQueueFreedIn());
        change(out, "private data freed in", a.privateDataFreedIn(), b.privateDataFreedIn());
        change(out, "reserved memory", a.reservedMemory(), b.reservedMemory());
        change(out, "open takes a device reference", a.openTakesDeviceRef(), b.openTakesDeviceRef());
        return out;
    }

    private static void change(List<String> out, String field, Object was, Object now) {
        if (!Objects.equals(was, now)) {
            out.add(field + ": " + words(now));
        }
    }

    private static String words(Object value) {
        if (value instanceof Boolean) {
            return (Boolean) value ? "yes" : "no";
        } else if (value instanceof Enum) {
            return ((Enum<?>) value).name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        return String.valueOf(value);
    }
}
