package lifeline.ui.files;

import static lifeline.ui.files.AppHarness.onFx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import lifeline.cli.Cli;
import lifeline.io.Examples;
import lifeline.ui.LifelineApp;
import lifeline.ui.WindowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.Start;

/** Export TLA+ and Export Image from the File menu. */
@WindowTest
class ExportsTest {
    private static final String FIRST = LifelineApp.FIRST_EXAMPLE;
    private static final List<String> FILES = List.of("MC.tla", "MC.cfg", "Lifeline.tla");

    @TempDir
    Path dir;
    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage, dir.resolve("settings.properties"));
    }

    @AfterEach
    void settle() {
        app.settle();
    }

    /** What `lifeline export EXAMPLE FLAGS --out DIR` writes, run in this JVM. */
    static Path cliExport(String example, Path out, String... flags) {
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("export", example, "--out", out.toString()));
        args.addAll(List.of(flags));
        int exit = Cli.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(Cli.OK, exit, err.toString());
        return out;
    }

    @Test
    void exportTlaWritesTheSameThreeFilesAsTheCommandLine() throws Exception {
        Path out = dir.resolve("model");
        app.dialogs.directory(out);
        app.fire("exportTlaItem");
        Path cli = cliExport(FIRST, dir.resolve("cli"));
        assertEquals(List.of("directory"), app.dialogs.asked);
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(cli.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
        assertEquals("Exported MC.tla, MC.cfg and Lifeline.tla to " + out, app.doc.statusProperty().get());
    }

    /** With Random runs chosen beside Check, the files are those of `export --simulate`, and the status says so. */
    @Test
    void exportTlaWritesTheRandomRunsConfigurationWhileTheyAreChosen() throws Exception {
        Path out = dir.resolve("model");
        app.dialogs.directory(out);
        onFx(() -> app.window.checks().session().randomRunsProperty().set(true));
        app.fire("exportTlaItem");
        Path cli = cliExport(FIRST, dir.resolve("cli"), "--simulate");
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(cli.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
        assertTrue(Files.readString(out.resolve("MC.cfg")).contains("\nACTION_CONSTRAINT "));
        assertEquals("Exported MC.tla, MC.cfg and Lifeline.tla to " + out + ", configured for random runs (TLC's "
                + "-simulate)", app.doc.statusProperty().get());
    }

    @Test
    void exportTlaAsksBeforeReplacingFilesThatAreThere() throws Exception {
        Path out = Files.createDirectories(dir.resolve("model"));
        Files.writeString(out.resolve("MC.cfg"), "mine");
        Files.writeString(out.resolve("Lifeline.tla"), "mine too");
        app.dialogs.directory(out).overwrite(false);
        app.fire("exportTlaItem");
        assertEquals(List.of("directory", "overwrite [MC.cfg, Lifeline.tla]"), app.dialogs.asked);
        assertFalse(Files.exists(out.resolve("MC.tla")));
        assertEquals("mine", Files.readString(out.resolve("MC.cfg")));

        app.dialogs.directory(out).overwrite(true);
        app.fire("exportTlaItem");
        Path cli = cliExport(FIRST, dir.resolve("cli"));
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(cli.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
    }

    @Test
    void exportTlaRefusesAnInvalidScenarioWithItsProblems() throws Exception {
        Path file = dir.resolve("unfinished.lifeline.json");
        Files.writeString(file, Examples.text("seed001-epoll-flush-uaf").orElseThrow()
                .replaceFirst("\"opener\" : \"P1\"", "\"opener\" : \"P9\""));
        onFx(() -> app.files().load(file));
        app.fire("exportTlaItem");
        assertEquals(List.of("error Cannot export TLA+: the scenario is not valid"), app.dialogs.asked);
        assertTrue(app.dialogs.errors.get(0).contains("there is no process P9"), app.dialogs.errors.get(0));
    }

    @Test
    void exportImageWritesAPngOfTheDrawingAndAsksBeforeReplacing() throws Exception {
        app.dialogs.saveTo(dir.resolve("drawing"));
        app.fire("exportImageItem");
        Path png = dir.resolve("drawing.png");
        assertEquals(List.of("save PNG " + FIRST + ".png"), app.dialogs.asked);
        assertTrue(Files.size(png) > 1000, "only " + Files.size(png) + " bytes");
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "not a PNG ImageIO can read");
        assertTrue(image.getWidth() > 100 && image.getHeight() > 100, image.getWidth() + "x" + image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 1, "a blank image");

        byte[] first = Files.readAllBytes(png);
        Files.writeString(png, "keep me");
        app.dialogs.saveTo(png).overwrite(false);
        app.fire("exportImageItem");
        assertEquals("keep me", Files.readString(png));
        app.dialogs.saveTo(png).overwrite(true);
        app.fire("exportImageItem");
        assertArrayEquals(first, Files.readAllBytes(png));
    }

    @Test
    void exportTlaWritesNoFileThroughASymlinkAndAsksAboutReadOnlyOnes() throws Exception {
        Path out = Files.createDirectories(dir.resolve("linked"));
        Path outside = Files.writeString(dir.resolve("outside.txt"), "keep me");
        Files.createSymbolicLink(out.resolve("MC.tla"), outside);
        app.dialogs.directory(out).overwrite(true);
        app.fire("exportTlaItem");
        assertEquals(List.of("directory", "overwrite [MC.tla]", "error Cannot export TLA+"), app.dialogs.asked);
        assertEquals(out.resolve("MC.tla") + ": is a symbolic link; export writes no file through a link (remove the"
                + " link or choose another folder)", app.dialogs.errors.get(0));
        assertEquals("keep me", Files.readString(outside));

        Files.delete(out.resolve("MC.tla"));
        Path cfg = Files.writeString(out.resolve("MC.cfg"), "mine");
        Files.setPosixFilePermissions(cfg, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        app.dialogs.asked.clear();
        app.dialogs.directory(out).overwrite(true).replaceReadOnly(false);
        app.fire("exportTlaItem");
        assertEquals(List.of("directory", "overwrite [MC.cfg]", "read-only MC.cfg"), app.dialogs.asked);
        assertEquals("mine", Files.readString(cfg));
    }
}
