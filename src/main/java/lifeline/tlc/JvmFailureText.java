package lifeline.tlc;

import java.util.List;
import java.util.stream.Collectors;

/** The JVM's own reason, from what a Java VM that could not start printed on stderr. */
final class JvmFailureText {
    private JvmFailureText() {}

    /** Lines every failed start prints, which say nothing about why. */
    private static final List<String> GENERIC = List.of(
            "Error occurred during initialization of VM",
            "Error: Could not create the Java Virtual Machine.",
            "Error: A fatal exception has occurred. Program will exit.");
    private static final int MAX_LINES = 5;

    static String reason(String stderr) {
        List<String> lines = stderr.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> specific = lines.stream().filter(l -> !GENERIC.contains(l)).limit(MAX_LINES).toList();
        return (specific.isEmpty() ? lines : specific).stream().collect(Collectors.joining("\n"));
    }
}
