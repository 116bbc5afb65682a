package lifeline.cli;

import static lifeline.cli.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import lifeline.cli.CliTest.Run;
import lifeline.io.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Input the command line refuses (exit 2) with a sentence about the input, never a Java class name. */
class CliRefusalsTest {
    @TempDir
    Path dir;

    private Path seed001With(String piece, String replacement) throws Exception {
        String text = Examples.text("seed001-epoll-flush-uaf").orElseThrow();
        assertTrue(text.contains(piece), piece);
        Path f = dir.resolve("s.lifeline.json");
        Files.writeString(f, text.replace(piece, replacement));
        return f;
    }

    static void refused(Run r, String expected) {
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().matches("(?s).*\\b(java|javax|com\\.fasterxml)\\.[a-z]+\\.\\w+.*"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void aTypoInAKeyIsRefusedNotChecked() throws Exception {
        Path f = seed001With("\"exits\" : true", "\"exit\" : true");
        Run r = cli("check", f.toString());
        refused(r, f + ":12:7: processes[0]: unknown key \"exit\"; did you mean \"exits\"?");
        assertEquals("", r.out());
    }

    @Test
    void noPropertyMeansNothingToCheck() throws Exception {
        Path f = seed001With("\"properties\" : [ \"NoUseAfterFree\", \"NoDoubleFree\", \"NoRefcountUnderflow\", \"NoLeak\" ]",
                "\"properties\" : [ ]");
        Run r = cli("check", f.toString());
        refused(r, f + ": nothing to check");
        assertEquals("", r.out());
        refused(cli("export", f.toString(), "--out", dir.resolve("x").toString()), "nothing to check");
    }

    @Test
    void devicesAndPipesAreRefusedAtOnce() throws Exception {
        refused(cli("check", "/dev/zero"), "/dev/zero: cannot read: not a regular file");
        Path fifo = dir.resolve("x.lifeline.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
        refused(cli("check", fifo.toString()), fifo + ": cannot read: not a regular file");
    }

    @Test
    void aHeapTooSmallIsASentence() {
        refused(cli("check", "seed001-epoll-flush-uaf", "--heap", "16"),
                "lifeline: --heap 16 is too small: TLC needs at least 32 MB");
    }

    @Test
    void tooManyWorkersGetABound() {
        refused(cli("check", "seed001-epoll-flush-uaf", "--workers", "100000"),
                "lifeline: --workers 100000 is out of range: give 1 to 256");
        refused(cli("check", "seed001-epoll-flush-uaf", "--workers", "0"), "--workers 0 is out of range");
    }

    @Test
    void aTla2toolsThatIsNoJarIsASentence() throws Exception {
        Path text = Files.writeString(dir.resolve("tla2tools.jar"), "not a jar");
        refused(cli("check", "seed001-epoll-flush-uaf", "--tla2tools", text.toString()),
                "is not a jar file (it cannot be opened as a zip archive)");
        refused(cli("check", "seed001-epoll-flush-uaf", "--tla2tools", dir.toString()), "is a folder, not a jar file");
    }

    @Test
    void exportIntoAFileOrUnderOneIsASentence() throws Exception {
        Path file = Files.writeString(dir.resolve("f"), "a file");
        refused(cli("export", "seed001-epoll-flush-uaf", "--out", file.toString()),
                "lifeline: " + file + ": is a file, not a folder; export writes into a folder");
        refused(cli("export", "seed001-epoll-flush-uaf", "--out", file.resolve("sub").toString()),
                "lifeline: " + file + ": is a file, not a folder, so " + file.resolve("sub") + " cannot be created");
        assertEquals("a file", Files.readString(file));
    }

    @Test
    void anEmptyOutIsRefused() {
        refused(cli("export", "seed001-epoll-flush-uaf", "--out", ""), "lifeline: --out is empty");
    }

    @Test
    void exportWritesNoFileThroughASymlinkEvenWithForce() throws Exception {
        Path outside = Files.writeString(dir.resolve("outside.txt"), "keep me");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("MC.tla"), outside);
        Run r = cli("export", "seed001-epoll-flush-uaf", "--out", out.toString(), "--force");
        refused(r, out.resolve("MC.tla") + ": is a symbolic link; export writes no file through a link");
        assertEquals("keep me", Files.readString(outside));
        assertTrue(Files.isSymbolicLink(out.resolve("MC.tla")));
    }

    @Test
    void aReadOnlyTargetIsReplacedOnlyWithForce() throws Exception {
        Path out = Files.createDirectories(dir.resolve("ro"));
        Path mc = Files.writeString(out.resolve("MC.tla"), "old");
        Files.setPosixFilePermissions(mc, PosixFilePermissions.fromString("r--r--r--"));
        refused(cli("export", "seed001-epoll-flush-uaf", "--out", out.toString()),
                mc + " exists and is read-only; pass --force to replace it");
        assertEquals("old", Files.readString(mc));
        assertEquals(0, cli("export", "seed001-epoll-flush-uaf", "--out", out.toString(), "--force").exit());
        assertTrue(Files.readString(mc).contains("MODULE MC"));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(mc)));
    }

    @Test
    void aNumberBeyondTheParsersLimitIsRefusedWithItsPlace() throws Exception {
        Path f = seed001With("\"tgid\" : 300", "\"tgid\" : " + "9".repeat(1500));
        Run r = cli("check", f.toString());
        refused(r, f + ":11:");
        assertTrue(r.err().contains("a number of more than 1000 digits"), r.err());
    }

    @Test
    void controlCharactersInTypedTextAreEscaped() {
        Run r = cli("check", "no\u001b[2Jsuch\nPASS: fake");
        refused(r, "no such file or built-in example: no\\e[2Jsuch\\nPASS: fake");
        assertFalse(r.err().contains("\u001b"), r.err());
        refused(cli("check", "nul\u0000name"), "lifeline: nul\\x00name: not a possible file name");
        Run option = cli("check", "--\u001b[2J");
        assertEquals(2, option.exit());
        assertFalse(option.err().contains("\u001b"), option.err());
    }

    /** sysfs refuses new files even to root, so this is a real read-only folder whoever runs the test. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void aFolderThatRefusesWritesIsNamedNotItsTemporaryFile() {
        Run r = cli("export", "seed001-epoll-flush-uaf", "--out", "/sys/kernel", "--force");
        refused(r, "lifeline: /sys/kernel: cannot write in this folder: permission denied (it is read-only to you)");
        assertFalse(r.err().contains(".tmp"), r.err());
    }
}
