package lifeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import lifeline.io.IoErrors;
import lifeline.model.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line of Lifeline: check, export, examples, bench. */
@Command(name = "lifeline", mixinStandardHelpOptions = true, version = "Lifeline 0.1",
        description = "Model-checks the lifetimes of Linux kernel objects (close, exit, fput, __fput, release) "
                + "with TLC.%nWithout arguments, `java -jar lifeline.jar` opens the desktop app.",
        subcommands = {CheckCommand.class, ExportCommand.class, ExamplesCommand.class, BenchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every checked property holds", "1:a property is violated (report and trace on stdout)",
                "2:bad input or a tool error (message on stderr)"})
public final class Cli implements Runnable {
    public static final int OK = 0;
    public static final int VIOLATION = 1;
    public static final int FAILURE = 2;
    /** No violation within a bound only: a check stopped early, or random runs; never a pass. */
    public static final int BOUNDED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Whether this JVM ends when the command does (the {@code lifeline} command, not a test or the app). */
    final boolean jvmEndsAfter;

    private Cli(boolean jvmEndsAfter) {
        this.jvmEndsAfter = jvmEndsAfter;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line of this JVM, which ends when it returns ({@link lifeline.Main}): a check
     * may then run TLC inside it ({@link lifeline.tlc.TlcRunner#inThisJvm()}).
     */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), true);
    }

    /** Runs the command line with the given streams (tests capture them), in a JVM that goes on after it. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, false);
    }

    private static int run(String[] args, PrintWriter out, PrintWriter err, boolean jvmEndsAfter) {
        CommandLine cl = new CommandLine(new Cli(jvmEndsAfter));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> FAILURE);
        cl.setParameterExceptionHandler((e, a) -> {
            err.println("lifeline: " + printable(e.getMessage()));
            e.getCommandLine().usage(err);
            return FAILURE;
        });
        cl.setExecutionExceptionHandler((e, c, parsed) -> {
            err.println("lifeline: " + printable(sentence(e)));
            return FAILURE;
        });
        return cl.execute(args);
    }

    /** What went wrong in words about the user's input or situation, never a Java class name. */
    static String sentence(Exception e) {
        if (e instanceof UserError) {
            return e.getMessage();
        }
        if (e instanceof IOException io) {
            return IoErrors.describe(io);
        }
        return "internal error (" + (e.getMessage() == null ? "no details" : e.getMessage().lines().findFirst()
                .orElse("")) + "); please report it with the command that caused it";
    }

    /** Each line escaped: whatever a message quotes, it cannot add a line or command the terminal. */
    static String printable(String message) {
        return message == null ? "" : message.lines().map(Printable::line).collect(Collectors.joining("\n"));
    }
}
