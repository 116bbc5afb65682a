package lifeline.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lifeline.io.Examples;
import lifeline.io.ScalingFamily;
import lifeline.model.Scenario;
import lifeline.spec.CheckOptions;
import lifeline.spec.Granularity;
import lifeline.tlc.TlcOptions;
import org.junit.jupiter.api.Test;

/** Which models are small, and what a small model's check asks of TLC. */
class SmallModelTest {

    private static CheckRequest request(Scenario s, Granularity g) {
        return new CheckRequest(s, new CheckOptions(s.properties(), g), TlcOptions.defaults().withWorkers(2));
    }

    @Test
    void everySeedExampleAndTheBenchmarkAreSmallWhenFused() {
        for (String name : Examples.names()) {
            assertTrue(SmallModel.is(Examples.load(name).orElseThrow(), Granularity.FUSED), name);
        }
        assertTrue(SmallModel.is(Examples.benchmark(), Granularity.FUSED));
    }

    @Test
    void theLiteralModelAndTheFourProcessScalingMemberAreNot() {
        assertFalse(SmallModel.is(Examples.load("seed003-kref-missing-get").orElseThrow(), Granularity.LITERAL));
        assertFalse(SmallModel.is(ScalingFamily.member(4, 4), Granularity.FUSED));
    }

    @Test
    void aSmallModelGetsOneWorkerAndC1WhateverWasAsked() {
        CheckRequest tuned = SmallModel.tune(request(Examples.load("seed003-kref-missing-get").orElseThrow(),
                Granularity.FUSED));
        assertEquals(1, tuned.tlc().workers());
        assertEquals(TlcOptions.Jit.QUICK, tuned.tlc().jit());
    }

    @Test
    void theDefinitionInWordsHasTheBounds() {
        assertEquals("the fused model of at most 4 processes, 6 files and 10 operations", SmallModel.definition());
    }

    @Test
    void aLargeModelKeepsTheWorkersAsked() {
        CheckRequest tuned = SmallModel.tune(request(ScalingFamily.member(4, 4), Granularity.FUSED));
        assertEquals(2, tuned.tlc().workers());
        assertEquals(TlcOptions.Jit.FULL, tuned.tlc().jit());
    }
}
