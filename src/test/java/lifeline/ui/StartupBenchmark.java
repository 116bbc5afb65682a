package lifeline.ui;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How long `java -jar target/lifeline.jar` takes to an interactive window: starts the app N times (default 5,
 * -Dbench.runs) with the start-up probe and prints, per run and as medians, the wall time from starting the
 * process to the probe's line and the time the JVM itself reports. Needs a display (DISPLAY, e.g. Xvfb) and the
 * packaged jar. Not a test: run it as a main class on the test class path.
 */
public final class StartupBenchmark {
    private StartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/lifeline.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " not found: run mvn -DskipTests package first");
        }
        int runs = Integer.getInteger("bench.runs", 5);
        Path settings = Files.createTempFile("lifeline-startup", ".properties");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-D" + StartupProbe.PROPERTY + "=exit",
                "-Dlifeline.settings=" + settings));
        if (System.getProperty("prism.order") != null) {
            command.add("-Dprism.order=" + System.getProperty("prism.order"));
        }
        command.addAll(List.of("-jar", jar.toString()));
        double[] wall = new double[runs];
        double[] inJvm = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String line = probeLine(p);
            wall[i] = (System.nanoTime() - t0) / 1e6;
            inJvm[i] = Double.parseDouble(line.replaceAll("\\D+", ""));
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            System.out.printf("run %d: process start to interactive window %.0f ms (JVM's own clock %.0f ms)%n",
                    i + 1, wall[i], inJvm[i]);
        }
        Files.deleteIfExists(settings);
        System.out.printf("median of %d: %.0f ms from process start (%.0f ms by the JVM's clock)%n", runs,
                median(wall), median(inJvm));
    }

    private static String probeLine(Process p) throws Exception {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("lifeline: interactive after ")) {
                    return line;
                }
            }
        }
        throw new IllegalStateException("the app exited without reporting (exit " + p.waitFor() + ")");
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
