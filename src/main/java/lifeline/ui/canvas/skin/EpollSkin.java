package lifeline.ui.canvas.skin;

import java.util.List;
import lifeline.model.EpollFile;
import lifeline.model.InitialCounts;
import lifeline.model.Scenario;

/** An epoll instance: a card with a double border, its f_count and how many files it watches. */
public final class EpollSkin extends NodeSkin<EpollFile, EpollSkin.Facts> {

    record Facts(String title, int fCount, long watches) {}

    public EpollSkin(String id) {
        super(EpollFile.class, id, "epoll-skin", "EPOLL");
    }

    @Override
    protected Facts factsOf(Scenario s, EpollFile e) {
        long watches = s.watches().stream().filter(w -> e.id().equals(w.epoll())).count();
        return new Facts(label(e), InitialCounts.fCount(s, e.id()), watches);
    }

    @Override
    protected void render(Facts f) {
        setTitle(f.title());
        setTag("f_count " + f.fCount());
        setRows(List.of(badgeRow(List.of(Badge.info(f.watches() == 1 ? "1 watch" : f.watches() + " watches"),
                Badge.of("no ref on targets", Badge.Tone.INFO)))));
    }
}
