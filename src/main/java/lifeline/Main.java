package lifeline;

/**
 * Entry point of the jar and of the installed {@code lifeline} command: without arguments, or
 * with a scenario file alone (what a desktop passes on a double-click), the desktop app; with
 * any other arguments the command line.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (opensApp(args)) {
            lifeline.ui.LifelineApp.launch(args);
        } else {
            System.exit(lifeline.cli.Cli.run(args));
        }
    }

    static boolean opensApp(String[] args) {
        return args.length == 0 || args.length == 1 && lifeline.ui.LifelineApp.isScenarioArgument(args[0]);
    }
}
