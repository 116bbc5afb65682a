package lifeline.ui.canvas.skin;

import java.util.List;
import javafx.scene.shape.Rectangle;
import lifeline.model.BinderFile;
import lifeline.model.InitialCounts;
import lifeline.model.Scenario;

/** A binder file: a bound card with a spine, its f_count and whether the proc is mmapped (files_struct +1). */
public final class BinderSkin extends NodeSkin<BinderFile, BinderSkin.Facts> {

    record Facts(String title, int fCount, boolean mmapped, String owner) {}

    private final Rectangle spine = new Rectangle();

    public BinderSkin(String id) {
        super(BinderFile.class, id, "binder-skin", "BINDER");
        spine.getStyleClass().add("binder-spine");
        addDecorations(false, spine);
    }

    @Override
    protected Facts factsOf(Scenario s, BinderFile b) {
        String owner = b.opener() == null ? null : s.node(b.opener()).map(NodeSkin::label).orElse(b.opener());
        return new Facts(label(b), InitialCounts.fCount(s, b.id()), b.mmapped(), owner);
    }

    @Override
    protected void render(Facts f) {
        setTitle(f.title());
        setTag("f_count " + f.fCount());
        setRows(List.of(
                badgeRow(List.of(f.mmapped() ? Badge.info("mmapped: holds files_struct")
                        : Badge.of("not mmapped", Badge.Tone.INFO))),
                Badge.line(f.owner() == null ? "no binder_proc owner" : "binder_proc of " + f.owner(),
                        "node-muted")));
    }

    @Override
    protected void layoutDecorations(double w, double h) {
        spine.setX(0);
        spine.setY(0);
        spine.setWidth(7);
        spine.setHeight(h);
    }
}
