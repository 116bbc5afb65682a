package lifeline.tlc.child;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.rmi.Remote;
import java.rmi.RemoteException;
import java.rmi.server.UnicastRemoteObject;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.function.BooleanSupplier;

/**
 * What a TLC child started ahead does while it waits for its run, and what the command line's JVM
 * does ahead of a run in it (lifeline.tlc.TlcInThisJvm): start the JDK's services TLC's set-up
 * uses, parse a module with SANY so the parser's code is compiled, load TLC's classes, and (a
 * waiting child) write over the young heap once so the run's allocations find its pages mapped.
 * Nothing of TLC's state is set up: a run still begins fresh. JDK only (TLC through reflection), no
 * nested classes: the parent copies its class file into the run's folder.
 */
public final class TlcWarmUp implements Remote {
    /** What {@link #touchHeap} writes last: kept in a field, so the JIT cannot drop the writes. */
    private static volatile byte[] sink;

    private TlcWarmUp() {}

    /**
     * Starts what TLC's set-up starts of the JDK, none of it TLC's: the platform MBean server (TLC
     * registers its beans there) and RMI (TLC's fingerprint set is a remote object), by exporting
     * and unexporting this class's instance, together about 0.1 s of every set-up; and the locale
     * data of the date and number formats TLC prints with (its start-up stamps the time).
     */
    public static void warmUpJdk() {
        try {
            new SimpleDateFormat("yyyy-MM-dd HH:mm:ss").format(new Date());
            String.format("%,d %.2f", 1_234_567L, 0.5);
            NumberFormat.getInstance().format(1_234_567L);
            ManagementFactory.getPlatformMBeanServer();
            TlcWarmUp remote = new TlcWarmUp();
            UnicastRemoteObject.exportObject(remote, 0);
            UnicastRemoteObject.unexportObject(remote, true);
        } catch (RemoteException | RuntimeException | LinkageError e) {
            // TLC starts them itself.
        }
    }

    /** Parses {@code spec} with SANY, its output going nowhere; any failure only means no warm-up. */
    static void warmUp(String spec) {
        if (spec == null) {
            return;
        }
        try {
            Class<?> toolIO = Class.forName("util.ToolIO");
            Field out = toolIO.getField("out");
            Field err = toolIO.getField("err");
            Object userDir = toolIO.getMethod("getUserDir").invoke(null);
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            out.set(null, quiet);
            err.set(null, quiet);
            try {
                Class<?> resolverType = Class.forName("util.FilenameToStream");
                // As TLC's main resolves modules: beside the spec first.
                String dir = Path.of(spec).toAbsolutePath().getParent() + File.separator;
                Object resolver = Class.forName("util.SimpleFilenameToStream").getConstructor(String.class)
                        .newInstance(dir);
                Class<?> specType = Class.forName("tla2sany.modanalyzer.SpecObj");
                Object specObj = specType.getConstructor(String.class, resolverType).newInstance(spec, resolver);
                Class.forName("tla2sany.drivers.SANY").getMethod("frontEndMain", specType, String.class, PrintStream.class)
                        .invoke(null, specObj, spec, quiet);
            } finally {
                out.set(null, System.out);
                err.set(null, System.err);
                toolIO.getMethod("setUserDir", String.class).invoke(null, userDir);
                toolIO.getMethod("reset").invoke(null);
            }
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // Another TLC: it parses cold.
        }
    }

    /**
     * Writes to the heap's young generation until the collector empties it once (after {@code maxMb}
     * MB it asks for a collection; it stops when {@code stop} says so), so that the run allocates
     * into memory the kernel has already mapped: a first write to each page of a new heap faults
     * (costly on a virtual machine), and SANY alone allocates about 25 MB on a seed example's model.
     * What it writes is garbage at once; nothing is kept.
     */
    static void touchHeap(int maxMb, BooleanSupplier stop) {
        long collections = collections();
        for (int mb = 0; !stop.getAsBoolean() && collections() == collections; mb++) {
            if (mb == maxMb) {
                System.gc(); // a young generation over maxMb (a big machine's): the run starts at its bottom
                break;
            }
            sink = new byte[1 << 20];
        }
        sink = null;
    }

    /** How many collections this JVM's collectors have made so far. */
    static long collections() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    /**
     * Loads the classes of a list (one binary name a line, '/' or '.'; '#' comments) into {@code loader},
     * so a run has them ready: the JDK's initialised (they hold nothing of TLC's), TLC's linked
     * (verified) but not initialised, so that TLC's static state is set up by its run alone; names it
     * cannot load (another TLC) are skipped. It stops early when {@code stop} says so: the run loads
     * the rest itself.
     */
    public static void preload(BufferedReader list, ClassLoader loader,
                               BooleanSupplier stop) throws IOException {
        for (String line = list.readLine(); line != null && !stop.getAsBoolean(); line = list.readLine()) {
            String name = line.split(" ", 2)[0].replace('/', '.');
            if (name.isEmpty() || name.startsWith("#") || name.contains("$$")) {
                continue;
            }
            try {
                Class<?> c = Class.forName(name, isJdk(name), loader);
                c.getDeclaredFields(); // links the class, verifying its code, without initialising it
            } catch (ClassNotFoundException | LinkageError | SecurityException e) {
                // Not in this jar: TLC loads what it needs itself.
            }
        }
    }

    private static boolean isJdk(String name) {
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.") || name.startsWith("com.sun.");
    }
}
