package lifeline.tlc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether a TLC JVM asks Linux for 2 MB pages for its heap ({@code -XX:+UseTransparentHugePages}).
 * A small check's JVM touches a hundred or so MB of new heap, one page fault per 4 KB page; on a
 * virtual machine a fault costs several microseconds, so about 25,000 of them were a tenth of a
 * seed example's TLC JVM (README.md, Performance). With huge pages it takes about 11,000. Asked
 * only where the kernel gives them on request ({@code madvise}): with {@code always} the heap
 * has them anyway, with {@code never} the request does nothing, and a kernel without them (or
 * another system) would have the JVM print a warning into TLC's output.
 */
final class HugePages {
    static final Path KERNEL_MODE = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    static final String JVM_OPTION = "-XX:+UseTransparentHugePages";
    private static final List<String> OPTIONS = optionsFor(read(KERNEL_MODE));

    private HugePages() {}

    /** The JVM options for this machine: read once, from the kernel. */
    static List<String> jvmOptions() {
        return OPTIONS;
    }

    /** The options for a kernel mode line such as {@code always [madvise] never} (the bracket marks the mode). */
    static List<String> optionsFor(String modeLine) {
        return modeLine.contains("[madvise]") ? List.of(JVM_OPTION) : List.of();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return ""; // not Linux, or no transparent huge pages
        }
    }
}
