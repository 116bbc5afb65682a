package lifeline.ui.canvas.gesture;

import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;
import lifeline.edit.Connect;
import lifeline.edit.ConnectionRules;
import lifeline.edit.Edge;
import lifeline.model.Scenario;
import lifeline.ui.canvas.skin.NodeSkin;

/**
 * A drag from a card's handle to another card. A rubber line follows the pointer; the card under it turns
 * green or red by {@link ConnectionRules}, with the edge or the refusal next to the pointer. The release
 * makes the edge with {@link Connect#of}, or makes nothing and shows the kernel's refusal where the drag
 * ended and in the status bar.
 */
final class ConnectGesture implements Gesture {
    private static final PseudoClass LEGAL = PseudoClass.getPseudoClass("legal");
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    private final CanvasContext ctx;
    private final NodeSkin<?, ?> from;
    private final Line rubber = new Line();
    private NodeSkin<?, ?> target;
    private Optional<String> refusal = Optional.empty();
    private String hint = "";
    /** Whether the pointer has left the card it started on: coming back onto it then asks to connect it to itself. */
    private boolean leftFrom;

    private ConnectGesture(CanvasContext ctx, NodeSkin<?, ?> from) {
        this.ctx = ctx;
        this.from = from;
        rubber.getStyleClass().add("connect-line");
        rubber.setStrokeWidth(1.5 / ctx.zoom());
        rubber.setMouseTransparent(true);
        rubber.setVisible(false);
        ctx.worldOverlay().getChildren().add(rubber);
    }

    static Gesture start(CanvasContext ctx, MouseEvent press, Hit hit) {
        if (press.getButton() != MouseButton.PRIMARY || !hit.handle()) {
            return null;
        }
        return new ConnectGesture(ctx, hit.skin());
    }

    @Override
    public void drag(MouseEvent e) {
        Point2D a = from.handleCentre();
        Point2D b = ctx.toWorld(e.getX(), e.getY());
        rubber.setStartX(a.getX());
        rubber.setStartY(a.getY());
        rubber.setEndX(b.getX());
        rubber.setEndY(b.getY());
        rubber.setVisible(true);
        NodeSkin<?, ?> top = ctx.skinAt(b, null).orElse(null);
        leftFrom |= top != from;
        NodeSkin<?, ?> under = leftFrom ? top : ctx.skinAt(b, from.nodeId()).orElse(null);
        if (under != target) {
            retarget(under);
        }
        if (target == null) {
            ctx.hideHint();
        } else {
            ctx.showHint(hint, refusal.isEmpty(), e.getX(), e.getY());
        }
    }

    private void retarget(NodeSkin<?, ?> under) {
        if (target != null) {
            target.setConnectTarget(null);
        }
        target = under;
        // An epoll dropped on itself is refused (ELOOP) like any other drop, rather than doing nothing.
        if (target == null) {
            refusal = Optional.empty();
        } else {
            Scenario s = ctx.doc().current();
            refusal = ConnectionRules.refusal(s, from.nodeId(), target.nodeId());
            target.setConnectTarget(refusal.isEmpty());
            hint = refusal.orElseGet(() -> ConnectionRules.edge(s, from.nodeId(), target.nodeId())
                    .map(ConnectGesture::shortLabel).orElse(""));
        }
        rubber.pseudoClassStateChanged(LEGAL, target != null && refusal.isEmpty());
        rubber.pseudoClassStateChanged(REFUSED, target != null && refusal.isPresent());
    }

    private static String shortLabel(Edge e) {
        return e instanceof Edge.Fd ? "fd " + ((Edge.Fd) e).fd() : e.kind().label();
    }

    @Override
    public void release(MouseEvent e) {
        NodeSkin<?, ?> to = target;
        finish();
        if (to == null) {
            return;
        }
        Scenario s = ctx.doc().current();
        Optional<String> why = ConnectionRules.refusal(s, from.nodeId(), to.nodeId());
        if (why.isPresent()) {
            refuse(why.get(), e);
        } else if (!ctx.doc().execute(Connect.of(s, from.nodeId(), to.nodeId()))) {
            refuse(ctx.doc().statusProperty().get(), e);
        }
    }

    private void refuse(String reason, MouseEvent e) {
        ctx.doc().statusProperty().set(reason);
        ctx.showRefusal(reason, e.getX(), e.getY());
    }

    @Override
    public void cancel() {
        finish();
    }

    private void finish() {
        if (target != null) {
            target.setConnectTarget(null);
            target = null;
        }
        ctx.hideHint();
        ctx.worldOverlay().getChildren().remove(rubber);
    }
}
