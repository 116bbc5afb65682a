package lifeline.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One object of a kernel state as named fields and printable values, the same shape for every
 * kind, so that diffs, the state panel and JSON export need no per-kind code.
 *
 * @param key which object, stable across steps
 * @param node the scenario node it belongs to, or "" for kernel-wide objects
 */
public record ObjectView(ObjectKey key, String node, String label, Map<String, String> fields) {
    public ObjectView {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public ObjectKind kind() {
        return key.kind();
    }
}
