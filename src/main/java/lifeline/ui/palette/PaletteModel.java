package lifeline.ui.palette;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import lifeline.edit.AddNode;
import lifeline.edit.NodeKind;
import lifeline.model.Scenario;
import lifeline.ui.document.DocumentModel;

/**
 * What the palette offers: for each kind, why it cannot be added to the current scenario now (a second
 * kworker, the bounds), or "" when it can. Follows the document. Confined to the FX application thread.
 */
public final class PaletteModel {
    private final Map<NodeKind, ReadOnlyStringWrapper> refusals = new EnumMap<>(NodeKind.class);

    public PaletteModel(DocumentModel doc) {
        for (NodeKind k : NodeKind.values()) {
            refusals.put(k, new ReadOnlyStringWrapper(this, k.name(), ""));
        }
        doc.scenarioProperty().addListener((o, before, s) -> update(s));
        update(doc.current());
    }

    private void update(Scenario s) {
        refusals.forEach((kind, why) -> why.set(AddNode.refusal(s, kind).orElse("")));
    }

    /** Why a node of the kind cannot be added now; "" when it can. */
    public ReadOnlyStringProperty refusalProperty(NodeKind kind) {
        return refusals.get(kind).getReadOnlyProperty();
    }

    public boolean available(NodeKind kind) {
        return refusals.get(kind).get().isEmpty();
    }
}
