package lifeline.ui.inspector;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import lifeline.model.BinderFile;
import lifeline.model.FdLink;
import lifeline.model.InitialCounts;
import lifeline.model.Scenario;
import lifeline.model.Watch;

/** A file's f_count at start and who holds it: the fd slots, a binder mapping; and the epolls watching it. */
final class FileHolders extends VBox {
    private static final String COUNT_TIP = "f_count at start = fd slots holding the file + mappings of it"
            + " (kernel-model §6)";

    private final InspectorModel model;
    private final String file;
    private final Label count = new Label();
    private final VBox holders = new VBox(2);
    private final VBox watchers = new VBox(2);
    private final VBox watched;

    FileHolders(InspectorModel model, String file, Form form) {
        this.model = model;
        this.file = file;
        count.setId("f-count");
        form.fact("f_count at start", COUNT_TIP, count);
        form.row(Form.caption("Held by", "Who holds a reference on the file at start")).row(holders);
        watched = new VBox(Form.caption("Watched by", "Epoll instances with an epitem on this file's wait queue;"
                + " epoll takes no reference on the file"), watchers);
        form.row(watched);
    }

    void show(Scenario s) {
        count.setText(String.valueOf(InitialCounts.fCount(s, file)));
        holders.getChildren().clear();
        for (FdLink l : s.fds()) {
            if (file.equals(l.file())) {
                s.process(l.process()).ifPresent(p -> holders.getChildren().add(
                        line("fd " + l.fd() + " of", Links.to(model, p))));
            }
        }
        s.file(file).filter(f -> f instanceof BinderFile && ((BinderFile) f).mmapped())
                .ifPresent(f -> holders.getChildren().add(Form.hint("the binder mapping (vm_file)")));
        if (holders.getChildren().isEmpty()) {
            holders.getChildren().add(Form.hint("Nobody: draw an fd edge from a process to this file."));
        }
        boolean pollable = s.file(file).filter(f -> f.pollable()).isPresent();
        watched.setVisible(pollable);
        watched.setManaged(pollable);
        List<Watch> ws = s.watches().stream().filter(w -> file.equals(w.target())).toList();
        watchers.getChildren().clear();
        for (Watch w : ws) {
            s.node(w.epoll()).ifPresent(e -> watchers.getChildren().add(new FlowPane(Links.to(model, e))));
        }
        if (ws.isEmpty()) {
            watchers.getChildren().add(Form.hint("No epoll watches it."));
        }
    }

    private static HBox line(String text, javafx.scene.Node link) {
        Label l = new Label(text);
        HBox box = new HBox(4, l, link);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
