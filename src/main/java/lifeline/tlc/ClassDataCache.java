package lifeline.tlc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lifeline.tlc.child.TlcMain;

/**
 * Class-data sharing for the TLC child: the first run for a tla2tools jar and a JVM records the
 * classes it loaded into a dynamic CDS archive ({@code -XX:ArchiveClassesAtExit}) and a class list;
 * later runs map the archive ({@code -XX:SharedArchiveFile}) and start sooner. The cache folder
 * holds, per jar and JVM, the archive, the list and a seal (the archive's size and time), plus the
 * launcher in a jar of its own, since an archive needs a class path that does not change.
 *
 * <p>An archive is published only after the JVM that wrote it ended by itself; one whose seal does
 * not match (truncated, replaced) is not used, and one a JVM died on is removed. A stale archive
 * (another jar at the same path) is refused by the JVM itself, silently, and TLC runs as before.
 */
final class ClassDataCache {
    /** The system property naming the cache folder (default: $XDG_CACHE_HOME/lifeline/tlc or ~/.cache/lifeline/tlc). */
    static final String DIR_PROPERTY = "lifeline.cacheDir";
    /**
     * The system property that turns class-data sharing on ({@code -Dlifeline.cds=on}). It is off by default:
     * measured here, a TLC JVM that maps the dynamic archive starts sooner but explores about three times
     * slower (the 4-process scaling member: 7 to 10 s against 2.2 to 3.2 s), which costs far more than the
     * start-up it saves.
     */
    static final String SWITCH_PROPERTY = "lifeline.cds";
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    /** The launcher announces TLC's exit, and the parent kills the JVM then; not while it writes an archive at exit. */
    private static final String ANNOUNCE_EXIT = "-D" + TlcMain.ANNOUNCE_EXIT_PROPERTY + "=true";
    private static final Pattern TEMP = Pattern.compile(".*\\.tmp-(\\d+)-.*");

    private final Path dir;
    private final AtomicBoolean creating = new AtomicBoolean();

    ClassDataCache(Path dirOrNull) {
        this.dir = dirOrNull;
        if (dir != null) {
            sweepTemporaries(dir);
        }
    }

    /** The cache of this user when switched on, else none. */
    static ClassDataCache standard() {
        if (!"on".equalsIgnoreCase(System.getProperty(SWITCH_PROPERTY, ""))) {
            return new ClassDataCache(null);
        }
        String given = System.getProperty(DIR_PROPERTY);
        if (given != null) {
            return new ClassDataCache(Path.of(given));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new ClassDataCache(base.resolve("lifeline").resolve("tlc"));
    }

    /** The archive used for a jar on this JVM (it may not exist yet). */
    Path archiveOf(Path jar) {
        return dir.resolve("tlc-" + key(jar) + ".jsa");
    }

    /**
     * How the next child for {@code jar} runs: with the archive when there is a sound one, else
     * writing one (one writer at a time per Lifeline), else as before (launcher in {@code runDir}).
     * Never fails: a cache folder that cannot be written means no sharing.
     */
    Plan plan(Path jar, Path runDir) throws IOException {
        if (dir != null) {
            try {
                Files.createDirectories(dir);
                Path launcher = launcherJar();
                Path archive = archiveOf(jar);
                if (sealed(archive)) {
                    return new Plan(this, join(List.of("-XX:SharedArchiveFile=" + archive, ANNOUNCE_EXIT)), launcher,
                            listOf(archive), null, archive);
                }
                if (creating.compareAndSet(false, true)) {
                    String tmp = ".tmp-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
                    Path tmpArchive = archive.resolveSibling(archive.getFileName() + tmp);
                    Path tmpList = listOf(archive).resolveSibling(listOf(archive).getFileName() + tmp);
                    return new Plan(this, join(List.of("-XX:ArchiveClassesAtExit=" + tmpArchive,
                            "-XX:DumpLoadedClassList=" + tmpList, "-D" + TlcMain.WRITES_ARCHIVE_PROPERTY + "=" + tmpArchive)), launcher, null, tmpArchive, archive);
                }
                return new Plan(this, List.of(ANNOUNCE_EXIT), launcher, null, null, null);
            } catch (IOException | RuntimeException e) {
                // An unwritable cache: run without it.
            }
        }
        return new Plan(this, List.of(ANNOUNCE_EXIT), ChildLauncher.install(runDir), null, null, null);
    }

    private static List<String> join(List<String> flags) {
        return java.util.stream.Stream.concat(flags.stream(), QUIET.stream()).toList();
    }

    /**
     * What one child uses. {@code preload} is the class list to load while waiting (or null),
     * {@code writing} the archive the child writes at its exit (or null), {@code archive} the
     * archive it uses or writes.
     */
    record Plan(ClassDataCache cache, List<String> jvmArgs, Path launcher, Path preload, Path writing,
                Path archive) {
        /** After the child's run: publishes what it wrote if it ended by itself, forgets an archive it died on. */
        void finish(TlcResult result) {
            boolean endedByItself = result != null && result.outcome() != TlcOutcome.CANCELLED
                    && result.outcome() != TlcOutcome.TIMEOUT && result.outcome() != TlcOutcome.CRASH;
            if (writing != null) {
                cache.publish(writing, archive, endedByItself);
            } else if (archive != null && result != null && result.outcome() == TlcOutcome.CRASH) {
                cache.discard(archive);
            }
        }

        /** The child was never used (killed while waiting, or it died at start). */
        void abandon(boolean diedByItself) {
            if (writing != null) {
                cache.publish(writing, archive, false);
            } else if (archive != null && diedByItself) {
                cache.discard(archive);
            }
        }
    }

    private void publish(Path written, Path archive, boolean sound) {
        String tmp = written.getFileName().toString().substring(archive.getFileName().toString().length());
        Path writtenList = listOf(archive).resolveSibling(listOf(archive).getFileName() + tmp);
        try {
            if (sound && Files.size(written) > 0) {
                moveInPlace(writtenList, listOf(archive));
                moveInPlace(written, archive);
                Files.writeString(sealOf(archive), seal(archive), StandardCharsets.UTF_8);
            }
        } catch (IOException | RuntimeException e) {
            // Not published: the next run writes one again.
        } finally {
            deleteQuietly(written);
            deleteQuietly(writtenList);
            creating.set(false);
        }
    }

    /** Forgets an archive a JVM could not start with. */
    void discard(Path archive) {
        deleteQuietly(sealOf(archive));
        deleteQuietly(archive);
        deleteQuietly(listOf(archive));
    }

    /** An archive is used only with its seal: the size and time it had when published. */
    boolean sealed(Path archive) {
        try {
            return Files.isRegularFile(archive) && Files.isRegularFile(listOf(archive))
                    && Files.readString(sealOf(archive), StandardCharsets.UTF_8).equals(seal(archive));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String seal(Path archive) throws IOException {
        return Files.size(archive) + " " + Files.getLastModifiedTime(archive).toMillis();
    }

    private static Path sealOf(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".seal");
    }

    static Path listOf(Path archive) {
        return archive.resolveSibling(archive.getFileName().toString().replaceFirst("\\.jsa$", ".classlist"));
    }

    /** The launcher class in a jar named after its bytes, written once (atomically). */
    private Path launcherJar() throws IOException {
        byte[] bytes;
        String entry = ChildLauncher.MAIN_CLASS.replace('.', '/') + ".class";
        try (InputStream in = TlcMain.class.getClassLoader().getResourceAsStream(entry)) {
            if (in == null) {
                throw new IOException("Lifeline's TLC launcher class " + entry + " is missing from its installation.");
            }
            bytes = in.readAllBytes();
        }
        Path jar = dir.resolve("launcher-" + hash(bytes).substring(0, 16) + ".jar");
        if (!Files.isRegularFile(jar)) {
            Path tmp = Files.createTempFile(dir, "launcher", ".tmp-" + ProcessHandle.current().pid() + "-jar");
            try (OutputStream out = Files.newOutputStream(tmp); JarOutputStream j = new JarOutputStream(out)) {
                JarEntry e = new JarEntry(entry);
                e.setTime(0);
                j.putNextEntry(e);
                j.write(bytes);
                j.closeEntry();
            }
            moveInPlace(tmp, jar);
        }
        return jar;
    }

    /** The jar (path, size, time) and the JVM (home, version): an archive belongs to exactly these. */
    private static String key(Path jar) {
        Path abs = jar.toAbsolutePath().normalize();
        String id;
        try {
            id = abs + "|" + Files.size(abs) + "|" + Files.getLastModifiedTime(abs).toMillis();
        } catch (IOException e) {
            id = abs.toString();
        }
        id += "|" + System.getProperty("java.home") + "|" + System.getProperty("java.vm.version");
        return hash(id.getBytes(StandardCharsets.UTF_8)).substring(0, 20);
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void moveInPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes what writers that were killed left (their temporaries, named after their process). */
    private static void sweepTemporaries(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.tmp-*")) {
            for (Path entry : entries) {
                Matcher m = TEMP.matcher(entry.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).map(p -> !p.isAlive()).orElse(true)) {
                    deleteQuietly(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Nothing to sweep that we could sweep.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left for the next sweep.
        }
    }
}
