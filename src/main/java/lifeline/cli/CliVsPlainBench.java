package lifeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lifeline.io.Examples;
import lifeline.model.Scenario;
import lifeline.spec.CheckOptions;
import lifeline.spec.GeneratedModel;
import lifeline.spec.ModelGenerator;
import lifeline.tlc.RunFiles;

/**
 * {@code bench --cli}: per example, the wall time of {@code lifeline check EXAMPLE --quiet} in a
 * new JVM (as a user runs it) against plain {@code java -cp tla2tools.jar tlc2.TLC -config MC.cfg
 * MC.tla} on the exported model, runs alternating, medians.
 */
record CliVsPlainBench(Path jar, int runs, PrintWriter out) {

    void run(List<String> names) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        out.printf("%d runs each, alternating, median wall time; %s%n%n", runs, jar.getFileName());
        out.println("| example | plain TLC on the export | lifeline check | ratio |");
        out.println("|---|---:|---:|---:|");
        List<Double> ratios = new ArrayList<>();
        for (String name : names) {
            Scenario s = Examples.load(name).orElseThrow();
            Path dir = RunFiles.createTempDir(null, "bench");
            try {
                GeneratedModel model = ModelGenerator.generate(s, CheckOptions.of(s.properties()));
                model.writeTo(dir);
                List<Double> plain = new ArrayList<>();
                List<Double> lifeline = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    plain.add(seconds(new ProcessBuilder(java, "-cp", jar.toString(), "tlc2.TLC", "-config",
                            GeneratedModel.MODULE + ".cfg", GeneratedModel.MODULE + ".tla").directory(dir.toFile())));
                    lifeline.add(seconds(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                            "lifeline.Main", "check", name, "--quiet", "--tla2tools", jar.toString())));
                }
                double p = BenchCommand.median(plain);
                double l = BenchCommand.median(lifeline);
                ratios.add(l / p);
                out.printf("| %s | %.2f s | %.2f s | %.2f |%n", name, p, l, l / p);
                out.flush();
            } finally {
                RunFiles.delete(dir);
            }
        }
        out.printf("%nmedian ratio lifeline/plain: %.2f%n", BenchCommand.median(ratios));
    }

    private static double seconds(ProcessBuilder pb) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
