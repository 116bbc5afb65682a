package lifeline.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lifeline.spec.BaseModules;
import lifeline.check.CheckResult;
import lifeline.check.TlcFixture;
import lifeline.io.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of leak the spec reports has its field in the state's layout (StateObjects), on the object of the
 * leak's id, and on a real leak that field is one the layout writes.
 */
class FieldRefTest {

    /** The kinds LeaksIn in specs/Lifeline.tla builds its tuples with: {@code <<"wait_queue", f>>}. */
    private static Set<String> specLeakKinds() {
        String spec = BaseModules.lifeline();
        int start = spec.indexOf("LeaksIn(w) ==");
        String body = spec.substring(start, spec.indexOf("\n\n", start));
        Set<String> kinds = new LinkedHashSet<>();
        Matcher m = Pattern.compile("<<\"(\\w+)\",").matcher(body);
        while (m.find()) {
            kinds.add(m.group(1));
        }
        return kinds;
    }

    @Test
    void everyLeakKindOfTheSpecHasAField() {
        Set<String> kinds = specLeakKinds();
        assertTrue(kinds.containsAll(Set.of("files_struct", "file", "wait_queue", "device", "binder_proc")),
                "LeaksIn read as: " + kinds);
        for (String kind : kinds) {
            Optional<FieldRef> field = FieldRef.of(new ObjRef(RefKind.ofTla(kind), "x1"));
            assertTrue(field.isPresent(), kind);
            assertEquals("x1", field.get().objectKey().id(), kind);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed000-binder-leak", "seed004-hook-path-leak"})
    void aRealLeaksFieldIsOneTheLayoutWrites(String example) {
        CheckResult r = TlcFixture.check(Examples.load(example).orElseThrow());
        KernelTrace t = r.trace().orElseThrow();
        assertFalse(t.leaks().isEmpty(), example);
        for (ObjRef leak : t.leaks()) {
            FieldRef field = FieldRef.of(leak).orElseThrow();
            ObjectView view = t.last().objects().stream().filter(v -> v.key().equals(field.objectKey())).findFirst()
                    .orElseThrow(() -> new AssertionError("no object " + field.objectKey() + " for " + leak));
            assertTrue(view.fields().containsKey(field.field()), field + " among " + view.fields().keySet());
        }
    }

    @Test
    void aFilesStructIsItsProcessAndTheOtherPartsTheirFile() {
        assertEquals(new FieldRef(ObjectKind.PROCESS.key("p1"), "files_struct.count"),
                FieldRef.of(new ObjRef(RefKind.FILES_STRUCT, "p1")).orElseThrow());
        assertEquals(new FieldRef(ObjectKind.FILE.key("f1"), "reserved block"),
                FieldRef.of(new ObjRef(RefKind.RESERVED_BLOCK, "f1")).orElseThrow());
        assertEquals(new FieldRef(ObjectKind.DEVICE.key("d1"), "state"),
                FieldRef.of(new ObjRef(RefKind.DEVICE, "d1")).orElseThrow());
        assertTrue(FieldRef.of(new ObjRef(RefKind.F_COUNT, "f1")).isEmpty(), "not a leak the spec reports");
    }
}
