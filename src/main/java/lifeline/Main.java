package lifeline;

/** Entry point of the jar: with arguments the command line, without the desktop app. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            lifeline.ui.LifelineApp.launch(args);
        } else {
            System.exit(lifeline.cli.Cli.run(args));
        }
    }
}
