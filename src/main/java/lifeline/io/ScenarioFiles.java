package lifeline.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import lifeline.model.Printable;
import lifeline.model.Problem;
import lifeline.model.Scenario;
import lifeline.model.ScenarioValidator;

/** Scenario files on disk: read, read and validate, and atomic saves. */
public final class ScenarioFiles {
    /** Far beyond any scenario within the validator's bounds; refuses to load a wrong, huge file. */
    static final long MAX_BYTES = 16L << 20;

    private ScenarioFiles() {}

    /**
     * Reads a scenario without validating it (an editor opens invalid work in progress too).
     *
     * @throws ScenarioFormatException for a file that cannot be read (the I/O error is the cause)
     *     as well as for one that is not a scenario; the message names the file
     */
    public static Scenario read(Path path) throws ScenarioFormatException {
        String source = Printable.of(path.toString());
        StaleTemps.remove(path);
        return ScenarioJson.fromJson(decode(readBytes(path, source), source), source);
    }

    /** Reads a scenario and refuses it, listing every problem, unless the validator finds none. */
    public static Scenario load(Path path) throws ScenarioFormatException {
        Scenario s = read(path);
        List<Problem> problems = ScenarioValidator.validate(s);
        if (!problems.isEmpty()) {
            throw new ScenarioFormatException(Printable.of(path.toString()), problems);
        }
        return s;
    }

    /** Saves atomically, replacing the file if it exists: afterwards the file is wholly old or wholly new. */
    public static void write(Path path, Scenario scenario) throws IOException {
        AtomicFiles.replace(path, bytes(scenario));
    }

    static byte[] bytes(Scenario scenario) {
        return ScenarioJson.toJson(scenario).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Only a regular file is read: a FIFO would block for ever and a device never ends. The size cap
     * holds while reading, whatever size the file claims.
     */
    private static byte[] readBytes(Path path, String source) throws ScenarioFormatException {
        try {
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
            if (attrs.isDirectory()) {
                throw new ScenarioFormatException(source, "cannot read: it is a directory");
            }
            if (!attrs.isRegularFile()) {
                throw new ScenarioFormatException(source, "cannot read: not a regular file (a pipe, a device or a"
                        + " socket); scenarios are read only from regular files");
            }
            try (InputStream in = Files.newInputStream(path)) {
                byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new ScenarioFormatException(source, "cannot read: larger than " + (MAX_BYTES >> 20)
                            + " MiB, far too large for a scenario");
                }
                return bytes;
            }
        } catch (ScenarioFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new ScenarioFormatException(source, "cannot read: " + IoErrors.reason(e), e);
        }
    }

    private static String decode(byte[] bytes, String source) throws ScenarioFormatException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioFormatException(source, "not UTF-8 text; scenario files are JSON in UTF-8", e);
        }
    }
}
