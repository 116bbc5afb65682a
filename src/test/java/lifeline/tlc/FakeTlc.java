package lifeline.tlc;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** A jar with a misbehaving {@code tlc2.TLC}, compiled for the test: a TLC that lies or dies as told. */
final class FakeTlc {
    private FakeTlc() {}

    /** A tla2tools stand-in whose TLC main runs {@code mainBody} (Java statements, args in {@code args}). */
    static Path jar(Path dir, String mainBody) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/tlc2")).resolve("TLC.java");
        Files.writeString(src, "package tlc2;\npublic class TLC {\n  public static void main(String[] args) "
                + "throws Exception {\n" + mainBody + "\n  }\n}\n");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac.run(null, null, null, "-d", classes.toString(), src.toString()) != 0) {
            throw new IllegalStateException("the fake TLC does not compile");
        }
        Path jar = dir.resolve("fake-tla2tools.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("tlc2/TLC.class"));
            try (OutputStream entry = out) {
                Files.copy(classes.resolve("tlc2/TLC.class"), entry);
            }
        }
        return jar;
    }
}
