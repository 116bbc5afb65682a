package lifeline.ui.inspector;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import lifeline.edit.Disconnect;
import lifeline.edit.Edge;
import lifeline.edit.SetOpener;
import lifeline.model.EpollFile;
import lifeline.model.Scenario;
import lifeline.model.Watch;

/** An epoll instance: who created it and the files it watches, each watch removable. */
final class EpollEditor extends NodeEditor<EpollFile> {
    private final OpenerField opener;
    private final VBox watches = new VBox(2);
    private final FileHolders holders;
    private List<Watch> shown;

    EpollEditor(InspectorModel model, String id) {
        super(model, id, EpollFile.class);
        opener = new OpenerField("opener", "The process that called epoll_create",
                p -> edit(SetOpener.of(model.scenario(), id, p)));
        main().field("Opener", "The process that called epoll_create", opener.view());
        section("Watches", "epoll_ctl(EPOLL_CTL_ADD): an epitem on each file's wait queue; no f_count taken")
                .row(watches);
        holders = new FileHolders(model, id, section("References", "Who holds the epoll file at start"));
    }

    @Override
    protected void showNode(Scenario s, EpollFile e) {
        opener.show(s, e.opener());
        List<Watch> mine = s.watches().stream().filter(w -> id.equals(w.epoll())).toList();
        if (!mine.equals(shown)) {
            shown = mine;
            watches.getChildren().clear();
            for (Watch w : mine) {
                watches.getChildren().add(row(s, w));
            }
            if (mine.isEmpty()) {
                watches.getChildren().add(Form.hint("None: draw a watch edge from this epoll to a pollable file."));
            }
        }
        holders.show(s);
    }

    private HBox row(Scenario s, Watch w) {
        javafx.scene.Node target = s.node(w.target()).<javafx.scene.Node>map(n -> Links.to(model, n))
                .orElse(Form.hint(w.target() + " (missing)"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(6, target, gap, Links.remove("remove-watch-" + w.target(),
                "Remove the watch: epoll_ctl(EPOLL_CTL_DEL)", () -> remove(w)));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void remove(Watch w) {
        Scenario s = model.scenario();
        Edge.EpollWatch edge = new Edge.EpollWatch(w.epoll(), w.target());
        if (edge.isIn(s)) {
            edit(Disconnect.of(s, edge));
        }
    }
}
