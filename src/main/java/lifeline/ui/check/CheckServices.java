package lifeline.ui.check;

import java.util.function.Supplier;
import javafx.stage.Window;
import lifeline.ui.trace.ExportDialog;
import lifeline.ui.trace.FileChooserExportDialog;

/**
 * What the check dock needs from outside: where checkers come from, the executor, where the
 * preferences live and how export asks for a file.
 */
public record CheckServices(CheckerSource checkers, UiExecutor executor, CheckPreferencesStore preferences,
                            ExportDialog exportDialog) {

    /** The application's: the located TLC, one background thread, the user's preferences, a file chooser over owner. */
    public static CheckServices application(Supplier<Window> owner) {
        return new CheckServices(CheckerSource.located(), new FxUiExecutor(), CheckPreferencesStore.user(),
                new FileChooserExportDialog(owner));
    }
}
