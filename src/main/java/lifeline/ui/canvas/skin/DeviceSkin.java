package lifeline.ui.canvas.skin;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import lifeline.model.DeviceNode;
import lifeline.model.InitialCounts;
import lifeline.model.Scenario;
import lifeline.model.Unplug;

/** A kref'd device object: a chip with pins, its kref and what unplug does (kfree is the seed 003 bug). */
public final class DeviceSkin extends NodeSkin<DeviceNode, DeviceSkin.Facts> {
    private static final int PINS = 3;
    private static final double PIN_LENGTH = 5;
    private static final double PIN_WIDTH = 2.5;

    record Facts(String title, int kref, Unplug unplug) {}

    private final List<Rectangle> pins = new ArrayList<>();

    public DeviceSkin(String id) {
        super(DeviceNode.class, id, "device-skin", "DEVICE");
        for (int i = 0; i < 2 * PINS; i++) {
            Rectangle pin = new Rectangle(PIN_LENGTH, PIN_WIDTH);
            pin.getStyleClass().add("chip-pin");
            pins.add(pin);
        }
        addDecorations(false, pins.toArray(new Rectangle[0]));
    }

    @Override
    protected Facts factsOf(Scenario s, DeviceNode d) {
        return new Facts(label(d), InitialCounts.kref(s, d.id()), d.unplug());
    }

    @Override
    protected void render(Facts f) {
        setTitle(f.title());
        setTag("kref " + f.kref());
        setRows(List.of(badgeRow(List.of(unplug(f.unplug())))));
    }

    private static StackPane unplug(Unplug u) {
        if (u == Unplug.KFREE) {
            return Badge.warn("unplug: kfree");
        } else if (u == Unplug.KREF_PUT) {
            return Badge.ok("unplug: kref_put");
        }
        return Badge.of("not unplugged", Badge.Tone.INFO);
    }

    @Override
    protected void layoutDecorations(double w, double h) {
        for (int i = 0; i < PINS; i++) {
            double y = h * (i + 1) / (PINS + 1) - PIN_WIDTH / 2;
            pins.get(i).relocate(-PIN_LENGTH, y);
            pins.get(PINS + i).relocate(w, y);
        }
    }
}
