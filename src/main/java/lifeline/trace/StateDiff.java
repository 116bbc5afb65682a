package lifeline.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The fields that differ between two object layouts of consecutive states. */
public final class StateDiff {
    private StateDiff() {}

    public static List<Change> between(List<ObjectView> before, List<ObjectView> after) {
        Map<ObjectKey, ObjectView> old = new LinkedHashMap<>();
        before.forEach(v -> old.put(v.key(), v));
        List<Change> changes = new ArrayList<>();
        for (ObjectView now : after) {
            ObjectView was = old.get(now.key());
            Map<String, String> wasFields = was == null ? Map.of() : was.fields();
            Set<String> names = new LinkedHashSet<>(wasFields.keySet());
            names.addAll(now.fields().keySet());
            for (String field : names) {
                String a = wasFields.getOrDefault(field, "");
                String b = now.fields().getOrDefault(field, "");
                if (!a.equals(b)) {
                    changes.add(new Change(now.key(), now.label(), field, a, b));
                }
            }
        }
        return changes;
    }
}
