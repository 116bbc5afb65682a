package lifeline.tlc;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Tells this JVM's JIT to compile with C1 only from now on, as {@code -XX:TieredStopAtLevel=1} would from
 * the start: a running JVM cannot set that flag, but a compiler directive can leave C2 out (HotSpot's
 * {@code Compiler.directives_add}, through its diagnostic bean). On two cores C2's compiler thread competes
 * with TLC for a core during a JVM's first seconds of work: the command line's own JVM checks seed 001 in
 * 1.7 s with it and 2.0 s without (TLC inside that JVM), and the app's JVM, beside its TLC child, shows a
 * check 0.1 to 0.4 s sooner over its first dozens of checks (README.md, Checking from the app). Lifeline's
 * own code in these JVMs is light (TLC's long runs have their own JVM with both compilers). A JVM without
 * that command compiles as it did.
 */
public final class C1Only {
    private C1Only() {}

    /** Leaves C2 out of this JVM's compilations from now on; nothing happens where the JVM cannot. */
    public static void fromNow() {
        Path dir = null;
        try {
            dir = RunFiles.createTempDir(null, "jit");
            Path directives = Files.writeString(dir.resolve("c1-only.json"), "[{ match: \"*.*\", c2: { Exclude: true } }]");
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "compilerDirectivesAdd", new Object[] {new String[] {directives.toString()}},
                    new String[] {String[].class.getName()});
        } catch (IOException | JMException | RuntimeException e) {
            // Another JVM: it compiles with C2 too, which only costs time.
        } finally {
            if (dir != null) {
                RunFiles.delete(dir);
            }
        }
    }
}
