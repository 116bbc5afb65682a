package lifeline.model;

import java.util.Objects;

/** A file opened on a driver whose flush/release behaviour the user configures. */
public record DriverFile(String id, String name, String opener, Driver driver, Position position)
        implements FileNode {
    public DriverFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(driver, "driver");
        name = name == null ? "" : name;
        position = position == null ? Position.ORIGIN : position;
    }

    @Override
    public boolean pollable() {
        return driver.pollable();
    }

    @Override
    public String kindLabel() {
        return "file";
    }

    public DriverFile withDriver(Driver d) {
        return new DriverFile(id, name, opener, d, position);
    }
}
