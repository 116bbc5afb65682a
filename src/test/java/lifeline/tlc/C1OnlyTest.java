package lifeline.tlc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** The test JVMs compile with C1 only already (pom.xml), so the directive changes nothing else here. */
class C1OnlyTest {
    @Test
    void theJvmsCompilerDirectivesLeaveC2OutAndNoFileIsLeft() throws Exception {
        C1Only.fromNow();

        String directives = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                new Object[] {null}, new String[] {String[].class.getName()});
        assertTrue(directives.replaceAll("\\s+", " ").contains("c2 directives: inline: - Enable:true Exclude:true"),
                directives);
        assertTrue(jitFolders().isEmpty(), "left behind: " + jitFolders());
    }

    private static java.util.List<Path> jitFolders() throws IOException {
        String mine = "lifeline-jit-" + ProcessHandle.current().pid() + "-";
        try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return tmp.filter(p -> p.getFileName().toString().startsWith(mine)).toList();
        }
    }
}
