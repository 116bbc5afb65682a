package lifeline.ui.canvas.skin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Polygon;
import lifeline.model.Driver;
import lifeline.model.DriverFile;
import lifeline.model.FreeSite;
import lifeline.model.InitialCounts;
import lifeline.model.ReservedMemory;
import lifeline.model.Scenario;

/**
 * A struct file on a driver: a document card with a folded corner, f_count, the driver's name and badges
 * for where it frees its wait queue and private data (flush, the bug of seeds 001 and 002, in a warning
 * colour), which reserved blocks its release frees and whether open took a reference on its device.
 */
public final class DriverFileSkin extends NodeSkin<DriverFile, DriverFileSkin.Facts> {
    private static final double FOLD = 12;

    record Facts(String title, String driver, int fCount, String opener, boolean pollable, FreeSite waitQueue,
                 FreeSite privateData, ReservedMemory memory, boolean onDevice, boolean takesDeviceRef) {}

    private final Polygon cover = new Polygon();
    private final Polygon fold = new Polygon();

    public DriverFileSkin(String id) {
        super(DriverFile.class, id, "file-skin", "FILE");
        cover.getStyleClass().add("file-corner-cover");
        fold.getStyleClass().add("file-corner-fold");
        addDecorations(true, cover, fold);
    }

    @Override
    protected Facts factsOf(Scenario s, DriverFile f) {
        Driver d = f.driver();
        String opener = f.opener() == null ? null : s.node(f.opener()).map(NodeSkin::label).orElse(f.opener());
        return new Facts(label(f), d.name(), InitialCounts.fCount(s, f.id()), opener, d.pollable(),
                d.waitQueueFreedIn(), d.privateDataFreedIn(), d.reservedMemory(), d.device() != null,
                d.openTakesDeviceRef());
    }

    @Override
    protected void render(Facts f) {
        setTitle(f.title());
        setTag("f_count " + f.fCount());
        List<Node> rows = new ArrayList<>();
        rows.add(Badge.line((f.driver().isBlank() ? "driver" : "driver " + f.driver())
                + (f.opener() == null ? ", no opener" : ", opened by " + f.opener()), "node-muted"));
        List<StackPane> lifetime = new ArrayList<>();
        if (f.pollable()) {
            lifetime.add(Badge.info("pollable"));
            freed("wq", f.waitQueue()).ifPresent(lifetime::add);
        } else {
            lifetime.add(Badge.of("not pollable", Badge.Tone.INFO));
        }
        freed("priv", f.privateData()).ifPresent(lifetime::add);
        rows.add(badgeRow(lifetime));
        List<StackPane> more = new ArrayList<>();
        if (f.memory() != ReservedMemory.NONE) {
            more.add(f.memory() == ReservedMemory.CURRENT_TGID
                    ? Badge.warn("mem: frees current->tgid") : Badge.ok("mem: frees file's record"));
        }
        if (f.onDevice()) {
            more.add(f.takesDeviceRef() ? Badge.ok("open: kref_get") : Badge.warn("open: no kref_get"));
        }
        if (!more.isEmpty()) {
            rows.add(badgeRow(more));
        }
        setRows(rows);
    }

    /** Where the driver frees something: in flush is the per-close bug, in release is right. */
    private static Optional<StackPane> freed(String what, FreeSite site) {
        if (site == FreeSite.FLUSH) {
            return Optional.of(Badge.warn(what + ": flush"));
        } else if (site == FreeSite.RELEASE) {
            return Optional.of(Badge.ok(what + ": release"));
        }
        return Optional.empty();
    }

    @Override
    protected void layoutDecorations(double w, double h) {
        cover.getPoints().setAll(w - FOLD - 0.5, -1.0, w + 1, -1.0, w + 1, FOLD + 0.5);
        fold.getPoints().setAll(w - FOLD, 0.0, w - FOLD, FOLD, w, FOLD);
    }
}
