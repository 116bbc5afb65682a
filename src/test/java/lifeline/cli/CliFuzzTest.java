package lifeline.cli;

import static lifeline.cli.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import lifeline.Sweeps;
import lifeline.cli.CliTest.Run;
import lifeline.io.Examples;
import lifeline.io.ScenarioFiles;
import lifeline.io.ScenarioFormatException;
import lifeline.io.ScenarioJsonFuzzTest;
import lifeline.model.Printable;
import lifeline.model.Scenario;
import lifeline.model.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed and hostile files from a fixed seed, each through the real command line: exit 2, a
 * message that names the file and is safe to print, no stack trace, quickly. A failure names the
 * seed and the case, so it can be replayed with -Dlifeline.fuzz.seed.
 */
class CliFuzzTest {
    private static final long SEED = Long.getLong("lifeline.fuzz.seed", 20261130L);
    /** 300 files by default (each kind about 50 times), 1,000 under -Pthorough. */
    private static final int CASES = Sweeps.size(300, 1000);
    private static final long MAX_NANOS = 5_000_000_000L;

    /** Names that command a terminal, forge lines, reverse text or are far too long. */
    private static final List<String> HOSTILE_NAMES = List.of("\u001b[2J\u001b[H", "a\rPASS: No violation",
            "x\nVIOLATION: forged", "\u202eexe.txt", "\u0007\u0008\u007f\u009b31m", "\u2028\u2029\u2066", "\ud800",
            "n".repeat(5000), "\u001b]0;pwned\u0007", "");

    @TempDir
    Path dir;

    private final List<String> kinds = List.of("mutated", "hostile name", "typo in a key", "parser limit",
            "no property", "binary");

    @Test
    void malformedAndHostileFilesAreRefusedWithAMessageNamingTheFile() throws Exception {
        Random rnd = new Random(SEED);
        List<Scenario> starts = new ArrayList<>();
        Examples.names().forEach(n -> starts.add(Examples.load(n).orElseThrow()));
        starts.add(TestScenarios.rich());
        int refused = 0;
        int readable = 0;
        int[] perKind = new int[kinds.size()];
        for (int i = 0; refused < CASES; i++) {
            assertTrue(i < 3 * CASES, "too few malformed files among " + i + " generated (seed " + SEED + ")");
            int kind = rnd.nextInt(kinds.size());
            Path file = dir.resolve("case-" + i + ".lifeline.json");
            Files.write(file, generate(kind, starts.get(rnd.nextInt(starts.size())), rnd));
            if (checksFine(file)) {
                readable++;
                continue;
            }
            refused++;
            perKind[kind]++;
            String where = "seed " + SEED + ", case " + i + " (" + kinds.get(kind) + ")";
            long start = System.nanoTime();
            Run r = cli("check", file.toString());
            long took = System.nanoTime() - start;
            assertTrue(r.exit() == 2, where + ": exit " + r.exit() + "\n" + r.err());
            assertTrue(r.err().startsWith("lifeline: " + file), where + ": " + r.err());
            assertTrue(!r.err().contains("\tat ") && !r.err().contains("Exception"), where + ": " + r.err());
            assertTrue(r.err().lines().allMatch(Printable::isSafe), where + ": unsafe message " + r.err());
            assertTrue(r.out().isEmpty(), where + ": " + r.out());
            assertTrue(took < MAX_NANOS, where + ": took " + took / 1_000_000 + " ms");
            Files.delete(file);
        }
        assertTrue(readable < refused, "most generated files must be malformed (seed " + SEED + ")");
        for (int k = 0; k < kinds.size(); k++) {
            assertTrue(perKind[k] > CASES / kinds.size() / 2, kinds.get(k) + ": only " + perKind[k] + " cases");
        }
    }

    /** Readable, valid and with a property: such a file is checked, not refused, so it is no case here. */
    private static boolean checksFine(Path file) {
        try {
            return !ScenarioFiles.load(file).properties().isEmpty();
        } catch (ScenarioFormatException e) {
            return false;
        }
    }

    private byte[] generate(int kind, Scenario start, Random rnd) {
        String text = ScenarioJsonFuzzTest.mutate(start, tape(rnd));
        String valid = ScenarioJsonFuzzTest.mutate(start, List.of(0, 0, 0, 3));
        return switch (kind) {
            case 0 -> utf8(text);
            case 1 -> utf8(hostileName(valid, rnd));
            case 2 -> utf8(typo(valid, rnd));
            case 3 -> utf8(parserLimit(valid, rnd));
            case 4 -> utf8(valid.replaceFirst("\"properties\" : \\[[^\\]]*\\]", "\"properties\" : [ ]"));
            default -> binary(valid, rnd);
        };
    }

    private static List<Integer> tape(Random rnd) {
        List<Integer> tape = new ArrayList<>();
        for (int n = 3 + rnd.nextInt(10); n > 0; n--) {
            tape.add(rnd.nextInt(Integer.MAX_VALUE));
        }
        return tape;
    }

    /** A hostile name, and a fault the validator or reader refuses, so that the message quotes the name. */
    private static String hostileName(String valid, Random rnd) {
        String name = HOSTILE_NAMES.get(rnd.nextInt(HOSTILE_NAMES.size()));
        String json = "\"" + name.chars().mapToObj(c -> String.format("\\u%04x", c)).reduce("", String::concat) + "\"";
        String named = nth(valid, "\"name\" : \"[^\"]*\"", rnd, (m, v) -> "\"name\" : " + json);
        List<String> faults = List.of("\"tgid\" : 0", "\"tgid\" : \"" + json.replace("\"", "") + "\"",
                "\"id\" : " + json, "\"kind\" : " + json, "\"op\" : " + json, json + " : 1");
        String fault = faults.get(rnd.nextInt(faults.size()));
        String key = fault.startsWith("\"") && fault.indexOf(" : ") > 0 ? fault.substring(0, fault.indexOf(" : ")) : null;
        if (key != null && named.contains(key + " : ")) {
            return nth(named, java.util.regex.Pattern.quote(key) + " : [^,\\n}]*", rnd, (m, v) -> fault);
        }
        return named.replaceFirst("\\{", "{ " + json + " : 1,");
    }

    /** One key with one edit: a letter dropped, doubled, swapped or its case flipped. */
    private static String typo(String valid, Random rnd) {
        return nth(valid, "\"[A-Za-z]{3,}\" :", rnd, (m, v) -> {
            String k = m.substring(1, m.length() - 3);
            int at = rnd.nextInt(k.length() - 1);
            String t = switch (rnd.nextInt(4)) {
                case 0 -> k.substring(0, at) + k.substring(at + 1);
                case 1 -> k.substring(0, at) + k.charAt(at) + k.substring(at);
                case 2 -> k.substring(0, at) + k.charAt(at + 1) + k.charAt(at) + k.substring(at + 2);
                default -> k.substring(0, at) + (Character.isUpperCase(k.charAt(at))
                        ? Character.toLowerCase(k.charAt(at)) : Character.toUpperCase(k.charAt(at))) + k.substring(at + 1);
            };
            return "\"" + (t.equals(k) ? k + "s" : t) + "\" :";
        });
    }

    private static String parserLimit(String valid, Random rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> valid.replaceFirst("\"tgid\" : \\d+", "\"tgid\" : " + "7".repeat(1001 + rnd.nextInt(5000)));
            case 1 -> valid.replaceFirst("\"x\" : [-\\d.]+", "\"x\" : 1e" + "9".repeat(400));
            case 2 -> valid.replaceFirst("\"title\" : ", "\"title\" : " + "[".repeat(2000) + "]".repeat(2000) + ", \"t\" : ");
            default -> valid.replaceFirst("\"version\" : 1", "\"version\" : 99999999999999999999");
        };
    }

    private static byte[] binary(String valid, Random rnd) {
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        for (int n = 1 + rnd.nextInt(8); n > 0; n--) {
            bytes[rnd.nextInt(bytes.length)] = (byte) (0x80 + rnd.nextInt(128));
        }
        return bytes;
    }

    /** Replaces one match of regex, chosen at random, by what the function makes of it. */
    private static String nth(String text, String regex, Random rnd, BiFunction<String, Random, String> by) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return text + "}";
        }
        int[] s = spans.get(rnd.nextInt(spans.size()));
        return text.substring(0, s[0]) + by.apply(text.substring(s[0], s[1]), rnd) + text.substring(s[1]);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
