package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Outcome;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Protocol;
import org.meldcode.testing.Generators;
import org.meldcode.testing.Replay;

/**
 * {@code applyAndGuide} answers in one session what {@code apply} and then {@code guide} answer in
 * two: the same ruling, the same case after it and the same guidance, along random sequences.
 */
class ApplyAndGuideTest {

    private static final MeldcodeEngine ENGINE = MeldcodeRules.builder()
            .knownNames(org.meldcode.engine.KnownNames.of(Generators.KNOWN_NAMES))
            .build();

    @Test
    void apply_and_guide_in_one_pass_answers_as_apply_then_guide_along_random_sequences() {
        Protocol protocol = Protocol.of(ProtocolRef.STAPPENPLAN_2021);
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger permitted = new AtomicInteger();
        qt().withExamples(Integer.getInteger("meldcode.examples", 1_000) / 10)
                .forAll(Generators.sequences(1, 40))
                .checkAssert(moves -> {
                    // GIVEN a case walked along a generated sequence
                    for (Replay.Step step : Replay.run(ENGINE, protocol, moves)) {
                        // WHEN each action is applied and guided in one pass
                        Outcome outcome = ENGINE.applyAndGuide(step.before(), step.action());
                        // THEN it agrees with apply and then guide
                        assertThat(outcome.result())
                                .as("result of %s after %s", step.action(), step.before())
                                .isEqualTo(step.result());
                        assertThat(outcome.guidance())
                                .as("guidance after %s on %s", step.action(), step.before())
                                .isEqualTo(ENGINE.guide(step.after()));
                        (step.result().permitted() ? permitted : refused).incrementAndGet();
                    }
                });
        assertThat(permitted.get()).as("permitted actions compared").isGreaterThan(100);
        assertThat(refused.get()).as("refused actions compared").isGreaterThan(100);
    }
}
