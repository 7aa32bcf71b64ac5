package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Outcome;
import org.meldcode.engine.Result;
import org.meldcode.model.Action;
import org.meldcode.model.Case;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Protocol;
import org.meldcode.testing.Generators;
import org.meldcode.testing.Move;

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
        qt().withExamples(Integer.getInteger("meldcode.examples", 10_000) / 10)
                .forAll(Generators.sequences(1, 40))
                .checkAssert(moves -> {
                    // GIVEN a case walked along a generated sequence
                    Case c = Case.open("case-pair", "pupil-pair", protocol.ref());
                    Instant at = Instant.parse("2026-09-07T07:00:00Z");
                    int pathIndex = 0;
                    for (Move generated : moves) {
                        Move m = generated.resolve(pathIndex, protocol);
                        at = at.plus(Duration.ofMinutes(30));
                        Action action = m.action(at);
                        // WHEN the action is applied and guided in one pass and in two calls
                        Outcome outcome = ENGINE.applyAndGuide(c, action);
                        Result result = ENGINE.apply(c, action);
                        // THEN both agree
                        assertThat(outcome.result())
                                .as("result of %s after %s", action, c)
                                .isEqualTo(result);
                        assertThat(outcome.guidance())
                                .as("guidance after %s on %s", action, c)
                                .isEqualTo(ENGINE.guide(result.caseFile()));
                        (result.permitted() ? permitted : refused).incrementAndGet();
                        if (m.guided() && result.permitted()) {
                            pathIndex++;
                        }
                        c = result.caseFile();
                    }
                });
        assertThat(permitted.get()).as("permitted actions compared").isGreaterThan(100);
        assertThat(refused.get()).as("refused actions compared").isGreaterThan(100);
    }
}
