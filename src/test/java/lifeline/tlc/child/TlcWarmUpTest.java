package lifeline.tlc.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TlcWarmUpTest {
    @Test
    void touchingTheHeapWritesUntilTheCollectorHasEmptiedTheYoungGenerationOnce() {
        long before = collections();
        TlcWarmUp.touchHeap(4096, () -> false);
        assertTrue(collections() > before, "no collection after touching the heap");
    }

    @Test
    void aYoungGenerationLargerThanTheTouchIsEmptiedAllTheSame() {
        long before = collections();
        TlcWarmUp.touchHeap(1, () -> false);
        assertTrue(collections() > before, "no collection after touching 1 MB");
    }

    @Test
    void touchingTheHeapWaitsForNothingWhenTheRunIsThere() {
        AtomicInteger asked = new AtomicInteger();
        TlcWarmUp.touchHeap(4096, () -> asked.incrementAndGet() > 0);
        assertEquals(1, asked.get(), "it went on after the run's arguments came");
    }

    private static long collections() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += gc.getCollectionCount();
        }
        return n;
    }
}
