package lifeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the CPU of a test run goes, by test class: runs a Maven command with {@link SuiteClock} on, reads
 * every process's {@code /proc} figures every 0.2 s meanwhile, and gives each process the test JVM started
 * (a TLC JVM, a {@code lifeline} command line) to the class that JVM was running when the process was first
 * seen; a test JVM's own CPU goes to each class by its figures at the class's start and end. Prints the CPU
 * the run used (Maven, the test JVMs, the processes they started), the classes that used the most, and the
 * packages. Linux only; a process's CPU is its last figure seen (up to 0.2 s before it ended), and one that
 * lived under 0.2 s is not seen. Not a test: run it on the test class path.
 *
 * <pre>java -cp target/test-classes lifeline.SuiteCpu mvn -B -ntp verify</pre>
 */
public final class SuiteCpu {
    private static final long SAMPLE_MS = 200;
    private static final double TICKS_PER_S = 100; // USER_HZ, which /proc counts CPU time in
    private static final int SHOWN = 30;
    private static final Pattern PID = Pattern.compile("\\d+");

    /** One process of the run: who started it, when it was first seen, and its CPU time over time. */
    private record Proc(long pid, long ppid, String command, long firstSeenMs, List<long[]> cpu) {
        double cpuS() {
            return cpu.get(cpu.size() - 1)[1] / TICKS_PER_S;
        }

        /** Its CPU seconds at the last sample at or before t. */
        double cpuAt(long t) {
            long ticks = 0;
            for (long[] sample : cpu) {
                if (sample[0] > t) {
                    break;
                }
                ticks = sample[1];
            }
            return ticks / TICKS_PER_S;
        }
    }

    /** A test class's stay in its test JVM. */
    private record Stay(String testClass, long startMs, long endMs) {}

    /** What a test class used: its JVM's CPU while it ran, and the processes started meanwhile. */
    private static final class Use {
        double cpuS;
        double ownS;
        int started;
        double wallS;
    }

    private SuiteCpu() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: SuiteCpu MAVEN_COMMAND... (for example mvn -B -ntp verify)");
            System.exit(2);
        }
        Path clock = Files.createTempDirectory("lifeline-suite-clock");
        int exit;
        try {
            List<String> command = new ArrayList<>(List.of(args));
            command.add("-D" + SuiteClock.PROPERTY + "=" + clock);
            Process maven = new ProcessBuilder(command).inheritIO().start();
            Map<String, Proc> seen = new HashMap<>();
            Map<Long, Proc> byPid = new HashMap<>(); // the newest process of each pid
            while (maven.isAlive()) {
                sample(maven.pid(), seen, byPid);
                Thread.sleep(SAMPLE_MS);
            }
            report(seen.values(), byPid, maven.pid(), stays(clock));
            exit = maven.exitValue();
        } finally {
            try (Stream<Path> logs = Files.list(clock)) {
                for (Path log : logs.toList()) {
                    Files.delete(log);
                }
            }
            Files.delete(clock);
        }
        System.exit(exit);
    }

    /** Adds the CPU figures of the root process and of every process descending from it. */
    private static void sample(long root, Map<String, Proc> seen, Map<Long, Proc> byPid) throws IOException {
        long now = System.currentTimeMillis();
        List<long[]> stats = new ArrayList<>(); // {pid, ppid, cpu ticks, start ticks}, parents first
        try (Stream<Path> dirs = Files.list(Path.of("/proc"))) {
            for (Path dir : dirs.filter(d -> PID.matcher(d.getFileName().toString()).matches()).toList()) {
                long[] stat = stat(dir);
                if (stat != null) {
                    stats.add(stat);
                }
            }
        }
        stats.sort(Comparator.comparingLong(s -> s[3]));
        for (long[] s : stats) {
            String key = s[0] + "@" + s[3];
            Proc p = seen.get(key);
            if (p == null && (s[0] == root || byPid.containsKey(s[1]))) {
                p = new Proc(s[0], s[1], command(s[0]), now, new ArrayList<>());
                seen.put(key, p);
                byPid.put(s[0], p);
            }
            if (p != null) {
                p.cpu().add(new long[] {now, s[2]});
            }
        }
    }

    /** {pid, ppid, user and system ticks, start ticks} from /proc/PID/stat, or null if it has ended. */
    private static long[] stat(Path dir) {
        try {
            String stat = Files.readString(dir.resolve("stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(dir.getFileName().toString()), Long.parseLong(f[1]),
                Long.parseLong(f[11]) + Long.parseLong(f[12]), Long.parseLong(f[19])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String command(long pid) {
        try {
            return Files.readString(Path.of("/proc/" + pid + "/cmdline")).replace('\0', ' ').strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** Each test JVM's classes, by its pid, from SuiteClock's logs. */
    private static Map<Long, List<Stay>> stays(Path clock) throws IOException {
        Map<Long, List<Stay>> out = new HashMap<>();
        try (Stream<Path> logs = Files.list(clock)) {
            for (Path log : logs.toList()) {
                Map<String, Long> started = new HashMap<>();
                List<Stay> stays = new ArrayList<>();
                for (String line : Files.readAllLines(log)) {
                    String[] f = line.split(" ", 3);
                    if (f[0].equals("S")) {
                        started.put(f[2], Long.parseLong(f[1]));
                    } else if (started.containsKey(f[2])) {
                        stays.add(new Stay(f[2], started.remove(f[2]), Long.parseLong(f[1])));
                    }
                }
                stays.sort(Comparator.comparingLong(Stay::startMs));
                out.put(Long.parseLong(log.getFileName().toString().replace(".log", "")), stays);
            }
        }
        return out;
    }

    private static void report(Iterable<Proc> seen, Map<Long, Proc> byPid, long root, Map<Long, List<Stay>> stays) {
        Map<String, Use> classes = new HashMap<>();
        double maven = 0;
        double testJvms = 0;
        double started = 0;
        double elsewhere = 0;
        for (Proc p : seen) {
            if (stays.containsKey(p.pid())) {
                testJvms += p.cpuS();
                for (Stay s : stays.get(p.pid())) {
                    double own = p.cpuAt(s.endMs()) - p.cpuAt(s.startMs());
                    Use use = classes.computeIfAbsent(s.testClass(), k -> new Use());
                    use.cpuS += own;
                    use.ownS += own;
                    use.wallS += (s.endMs() - s.startMs()) / 1000.0;
                }
                continue;
            }
            Proc jvm = byPid.get(p.ppid());
            while (jvm != null && !stays.containsKey(jvm.pid())) {
                jvm = byPid.get(jvm.ppid());
            }
            if (jvm == null) {
                if (p.pid() == root) {
                    maven += p.cpuS();
                } else {
                    elsewhere += p.cpuS();
                }
                continue;
            }
            started += p.cpuS();
            String testClass = classAt(stays.get(jvm.pid()), p.firstSeenMs());
            Use use = classes.computeIfAbsent(testClass, k -> new Use());
            use.cpuS += p.cpuS();
            use.started++;
        }
        System.out.printf("%nCPU-s: %.0f in all; Maven %.0f, the test JVMs %.0f, the processes they started %.0f,"
                + " others of the run %.0f%n", maven + testJvms + started + elsewhere, maven, testJvms, started,
                elsewhere);
        System.out.println("  CPU-s    own  started  wall s  class");
        classes.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue().cpuS, a.getValue().cpuS))
                .limit(SHOWN).forEach(e -> System.out.printf("%7.1f %6.1f %8d %7.1f  %s%n", e.getValue().cpuS,
                        e.getValue().ownS, e.getValue().started, e.getValue().wallS, e.getKey()));
        Map<String, Double> packages = new TreeMap<>();
        classes.forEach((name, use) -> packages.merge(name.substring(0, Math.max(0, name.lastIndexOf('.'))),
                use.cpuS, Double::sum));
        System.out.println("by package:");
        packages.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .forEach(e -> System.out.printf("%7.1f  %s%n", e.getValue(), e.getKey()));
    }

    /** The class that ran at time t (the one that had last started, between two classes); stays by start. */
    private static String classAt(List<Stay> stays, long t) {
        String at = "(before the first class)";
        for (Stay s : stays) {
            if (s.startMs() > t) {
                break;
            }
            at = s.testClass();
        }
        return at;
    }
}
