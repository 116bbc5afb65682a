package lifeline.ui.check;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

/**
 * A Check button is disabled while Check cannot start, and says why: a disabled control shows no
 * tooltip, so the reason is the tooltip of the pane that holds it.
 */
public final class CheckButtons {
    private CheckButtons() {}

    /** Binds the button, already inside holder, to the session; its own tooltip stays for when it is enabled. */
    public static void explain(ButtonBase button, Pane holder, CheckSession session) {
        StringExpression why = session.checkBlockedProperty();
        button.disableProperty().bind(why.isNotEmpty());
        String usual = button.getTooltip() == null ? "Check the scenario with TLC" : button.getTooltip().getText();
        Tooltip reason = new Tooltip();
        reason.textProperty().bind(Bindings.when(why.isEmpty()).then(usual).otherwise(why));
        Tooltip.install(holder, reason);
    }

    /** The button in a holder of its own, bound as {@link #explain} does. */
    static StackPane explained(ButtonBase button, CheckSession session) {
        StackPane holder = new StackPane(button);
        holder.setId(button.getId() + "-holder");
        button.setTooltip(new Tooltip("Check the scenario with TLC"));
        explain(button, holder, session);
        return holder;
    }
}
