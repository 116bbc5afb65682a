package lifeline.model;

import java.util.Objects;

/** A module that wraps close for one process: path_get, the original close, path_put. */
public record CloseHook(String id, String name, String process, PathCapture capture, Position position)
        implements Node {
    public CloseHook {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        capture = capture == null ? PathCapture.POINTER : capture;
        position = position == null ? Position.ORIGIN : position;
    }

    @Override
    public String kindLabel() {
        return "close hook";
    }
}
