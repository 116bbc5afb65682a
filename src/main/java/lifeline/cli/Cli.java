package lifeline.cli;

/** The command line of Lifeline. */
public final class Cli {
    private Cli() {}

    public static int run(String[] args) {
        System.err.println("lifeline: the command line is not built yet");
        return 2;
    }
}
