package lifeline.ui.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/** The sequence chart's colours as CSS properties (-seq-text, -seq-fault, ...), so both themes reach the canvas. */
enum ChartInk {
    TEXT("-seq-text", Color.BLACK), MUTED("-seq-muted", Color.GRAY), LANE("-seq-lane", Color.gray(0.95)),
    GRID("-seq-grid", Color.gray(0.8)), MARK("-seq-mark", Color.ROYALBLUE), FAULT("-seq-fault", Color.CRIMSON),
    SELECTION("-seq-selection", Color.LIGHTBLUE);

    private final String cssName;
    private final Paint initial;

    ChartInk(String cssName, Paint initial) {
        this.cssName = cssName;
        this.initial = initial;
    }

    /** The styleable paints of one chart; redraw runs whenever CSS changes one of them. */
    static final class Inks {
        private final Map<ChartInk, SimpleStyleableObjectProperty<Paint>> paints = new EnumMap<>(ChartInk.class);

        Inks(Styleable owner, Runnable redraw) {
            for (ChartInk ink : values()) {
                SimpleStyleableObjectProperty<Paint> p = new SimpleStyleableObjectProperty<>(META.get(ink), owner,
                        ink.cssName, ink.initial);
                p.addListener(o -> redraw.run());
                paints.put(ink, p);
            }
        }

        Paint get(ChartInk ink) {
            return paints.get(ink).get();
        }

        StyleableProperty<Paint> property(ChartInk ink) {
            return paints.get(ink);
        }
    }

    /** Charts that have Inks. */
    interface Inked extends Styleable {
        Inks inks();
    }

    private static final Map<ChartInk, CssMetaData<Styleable, Paint>> META = new EnumMap<>(ChartInk.class);

    static {
        for (ChartInk ink : values()) {
            META.put(ink, new CssMetaData<>(ink.cssName, StyleConverter.getPaintConverter(), ink.initial) {
                @Override
                public boolean isSettable(Styleable s) {
                    return true;
                }

                @Override
                public StyleableProperty<Paint> getStyleableProperty(Styleable s) {
                    return ((Inked) s).inks().property(ink);
                }
            });
        }
    }

    /** A region's CSS metadata plus the inks'. */
    static List<CssMetaData<? extends Styleable, ?>> metaData() {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        all.addAll(META.values());
        return Collections.unmodifiableList(all);
    }
}
