package lifeline.check;

import lifeline.model.Scenario;
import lifeline.spec.CheckOptions;
import lifeline.tlc.TlcOptions;

/** What to check (a scenario and its properties), how finely, and how TLC runs. */
public record CheckRequest(Scenario scenario, CheckOptions options, TlcOptions tlc) {
    /** The scenario's own properties, the fused model, TLC's defaults. */
    public static CheckRequest of(Scenario scenario) {
        return new CheckRequest(scenario, CheckOptions.of(scenario.properties()), TlcOptions.defaults());
    }

    public CheckRequest with(CheckOptions o) {
        return new CheckRequest(scenario, o, tlc);
    }

    public CheckRequest with(TlcOptions t) {
        return new CheckRequest(scenario, options, t);
    }
}
