package lifeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import lifeline.io.Examples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The .deb that {@code mvn -Pinstaller verify} builds (failsafe runs this after jpackage), unpacked
 * with {@code dpkg -x} into a scratch folder: its {@code lifeline} command runs the CLI with its own
 * runtime and TLC, and its desktop entry and MIME type open {@code *.lifeline.json} files.
 */
class InstallerIT {
    private static final String INSTALL_DIR = "opt/lifeline";

    @TempDir
    static Path root;
    private static Path launcher;

    @BeforeAll
    static void unpack() throws Exception {
        Path deb = Path.of(System.getProperty("lifeline.deb", "target/installer/lifeline_0.1.0-1_amd64.deb"));
        assertTrue(Files.isRegularFile(deb), "no package at " + deb.toAbsolutePath() + ": run mvn -Pinstaller verify");
        assertEquals(0, run(List.of("dpkg", "-x", deb.toString(), root.toString())).exit());
        assertEquals(0, run(List.of("dpkg-deb", "-e", deb.toString(), root.resolve("DEBIAN").toString())).exit());
        launcher = root.resolve(INSTALL_DIR).resolve("bin/lifeline");
        assertTrue(Files.isExecutable(launcher), launcher.toString());
    }

    @Test
    void theCommandListsTheExamples() throws Exception {
        Run examples = run(List.of(launcher.toString(), "examples"));
        assertEquals(0, examples.exit(), examples.err());
        List<String> listed = examples.out().lines().map(l -> l.split("\t")[0]).toList();
        assertEquals(Examples.names(), listed);
    }

    @Test
    void theCommandChecksWithTheImagesOwnJavaAndTlc() throws Exception {
        Run check = run(List.of(launcher.toString(), "check", "seed001-epoll-flush-uaf"));
        assertEquals(1, check.exit(), check.out() + check.err());
        assertTrue(check.out().contains("BUG: KASAN: use-after-free in remove_wait_queue"), check.out());
        assertTrue(check.out().contains("eventpoll_release"), check.out());
    }

    @Test
    void theDesktopEntryOpensScenarioFilesFromTheDevelopmentMenu() throws IOException {
        Map<String, String> entry = desktopEntry();
        assertEquals("Lifeline", entry.get("Name"));
        assertEquals("Application", entry.get("Type"));
        assertEquals("Development", entry.get("Categories"));
        assertEquals("/" + INSTALL_DIR + "/bin/lifeline %f", entry.get("Exec"));
        assertEquals("application/x-lifeline-scenario", entry.get("MimeType"));
        assertTrue(Files.isRegularFile(inPackage(entry.get("Icon"))), entry.get("Icon"));
    }

    @Test
    void theMimeTypeIsTheDoubleExtensionOfScenarioFiles() throws Exception {
        Path xml;
        try (Stream<Path> files = Files.list(root.resolve(INSTALL_DIR).resolve("lib"))) {
            xml = files.filter(f -> f.getFileName().toString().endsWith("MimeInfo.xml")).findFirst().orElseThrow();
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(xml.toFile());
        Element type = (Element) doc.getElementsByTagNameNS("*", "mime-type").item(0);
        assertEquals("application/x-lifeline-scenario", type.getAttribute("type"));
        Element glob = (Element) type.getElementsByTagNameNS("*", "glob").item(0);
        assertEquals("*.lifeline.json", glob.getAttribute("pattern"));
        assertEquals(1, doc.getElementsByTagNameNS("*", "glob").getLength(), "plain *.json is not claimed");
    }

    @Test
    void theCommandOnThePathChecksWithThePackagesJavaAndTlc() throws Exception {
        Path command = commandOnThePath();

        Run check = run(List.of(command.toString(), "check", "seed001-epoll-flush-uaf"));
        Run examples = run(List.of(command.toString(), "examples"));

        assertEquals(1, check.exit(), check.out() + check.err());
        assertTrue(check.out().contains("BUG: KASAN: use-after-free in remove_wait_queue"), check.out());
        assertEquals(0, examples.exit(), examples.err());
        assertEquals(Examples.names(), examples.out().lines().map(l -> l.split("\t")[0]).toList());
    }

    @Test
    void installingPutsTheCommandOnThePathAndRegistersTheDesktopFiles() throws IOException {
        String postinst = Files.readString(root.resolve("DEBIAN/postinst"));
        assertTrue(postinst.contains("chmod 755 /usr/bin/lifeline"), postinst);
        for (String path : commandScript().split("\\s+")) {
            if (path.startsWith("/opt/")) {
                assertTrue(Files.isRegularFile(inPackage(path)), "the command runs " + path + ", not in the package");
            }
        }
        assertTrue(postinst.contains("xdg-desktop-menu install"), postinst);
        assertTrue(postinst.contains("xdg-mime install"), postinst);
        String prerm = Files.readString(root.resolve("DEBIAN/prerm"));
        assertTrue(prerm.contains("rm -f /usr/bin/lifeline"), prerm);
        assertTrue(prerm.contains("xdg-desktop-menu uninstall"), prerm);
    }

    /** The script postinst writes as /usr/bin/lifeline. */
    private static String commandScript() throws IOException {
        String postinst = Files.readString(root.resolve("DEBIAN/postinst"));
        Matcher script = Pattern.compile("cat > /usr/bin/lifeline <<'COMMAND'\n(.*?)\nCOMMAND\n", Pattern.DOTALL)
                .matcher(postinst);
        assertTrue(script.find(), postinst);
        return script.group(1);
    }

    /** That script as installed, its paths under /opt in the scratch folder instead. */
    private static Path commandOnThePath() throws IOException {
        Path command = root.resolve("usr/bin/lifeline");
        Files.createDirectories(command.getParent());
        Files.writeString(command, commandScript().replace(" /opt/", " " + root + "/opt/"));
        assertTrue(command.toFile().setExecutable(true));
        return command;
    }

    private static Map<String, String> desktopEntry() throws IOException {
        try (Stream<Path> files = Files.list(root.resolve(INSTALL_DIR).resolve("lib"))) {
            Path desktop = files.filter(f -> f.getFileName().toString().endsWith(".desktop")).findFirst().orElseThrow();
            return Files.readAllLines(desktop).stream().filter(l -> l.contains("="))
                    .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
        }
    }

    /** An absolute path of the installed system, in the scratch folder. */
    private static Path inPackage(String absolute) {
        return root.resolve(absolute.substring(1));
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(List<String> command) throws Exception {
        Path out = Files.createTempFile(root, "out", ".txt");
        Path err = Files.createTempFile(root, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
