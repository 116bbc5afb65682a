package lifeline.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lifeline.edit.SetProperties;
import lifeline.io.Examples;
import lifeline.model.Property;
import lifeline.model.Scenario;
import org.junit.jupiter.api.Test;

/** The document's facts as its listeners see them: the problems found once per change, found before they hear. */
class DocumentModelTest {

    @Test
    void theProblemsFollowTheScenarioAndAreReadyWhenItsListenersHear() {
        Scenario seed = Examples.load("seed001-epoll-flush-uaf").orElseThrow();
        DocumentModel doc = new DocumentModel(seed);
        assertEquals(List.of(), doc.problemsProperty().get());
        List<String> heard = new ArrayList<>();
        doc.scenarioProperty().addListener((o, was, now) -> heard.add(doc.problemsProperty().get().equals(
                now.problems()) + " " + doc.canUndoProperty().get()));

        assertTrue(doc.execute(new SetProperties(Set.of(Property.NO_LEAK))));
        assertEquals(List.of("true true"), heard, "problems and undo are up to date when the scenario changes");
        assertEquals(doc.current().problems(), doc.problemsProperty().get());

        doc.reset(seed, null, "again");
        assertEquals("true false", heard.get(heard.size() - 1), "a new document has nothing to undo");
        assertFalse(doc.canRedoProperty().get());
    }
}
