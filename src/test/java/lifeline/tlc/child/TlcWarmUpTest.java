package lifeline.tlc.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TlcWarmUpTest {
    @Test
    void touchingTheHeapWritesUntilTheCollectorHasEmptiedTheYoungGenerationOnce() {
        long before = TlcWarmUp.collections();
        TlcWarmUp.touchHeap(4096, () -> false);
        assertTrue(TlcWarmUp.collections() > before, "no collection after touching the heap");
    }

    @Test
    void aYoungGenerationLargerThanTheTouchIsEmptiedAllTheSame() {
        long before = TlcWarmUp.collections();
        TlcWarmUp.touchHeap(1, () -> false);
        assertTrue(TlcWarmUp.collections() > before, "no collection after touching 1 MB");
    }

    @Test
    void touchingTheHeapWaitsForNothingWhenTheRunIsThere() {
        AtomicInteger asked = new AtomicInteger();
        TlcWarmUp.touchHeap(4096, () -> asked.incrementAndGet() > 0);
        assertEquals(1, asked.get(), "it went on after the run's arguments came");
    }
}
