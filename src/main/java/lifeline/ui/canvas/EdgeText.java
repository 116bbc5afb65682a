package lifeline.ui.canvas;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import lifeline.edit.Edge;
import lifeline.edit.EdgeKind;
import lifeline.model.DriverFile;
import lifeline.model.Scenario;

/**
 * The label of a line, by kind of edge: "fd 3, 4", "watch", "opened on", "wraps close"; warn marks a bug
 * pattern (an open that forgot its kref_get, which the file's card also says).
 */
record EdgeText(String text, boolean warn) {
    private static final Map<EdgeKind, BiFunction<Scenario, List<Edge>, EdgeText>> TEXTS =
            new EnumMap<>(EdgeKind.class);

    static {
        TEXTS.put(EdgeKind.FD, (s, edges) -> new EdgeText("fd " + edges.stream()
                .map(e -> ((Edge.Fd) e).fd()).sorted().map(String::valueOf).collect(Collectors.joining(", ")), false));
        TEXTS.put(EdgeKind.WATCH, (s, edges) -> new EdgeText("watch", false));
        TEXTS.put(EdgeKind.OPENED_ON, EdgeText::openedOn);
        TEXTS.put(EdgeKind.HOOK, (s, edges) -> new EdgeText("wraps close", false));
    }

    static EdgeText of(Scenario s, EdgeKey key, List<Edge> edges) {
        return TEXTS.get(key.kind()).apply(s, edges);
    }

    /** Open took its kref_get, or forgot it (the seed 003 bug). */
    private static EdgeText openedOn(Scenario s, List<Edge> edges) {
        boolean takesRef = s.file(edges.get(0).from()).filter(f -> f instanceof DriverFile
                && ((DriverFile) f).driver().openTakesDeviceRef()).isPresent();
        return new EdgeText("opened on", !takesRef);
    }
}
