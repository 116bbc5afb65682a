package lifeline.tlc.child;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Runs TLC through its own API ({@code tlc2.TLC}: handle the parameters, set the module resolver,
 * process, as TLC's main does), so the exit status comes back when TLC returns instead of ending
 * the JVM: in a TLC child ({@link TlcMain}) and in the calling JVM ({@link #runHere}). A tla2tools
 * jar without that API (another version) runs through its {@code main}, which ends the JVM itself.
 * It must be loaded by the class loader that loads TLC's classes; it uses only the JDK (TLC through
 * reflection) and has no nested classes, as the parent copies its class file into the run's folder.
 */
public final class TlcApi {
    private TlcApi() {}

    private static final String TLC_MAIN = "tlc2.TLC";

    /**
     * Runs TLC in the calling JVM, for a process that exists for this one check (the command line):
     * TLC prints to {@code out} and {@code err} instead of this JVM's streams, with the same stamps
     * and progress reports as in a child, and the exit status comes back instead of ending the JVM.
     * This class must be loaded by the class loader that loads TLC's classes (a loader of their own:
     * TLC's static state then belongs to this run alone).
     */
    public static int runHere(String[] args, PrintStream out, PrintStream err) throws Throwable {
        if (!hasRunApi()) {
            throw new UnsupportedOperationException("this TLC can only run through its main, which ends the JVM");
        }
        Class<?> toolIO = Class.forName("util.ToolIO");
        toolIO.getField("out").set(null, out);
        toolIO.getField("err").set(null, err);
        AtomicBoolean running = new AtomicBoolean(true);
        try {
            return run(args, out, running::get);
        } finally {
            running.set(false);
            out.flush();
        }
    }

    /**
     * Runs TLC as {@link #runTlc} does, first printing the stamp that TLC starts now (code
     * {@link TlcMain#STARTED_CODE}, for timing only) and starting the progress reports on {@code out}
     * while {@code reporting} holds: in a child and in the calling JVM alike.
     */
    static int run(String[] args, PrintStream out, BooleanSupplier reporting) throws Throwable {
        out.print("@!@!@STARTMSG " + TlcMain.STARTED_CODE + ":0 @!@!@\nLifeline launcher: TLC starts\n@!@!@ENDMSG "
                + TlcMain.STARTED_CODE + " @!@!@\n");
        ProgressReport.start(out, System.nanoTime(), reporting);
        try {
            return runTlc(args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /**
     * Runs TLC as its main does (parameters, the resolver of modules beside the spec, the run) and
     * returns the exit status its main would exit with. What else TLC 2.18's main does is moot here:
     * it warns about a GC that is not the parallel one (the child runs with it) and mails the result
     * when a mail address is set (never, for the child). A TLC without this API runs through its
     * main, which exits the JVM itself.
     */
    static int runTlc(String[] args) throws ReflectiveOperationException {
        Class<?> tlcClass = Class.forName(TLC_MAIN);
        Method[] api = runApi();
        if (api == null) {
            tlcClass.getMethod("main", String[].class).invoke(null, (Object) args);
            return 0; // TLC's main returned without exiting: it succeeded
        }
        Method handleParameters = api[0];
        Method process = api[1];
        Method exitStatus = api[2];
        Method setResolver = api[3];
        Method dirname = api[4];
        Method mainFile = api[5];
        Object tlc = tlcClass.getConstructor().newInstance();
        if (!(Boolean) handleParameters.invoke(tlc, (Object) args)) {
            return 1; // as TLC's main: a tool failure (it printed why)
        }
        // As TLC's main: modules resolve beside the spec first.
        String dir = (String) dirname.invoke(null, mainFile.invoke(tlc));
        Class<?> resolverClass = Class.forName("util.SimpleFilenameToStream");
        setResolver.invoke(tlc, dir.isEmpty() ? resolverClass.getConstructor().newInstance()
                : resolverClass.getConstructor(String.class).newInstance(dir));
        int errorCode = (Integer) process.invoke(tlc);
        return (Integer) exitStatus.invoke(null, errorCode);
    }

    /** Whether this TLC can be run without its main, which ends the JVM (TLC 2.18 can). */
    public static boolean hasRunApi() {
        return runApi() != null;
    }

    /**
     * TLC's API for a run without its main: handle the parameters, process, the exit status of an
     * error code, set the module resolver, the directory of a file, the main file; null if this TLC lacks it.
     */
    private static Method[] runApi() {
        try {
            Class<?> tlcClass = uninitialised(TLC_MAIN);
            uninitialised("util.SimpleFilenameToStream").getConstructor(String.class);
            return new Method[] {
                tlcClass.getMethod("handleParameters", String[].class),
                tlcClass.getMethod("process"),
                uninitialised("tlc2.output.EC$ExitStatus").getMethod("errorConstantToExitStatus", int.class),
                tlcClass.getMethod("setResolver", uninitialised("util.FilenameToStream")),
                uninitialised("util.FileUtil").getMethod("parseDirname", String.class),
                tlcClass.getMethod("getMainFile")};
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    /** A class of TLC's, loaded but not initialised: looking at TLC's API sets up none of its state. */
    private static Class<?> uninitialised(String name) throws ClassNotFoundException {
        return Class.forName(name, false, TlcApi.class.getClassLoader());
    }
}
