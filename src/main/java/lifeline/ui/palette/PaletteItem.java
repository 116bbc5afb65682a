package lifeline.ui.palette;

import javafx.css.PseudoClass;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import lifeline.edit.NodeKind;
import lifeline.ui.canvas.gesture.PaletteDrop;

/**
 * One kind on the palette: its glyph and name, the kernel's description as a tooltip. Dragged, it carries
 * the kind to the canvas; clicked (or Enter/Space), it asks for the node at the centre of the view. Greyed
 * out, with the reason as its tooltip, when the scenario cannot take another one.
 */
final class PaletteItem extends HBox {
    private static final PseudoClass UNAVAILABLE = PseudoClass.getPseudoClass("unavailable");

    private final NodeKind kind;
    private final PaletteModel model;
    private final Runnable add;

    PaletteItem(NodeKind kind, PaletteModel model, Runnable add) {
        this.kind = kind;
        this.model = model;
        this.add = add;
        setId("palette-" + kind.name());
        getStyleClass().add("palette-item");
        setFocusTraversable(true);
        Label name = new Label(kind.label());
        name.getStyleClass().add("palette-item-label");
        getChildren().addAll(KindGlyphs.of(kind), name);
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(320);
        tip.setShowDelay(Duration.millis(400));
        Tooltip.install(this, tip);
        model.refusalProperty(kind).addListener((o, a, why) -> showAvailability(tip, why));
        showAvailability(tip, model.refusalProperty(kind).get());
        setOnDragDetected(this::dragDetected);
        setOnMouseClicked(this::clicked);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void showAvailability(Tooltip tip, String why) {
        pseudoClassStateChanged(UNAVAILABLE, !why.isEmpty());
        tip.setText(why.isEmpty() ? kind.tooltip() : why);
    }

    private void dragDetected(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !model.available(kind)) {
            return;
        }
        Dragboard db = startDragAndDrop(TransferMode.COPY);
        ClipboardContent content = new ClipboardContent();
        content.put(PaletteDrop.NODE_KIND, kind.name());
        db.setContent(content);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        db.setDragView(getChildren().get(0).snapshot(params, null));
        e.consume();
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
            requestFocus();
            addIfAvailable();
        }
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
            addIfAvailable();
            e.consume();
        }
    }

    private void addIfAvailable() {
        if (model.available(kind)) {
            add.run();
        }
    }
}
