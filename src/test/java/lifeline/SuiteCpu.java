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
            while (maven.isAlive()) {
                sample(maven.pid(), seen);
                Thread.sleep(SAMPLE_MS);
            }
            report(seen, maven.pid(), stays(clock));
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
    private static void sample(long root, Map<String, Proc> seen) throws IOException {
        long now = System.currentTimeMillis();
        Map<Long, Proc> byPid = new HashMap<>();
        seen.values().forEach(p -> byPid.put(p.pid(), p));
        List<long[]> stats = new ArrayList<>(); // {pid, ppid, cpu ticks, start ticks}, parents first
        try (Stream<Path> dirs = Files.list(Path.of("/proc"))) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
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
                out.put(Long.parseLong(log.getFileName().toString().replace(".log", "")), stays);
            }
        }
        return out;
    }

    private static void report(Map<String, Proc> seen, long root, Map<Long, List<Stay>> stays) {
        Map<Long, Proc> byPid = new HashMap<>();
        seen.values().forEach(p -> byPid.put(p.pid(), p));
        Map<String, double[]> classes = new HashMap<>(); // {CPU-s, own CPU-s, processes started, wall s}
        double maven = 0;
        double testJvms = 0;
        double started = 0;
        double elsewhere = 0;
        for (Proc p : seen.values()) {
            if (stays.containsKey(p.pid())) {
                testJvms += p.cpuS();
                for (Stay s : stays.get(p.pid())) {
                    double own = p.cpuAt(s.endMs()) - p.cpuAt(s.startMs());
                    double[] c = classes.computeIfAbsent(s.testClass(), k -> new double[4]);
                    c[0] += own;
                    c[1] += own;
                    c[3] += (s.endMs() - s.startMs()) / 1000.0;
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
            double[] c = classes.computeIfAbsent(testClass, k -> new double[4]);
            c[0] += p.cpuS();
            c[2]++;
        }
        System.out.printf("%nCPU-s: %.0f in all; Maven %.0f, the test JVMs %.0f, the processes they started %.0f,"
                + " others of the run %.0f%n", maven + testJvms + started + elsewhere, maven, testJvms, started,
                elsewhere);
        System.out.println("  CPU-s    own  started  wall s  class");
        classes.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0])).limit(SHOWN)
                .forEach(e -> System.out.printf("%7.1f %6.1f %8.0f %7.1f  %s%n", e.getValue()[0], e.getValue()[1],
                        e.getValue()[2], e.getValue()[3], e.getKey()));
        Map<String, Double> packages = new TreeMap<>();
        classes.forEach((name, c) -> packages.merge(name.substring(0, Math.max(0, name.lastIndexOf('.'))), c[0],
                Double::sum));
        System.out.println("by package:");
        packages.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .forEach(e -> System.out.printf("%7.1f  %s%n", e.getValue(), e.getKey()));
    }

    /** The class that ran at time t (the one that had last started, between two classes). */
    private static String classAt(List<Stay> stays, long t) {
        String at = "(before the first class)";
        for (Stay s : stays.stream().sorted(Comparator.comparingLong(Stay::startMs)).toList()) {
            if (s.startMs() > t) {
                break;
            }
            at = s.testClass();
        }
        return at;
    }
}
