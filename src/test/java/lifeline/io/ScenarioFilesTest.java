package lifeline.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lifeline.model.FdLink;
import lifeline.model.Scenario;
import lifeline.model.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFilesTest {
    private static final Scenario OLD = ScenarioJsonGoldenTest.golden();
    private static final Scenario NEW = TestScenarios.rich();

    @TempDir
    Path dir;

    private Set<String> entries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private Path oldFile() throws IOException {
        Path file = dir.resolve("app.lifeline.json");
        ScenarioFiles.write(file, OLD);
        return file;
    }

    @Test
    void savingOverAFileReplacesIt() throws Exception {
        Path file = oldFile();
        ScenarioFiles.write(file, NEW);
        assertEquals(NEW, ScenarioFiles.read(file));
        assertEquals(Set.of("app.lifeline.json"), entries());
    }

    @Test
    void aFailedSaveLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = oldFile();
        byte[] before = Files.readAllBytes(file);
        AtomicFiles.Mover failing = (temp, target) -> {
            assertTrue(Files.exists(temp), "the new content is complete before the move");
            throw new IOException("disk full (simulated)");
        };
        IOException e = assertThrows(IOException.class,
                () -> AtomicFiles.write(file, ScenarioFiles.bytes(NEW), failing));
        assertEquals("disk full (simulated)", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(Set.of("app.lifeline.json"), entries());
    }

    @Test
    void aRenameTheKernelRefusesLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("taken.lifeline.json");
        // A directory appears after the up-front check: rename(2) itself fails (EISDIR or ENOTEMPTY).
        AtomicFiles.Mover raced = (temp, target) -> {
            Files.createDirectory(target);
            Files.writeString(target.resolve("inside"), "keep me");
            AtomicFiles.REPLACE.move(temp, target);
        };
        assertThrows(IOException.class, () -> AtomicFiles.write(file, ScenarioFiles.bytes(NEW), raced));
        assertEquals("keep me", Files.readString(file.resolve("inside")));
        assertEquals(Set.of("taken.lifeline.json"), entries());
    }

    @Test
    void savingOntoADirectoryIsRefused() throws Exception {
        Path target = Files.createDirectory(dir.resolve("d.lifeline.json"));
        IOException e = assertThrows(IOException.class, () -> ScenarioFiles.write(target, NEW));
        assertTrue(e.getMessage().contains("is a folder, not a file"), e.getMessage());
        assertTrue(Files.isDirectory(target));
        assertEquals(Set.of("d.lifeline.json"), entries());
    }

    @Test
    void savingIntoAMissingDirectoryCreatesNothing() {
        Path file = dir.resolve("missing").resolve("app.lifeline.json");
        assertThrows(NoSuchFileException.class, () -> ScenarioFiles.write(file, NEW));
        assertTrue(Files.notExists(file.getParent()));
    }

    @Test
    void savingKeepsTheFilesPermissions() throws Exception {
        Path file = oldFile();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        ScenarioFiles.write(file, NEW);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void savingThroughASymlinkUpdatesItsTarget() throws Exception {
        Path file = oldFile();
        Path link = Files.createSymbolicLink(dir.resolve("link.lifeline.json"), file.getFileName());
        ScenarioFiles.write(link, NEW);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(NEW, ScenarioFiles.read(file));
    }

    @Test
    void readingAMissingFileNamesItAndKeepsTheCause() {
        Path file = dir.resolve("gone.lifeline.json");
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> ScenarioFiles.read(file));
        assertEquals(file + ": cannot read: no such file or folder", e.getMessage());
        assertInstanceOf(NoSuchFileException.class, e.getCause());
    }

    @Test
    void readingADirectoryIsRefused() {
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> ScenarioFiles.read(dir));
        assertEquals(dir + ": cannot read: it is a directory", e.getMessage());
    }

    @Test
    void readingBytesThatAreNotUtf8IsRefused() throws Exception {
        Path file = dir.resolve("latin1.lifeline.json");
        Files.write(file, "{ \"title\" : \"caf\u00e9\" }".getBytes(StandardCharsets.ISO_8859_1));
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> ScenarioFiles.read(file));
        assertEquals(file + ": not UTF-8 text; scenario files are JSON in UTF-8", e.getMessage());
    }

    @Test
    void readingMalformedJsonGivesThePathLineAndColumn() throws Exception {
        Path file = dir.resolve("bad.lifeline.json");
        Files.writeString(file, "{\n  \"format\" : \"lifeline-scenario\"\n  \"version\" : 1\n}\n");
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> ScenarioFiles.read(file));
        assertEquals(file + ":3:3: expected ',' or '}', found '\"'", e.getMessage());
    }

    @Test
    void readDoesNotValidateButLoadDoes() throws Exception {
        Path file = dir.resolve("invalid.lifeline.json");
        Scenario invalid = OLD.withFds(List.of(new FdLink("P1", 3, "F1"), new FdLink("P9", 4, "F1")));
        ScenarioFiles.write(file, invalid);
        assertEquals(invalid, ScenarioFiles.read(file));
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> ScenarioFiles.load(file));
        assertEquals(1, e.problems().size());
        assertEquals(file + ": the scenario is not valid (1 problem):\n"
                + "  fd 4 of P9: is in the fd table of a process, but there is no process P9", e.getMessage());
    }

    /** Leftovers of killed saves: only this file's own, of the exact pattern, and not a save under way. */
    private Set<String> leftovers(Path file) throws IOException {
        String n = file.getFileName().toString();
        FileTime old = FileTime.from(Instant.now().minus(StaleTemps.AGE).minusSeconds(5));
        for (String stale : List.of("." + n + ".1a2b3c.tmp", "." + n + ".7fffffffffffffff.tmp")) {
            Files.setLastModifiedTime(Files.writeString(dir.resolve(stale), "half a save"), old);
        }
        Set<String> kept = Set.of("." + n + ".12ab.tmp", "." + n + ".xyz.tmp", ".other.lifeline.json.1a.tmp",
                n + ".1a.tmp", "." + n + ".1a.tmp.bak", "." + n + ".1A.tmp");
        for (String k : kept) {
            Files.setLastModifiedTime(Files.writeString(dir.resolve(k), "not a stale temp of this file"),
                    k.equals("." + n + ".12ab.tmp") ? FileTime.from(Instant.now()) : old);
        }
        Files.setLastModifiedTime(Files.createDirectory(dir.resolve("." + n + ".abc.tmp")), old);
        return kept;
    }

    @Test
    void savingRemovesTheStaleTemporaryFilesOfThatFileOnly() throws Exception {
        Path file = oldFile();
        Set<String> kept = leftovers(file);
        ScenarioFiles.write(file, NEW);
        Set<String> expected = new java.util.HashSet<>(kept);
        expected.add(file.getFileName().toString());
        expected.add("." + file.getFileName() + ".abc.tmp");
        assertEquals(expected, entries());
    }

    @Test
    void openingRemovesTheStaleTemporaryFilesOfThatFileOnly() throws Exception {
        Path file = oldFile();
        Set<String> kept = leftovers(file);
        assertEquals(OLD, ScenarioFiles.read(file));
        assertFalse(entries().contains("." + file.getFileName() + ".1a2b3c.tmp"));
        assertFalse(entries().contains("." + file.getFileName() + ".7fffffffffffffff.tmp"));
        assertTrue(entries().containsAll(kept));
    }

    @Test
    void aNameWithGlobCharactersMatchesOnlyItsOwnTemporaryFiles() throws Exception {
        Path file = dir.resolve("we*ird[1]{a,b}?.lifeline.json");
        ScenarioFiles.write(file, OLD);
        Set<String> kept = leftovers(file);
        Path neighbour = dir.resolve(".weXird1a.lifeline.json.1a.tmp");
        Files.setLastModifiedTime(Files.writeString(neighbour, "another file's"), FileTime.from(Instant.EPOCH));
        ScenarioFiles.write(file, NEW);
        assertTrue(entries().containsAll(kept));
        assertTrue(Files.exists(neighbour));
        assertFalse(entries().contains("." + file.getFileName() + ".1a2b3c.tmp"));
    }
}
