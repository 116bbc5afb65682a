package lifeline.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HugePagesTest {
    @Test
    void asksForHugePagesOnlyWhereTheKernelGivesThemOnRequest() {
        assertEquals(List.of("-XX:+UseTransparentHugePages"), HugePages.optionsFor("always [madvise] never\n"));
        assertEquals(List.of(), HugePages.optionsFor("[always] madvise never\n"), "always: the heap has them anyway");
        assertEquals(List.of(), HugePages.optionsFor("always madvise [never]\n"), "never: the JVM would warn");
        assertEquals(List.of(), HugePages.optionsFor(""), "no such file: not Linux, or no huge pages");
    }
}
