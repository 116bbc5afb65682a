package lifeline.ui.canvas.skin;

import java.util.List;
import lifeline.model.CloseHook;
import lifeline.model.PathCapture;
import lifeline.model.Scenario;

/** A close hook: a pill with how it keeps f_path (a pointer, the seed 004 bug, in a warning colour). */
public final class CloseHookSkin extends NodeSkin<CloseHook, CloseHookSkin.Facts> {

    record Facts(String title, PathCapture capture, String process) {}

    public CloseHookSkin(String id) {
        super(CloseHook.class, id, "hook-skin", "CLOSE HOOK");
    }

    @Override
    protected Facts factsOf(Scenario s, CloseHook h) {
        String process = h.process() == null ? null : s.node(h.process()).map(NodeSkin::label).orElse(h.process());
        return new Facts(label(h), h.capture(), process);
    }

    @Override
    protected void render(Facts f) {
        setTitle(f.title());
        setTag("");
        setRows(List.of(
                badgeRow(List.of(f.capture() == PathCapture.POINTER ? Badge.warn("capture: &f_path")
                        : Badge.ok("capture: copy"))),
                Badge.line(f.process() == null ? "wraps no process" : "wraps close of " + f.process(),
                        "node-muted")));
    }
}
