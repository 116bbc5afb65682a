package lifeline.check;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import lifeline.model.Property;
import lifeline.model.Scenario;
import lifeline.spec.CheckOptions;
import lifeline.spec.Granularity;
import lifeline.tlc.TlcOptions;
import lifeline.tlc.TlcRunner;

/** Runs real checks in tests: the real TLC jar in a real subprocess. */
public final class TlcFixture {
    private static Checker checker;

    private TlcFixture() {}

    public static synchronized Checker checker() {
        if (checker == null) {
            try {
                checker = new Checker(TlcRunner.located((Path) null));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return checker;
    }

    public static CheckResult check(Scenario s, Granularity g) {
        return check(s, s.properties(), g);
    }

    public static CheckResult check(Scenario s, Set<Property> props, Granularity g) {
        try {
            return checker().check(JitPolicy.apply(new CheckRequest(s, new CheckOptions(props, g), TlcOptions.defaults())));
        } catch (Exception e) {
            throw new AssertionError("check failed to run: " + e, e);
        }
    }

    public static CheckResult check(Scenario s) {
        return check(s, Granularity.FUSED);
    }

    public static Set<Property> all() {
        return EnumSet.allOf(Property.class);
    }
}
