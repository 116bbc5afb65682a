package lifeline.tlc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the launcher's progress message ({@code lifeline.tlc.child.TlcMain}): "name=number" pairs. */
final class LiveProgressText {
    private LiveProgressText() {}

    private static final Pattern PAIR = Pattern.compile("([a-zA-Z]+)=(\\d+)");

    static Optional<TlcEvent> parse(String text) {
        Map<String, Long> v = new HashMap<>();
        Matcher m = PAIR.matcher(text);
        while (m.find()) {
            try {
                v.put(m.group(1), Long.parseLong(m.group(2)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        if (v.keySet().containsAll(List.of("walked", "walks", "elapsedMs"))) {
            return Optional.of(new TlcEvent.LiveWalkProgress(v.get("walked"), v.get("walks"), v.get("elapsedMs")));
        }
        if (!v.keySet().containsAll(List.of("distinct", "generated", "queue", "depth", "workers",
                "perSecond", "elapsedMs"))) {
            return Optional.empty();
        }
        return Optional.of(new TlcEvent.LiveProgress(v.get("distinct"), v.get("generated"), v.get("queue"),
                v.get("depth").intValue(), v.get("workers").intValue(), v.get("perSecond"), v.get("elapsedMs")));
    }
}
