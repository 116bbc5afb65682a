package lifeline.ui.canvas;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Label;
import lifeline.layout.Arrangement;
import lifeline.layout.AutoLayout;
import lifeline.layout.Line;
import lifeline.layout.Size;
import lifeline.model.Scenario;

/**
 * The automatic layout, run off the FX thread: ELK's first layout in a JVM loads its classes for one to five
 * seconds (FirstArrangeBenchmark), which froze the window. A notice over the canvas says "Arranging…"
 * meanwhile. A layout is applied only to the drawing it was made for: an edit made meanwhile is kept and the
 * layout dropped. Confined to the FX application thread, but for the layout itself.
 */
final class BackgroundArrange {
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lifeline-arrange");
        t.setDaemon(true);
        return t;
    });

    private final Label notice = new Label("Arranging\u2026");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "arranging");
    private final Supplier<Scenario> current;

    /** current is the drawing as it is now, to which a finished layout must still belong. */
    BackgroundArrange(Supplier<Scenario> current) {
        this.current = current;
        notice.getStyleClass().add("arranging-notice");
        notice.setId("arranging-notice");
        notice.setMouseTransparent(true);
        notice.visibleProperty().bind(running);
    }

    /** The "Arranging…" notice, for the canvas to place over the drawing. */
    Label notice() {
        return notice;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /**
     * Lays s out in the background with the cards and labels at the sizes given (measured on the FX thread),
     * then on the FX thread hands the layout to apply if the drawing is still s, or else to notArranged a
     * sentence saying why nothing moved (the drawing changed meanwhile, or the layout failed). False when a
     * layout is already under way.
     */
    boolean start(Scenario s, Map<String, Size> cards, Map<Line, Size> labels, Consumer<Arrangement> apply,
            Consumer<String> notArranged) {
        if (running.get()) {
            return false;
        }
        running.set(true);
        CompletableFuture.supplyAsync(() -> AutoLayout.arrange(s, cards, labels), WORKER)
                .whenComplete((a, failure) -> Platform.runLater(() -> {
                    running.set(false);
                    if (failure != null) {
                        notArranged.accept("The drawing could not be arranged: " + failure.getCause().getMessage());
                    } else if (!s.equals(current.get())) {
                        notArranged.accept("The drawing changed while it was being arranged, so nothing moved: "
                                + "arrange it again to arrange it as it is now.");
                    } else {
                        apply.accept(a);
                    }
                }));
        return true;
    }
}
