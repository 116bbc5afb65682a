package lifeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import lifeline.model.RandomScenarios;
import lifeline.model.Scenario;
import lifeline.model.ScenarioValidator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RandomScenarioRoundTripTest {
    @Provide
    Arbitrary<Scenario> scenarios() {
        return RandomScenarios.validScenarios();
    }

    @Property(tries = 1000, seed = "20261130")
    void aValidScenarioSurvivesTheFileFormat(@ForAll("scenarios") Scenario s) throws ScenarioFormatException {
        String text = ScenarioJson.toJson(s);
        Scenario back = ScenarioJson.fromJson(text, "random.lifeline.json");
        assertEquals(s, back);
        assertEquals(text, ScenarioJson.toJson(back));
        assertEquals(List.of(), ScenarioValidator.validate(back));
    }
}
