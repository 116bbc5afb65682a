package lifeline.ui.check;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * The application's executor: one daemon thread for checks (another for exploring: {@link #separate}), and the
 * only place in the check and trace UI that calls {@link Platform#runLater}.
 */
public final class FxUiExecutor implements UiExecutor {
    private final ExecutorService worker;

    public FxUiExecutor() {
        this("lifeline-check");
    }

    private FxUiExecutor(String threadName) {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public UiExecutor separate(String name) {
        return new FxUiExecutor(name);
    }

    @Override
    public void background(Runnable work) {
        worker.execute(work);
    }

    @Override
    public void ui(Runnable update) {
        Platform.runLater(update);
    }

    @Override
    public Ticking every(java.time.Duration period, Runnable action) {
        Timeline timeline = new Timeline(new KeyFrame(Duration.millis(period.toMillis()), e -> action.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
        return timeline::stop;
    }

    /** Stops the check thread once its current work is done (an application shutting down). */
    public void shutdown() {
        worker.shutdown();
    }

    @Override
    public void stop() {
        worker.shutdownNow();
    }
}
