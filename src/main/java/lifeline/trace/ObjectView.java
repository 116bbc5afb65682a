package lifeline.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One object of a kernel state as named fields and printable values, the same shape for every
 * kind, so that diffs, the state panel and JSON export need no per-kind code.
 *
 * @param key stable across steps, e.g. "file:f1" ({@link ObjectKind#key})
 * @param node the scenario node it belongs to, or "" for kernel-wide objects
 */
public record ObjectView(String key, ObjectKind kind, String node, String label, Map<String, String> fields) {
    public ObjectView {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
