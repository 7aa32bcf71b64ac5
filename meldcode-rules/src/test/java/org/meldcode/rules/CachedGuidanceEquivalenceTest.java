package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.KnownNames;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Outcome;
import org.meldcode.model.Case;
import org.meldcode.model.Integrity;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Protocol;
import org.meldcode.testing.Generators;
import org.meldcode.testing.Move;
import org.meldcode.testing.Replay;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The engine's fast paths, the guidance and the live sessions it keeps between calls, answer
 * exactly as a plain engine that keeps nothing and builds every session anew: rulings with their
 * findings, guidance with and without a clock, and explanations, along generated sequences of both
 * protocols (10,000 in the thorough profile). The fast engine keeps few cases and sessions, so
 * that they are dropped and built again all the time, and every sequence runs under the same case
 * id, so that what is kept of one history is there when another history of that id is asked about.
 */
class CachedGuidanceEquivalenceTest {

    private static final KnownNames NAMES = KnownNames.of(Generators.KNOWN_NAMES);

    /** The faster paths: guidance kept for at most 64 cases, at most 8 sessions kept alive. */
    private static final DroolsEngine FAST = (DroolsEngine) MeldcodeRules.builder()
            .knownNames(NAMES)
            .guidanceCache(64)
            .liveSessions(8)
            .build();

    /** The plain engine: nothing kept between calls. */
    static final MeldcodeEngine PLAIN = MeldcodeRules.builder()
            .knownNames(NAMES)
            .guidanceCache(0)
            .liveSessions(0)
            .build();

    private static int sequencesPerProtocol() {
        int examples = Integer.getInteger("meldcode.examples", 1_000);
        return Boolean.getBoolean("meldcode.thorough") ? examples / 2 : Math.max(40, examples / 20);
    }

    private static Gen<List<Move>> sequences(ProtocolRef protocol) {
        return SourceDSL.lists()
                .of(protocol.equals(ProtocolRef.STAPPENPLAN_2021) ? Generators.moves() : Generators.nationalMoves())
                .ofSizeBetween(1, 20);
    }

    @Test
    void the_engine_with_kept_guidance_answers_as_a_plain_engine_along_generated_sequences_of_both_protocols() {
        AtomicInteger steps = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger sequences = new AtomicInteger();
        AtomicInteger explanations = new AtomicInteger();
        for (ProtocolRef ref : List.of(ProtocolRef.STAPPENPLAN_2021, ProtocolRef.LANDELIJK_2019)) {
            Protocol protocol = Protocol.of(ref);
            qt().withExamples(sequencesPerProtocol()).forAll(sequences(ref)).checkAssert(moves -> {
                // GIVEN a case walked along a generated sequence by the plain engine
                List<Replay.Step> walk = Replay.run(PLAIN, protocol, moves);
                sequences.incrementAndGet();
                Guidance plainBefore = PLAIN.guide(walk.get(0).before());
                boolean explained = false;
                for (Replay.Step step : walk) {
                    // WHEN the fast engine is asked what the plain one was asked
                    // THEN it answers the same: guidance of the case before (kept, most often)
                    assertThat(FAST.guide(step.before()))
                            .as("guidance before %s on %s", step.action(), step.before())
                            .isEqualTo(plainBefore);
                    // the ruling and its findings (on a live session, most often, after the first
                    // step of the sequence), twice, and the explanation
                    assertThat(FAST.evaluate(step.before(), step.action()))
                            .as("ruling on %s", step.action())
                            .isEqualTo(step.result().ruling());
                    assertThat(FAST.evaluate(step.before(), step.action()))
                            .as("ruling again on %s", step.action())
                            .isEqualTo(step.result().ruling());
                    // the explanation (an explanation builds a session of its own on either
                    // engine: compared at the first refusal and the last step of each sequence,
                    // which keeps the thorough run within CI's time)
                    if (step == walk.get(walk.size() - 1) || (!step.result().permitted() && !explained)) {
                        explained |= !step.result().permitted();
                        assertThat(FAST.explain(step.before(), step.action()))
                                .as("explanation of %s", step.action())
                                .isEqualTo(PLAIN.explain(step.before(), step.action()));
                        explanations.incrementAndGet();
                    }
                    // the result and the guidance after it, in one call (which keeps that guidance)
                    Guidance plainAfter = PLAIN.guide(step.after());
                    Outcome outcome = FAST.applyAndGuide(step.before(), step.action());
                    assertThat(outcome.result()).isEqualTo(step.result());
                    assertThat(outcome.guidance())
                            .as("guidance after %s on %s", step.action(), step.before())
                            .isEqualTo(plainAfter);
                    // the guidance after it asked again (kept)
                    assertThat(FAST.guide(step.after())).isEqualTo(plainAfter);
                    plainBefore = plainAfter;
                    steps.incrementAndGet();
                    if (!step.result().permitted()) {
                        refused.incrementAndGet();
                    }
                }
                // and the guidance at the end with a clock, which is never kept
                Case end = walk.get(walk.size() - 1).after();
                java.time.Instant now = end.lastEventAt().orElse(Replay.START).plus(Duration.ofDays(40));
                assertThat(FAST.guide(end, now)).isEqualTo(PLAIN.guide(end, now));
            });
        }
        // QuickTheories leaves out a sequence it generated twice
        assertThat(sequences.get()).as("sequences compared").isGreaterThan(2 * sequencesPerProtocol() * 9 / 10);
        assertThat(steps.get()).as("steps compared").isGreaterThan(5 * sequences.get());
        assertThat(refused.get()).as("refused actions compared").isGreaterThan(sequences.get());
        assertThat(explanations.get()).as("explanations compared").isGreaterThan(sequences.get());
        assertThat(FAST.guidedCases()).as("cases kept").isBetween(1L, 64L);
        assertThat(FAST.liveSessions()).as("sessions kept alive").isBetween(1L, 8L);
    }

    @Test
    void two_histories_of_one_case_id_are_kept_apart_and_each_gets_its_own_guidance() {
        // GIVEN two histories of the same case id: the first step of the usual path, and the first
        // ten, whose guidance differs
        Protocol protocol = Protocol.of(ProtocolRef.STAPPENPLAN_2021);
        Case one = last(Replay.run(PLAIN, protocol, pathOf(1)));
        Case other = last(Replay.run(PLAIN, protocol, pathOf(10)));
        assertThat(other.id()).isEqualTo(one.id());
        assertThat(PLAIN.guide(other)).isNotEqualTo(PLAIN.guide(one));
        // WHEN the fast engine guides the first, then the second
        Guidance first = FAST.guide(one);
        Guidance second = FAST.guide(other);
        // THEN each has its own (the second is not the first's, kept)
        assertThat(first).isEqualTo(PLAIN.guide(one));
        assertThat(second).isEqualTo(PLAIN.guide(other));
    }

    @Test
    void a_case_whose_chain_is_not_known_is_never_kept() {
        // GIVEN an engine keeping guidance, and a case rebuilt from its events (a chain not checked)
        DroolsEngine engine =
                (DroolsEngine) MeldcodeRules.builder().guidanceCache(10).build();
        Case walked = last(Replay.run(PLAIN, Protocol.of(ProtocolRef.STAPPENPLAN_2021), pathOf(5)));
        Case rebuilt = new Case(walked.id(), walked.pupilRef(), walked.protocol(), new ArrayList<>(walked.events()));
        // WHEN it is guided
        Guidance guidance = engine.guide(rebuilt);
        // THEN the answer is the plain one and nothing is kept
        assertThat(guidance).isEqualTo(PLAIN.guide(rebuilt));
        assertThat(engine.guidedCases()).isZero();
        // AND once the chain is verified, the guidance of the same case is kept
        assertThat(Integrity.verify(rebuilt)).isEmpty();
        assertThat(engine.guide(rebuilt)).isEqualTo(guidance);
        assertThat(engine.guidedCases()).isEqualTo(1);
    }

    @Test
    void an_engine_keeps_guidance_for_no_more_cases_than_it_is_given_and_none_when_given_zero() {
        // GIVEN engines keeping 3 cases and none
        DroolsEngine three =
                (DroolsEngine) MeldcodeRules.builder().guidanceCache(3).build();
        DroolsEngine none =
                (DroolsEngine) MeldcodeRules.builder().guidanceCache(0).build();
        // WHEN each guides the 10 cases of a walk
        List<Replay.Step> walk = Replay.run(PLAIN, Protocol.of(ProtocolRef.STAPPENPLAN_2021), pathOf(10));
        for (Replay.Step step : walk) {
            three.guide(step.after());
            none.guide(step.after());
        }
        // THEN the first keeps at most 3 (Caffeine may decline to admit a case seen once), the
        // second none
        assertThat(three.guidedCases()).isBetween(1L, 3L);
        assertThat(none.guidedCases()).isZero();
        // AND a negative size is refused with a reason
        assertThatThrownBy(() -> MeldcodeRules.builder().guidanceCache(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("guidanceCache must be 0 or more");
    }

    @Test
    void an_engine_keeps_no_more_sessions_alive_than_it_is_given_and_none_when_given_zero() {
        // GIVEN engines keeping 3 sessions and none
        DroolsEngine three =
                (DroolsEngine) MeldcodeRules.builder().liveSessions(3).build();
        DroolsEngine none =
                (DroolsEngine) MeldcodeRules.builder().liveSessions(0).build();
        // WHEN each rules on the 10 cases of a walk
        for (Replay.Step step : Replay.run(PLAIN, Protocol.of(ProtocolRef.STAPPENPLAN_2021), pathOf(10))) {
            assertThat(three.evaluate(step.before(), step.action()))
                    .isEqualTo(step.result().ruling());
            assertThat(none.evaluate(step.before(), step.action()))
                    .isEqualTo(step.result().ruling());
        }
        // THEN the first keeps at most 3 alive, the second none
        assertThat(three.liveSessions()).isBetween(1L, 3L);
        assertThat(none.liveSessions()).isZero();
        // AND a negative size is refused with a reason
        assertThatThrownBy(() -> MeldcodeRules.builder().liveSessions(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("liveSessions must be 0 or more");
    }

    @Test
    void a_session_left_part_way_by_a_failing_call_is_not_kept_and_the_next_ruling_is_the_plain_one() {
        // GIVEN an engine keeping sessions alive, whose host lookup of names fails on one text
        KnownNames failing = text -> {
            if (text.contains("lookup fails")) {
                throw new IllegalStateException("synthetic lookup failure");
            }
            return false;
        };
        DroolsEngine engine = (DroolsEngine)
                MeldcodeRules.builder().knownNames(failing).liveSessions(4).build();
        MeldcodeEngine plain = MeldcodeRules.builder()
                .knownNames(failing)
                .liveSessions(0)
                .guidanceCache(0)
                .build();
        List<Replay.Step> walk = Replay.run(PLAIN, Protocol.of(ProtocolRef.STAPPENPLAN_2021), pathOf(4));
        Case c = last(walk);
        java.time.Instant at = c.lastEventAt().orElseThrow().plus(Duration.ofMinutes(30));
        org.meldcode.model.Actor teacher = org.meldcode.model.Actor.of(org.meldcode.model.Role.TEACHER, "teacher-1");
        org.meldcode.model.LogEntry bad = new org.meldcode.model.LogEntry(
                at,
                teacher,
                java.time.LocalDate.of(2026, 9, 8),
                org.meldcode.model.Signal.BEHAVIOUR,
                org.meldcode.model.Source.OWN_OBSERVATION,
                "The lookup fails on this text.",
                false);
        // WHEN a ruling fails part-way, after the session was built
        assertThat(engine.evaluate(c, new org.meldcode.model.IbNotification(at, teacher)))
                .isEqualTo(plain.evaluate(c, new org.meldcode.model.IbNotification(at, teacher)));
        assertThatThrownBy(() -> engine.evaluate(c, bad)).hasMessage("synthetic lookup failure");
        // THEN the next rulings on the case answer as the plain engine's
        for (Replay.Step step : walk) {
            assertThat(engine.evaluate(c, new org.meldcode.model.IbNotification(at, teacher)))
                    .isEqualTo(plain.evaluate(c, new org.meldcode.model.IbNotification(at, teacher)));
            assertThat(engine.evaluate(step.before(), step.action()))
                    .isEqualTo(step.result().ruling());
        }
    }

    @Test
    void threads_ruling_on_one_case_at_once_each_get_the_plain_answer() throws Exception {
        // GIVEN an engine keeping sessions alive and the proposals of every kind on one case
        DroolsEngine engine =
                (DroolsEngine) MeldcodeRules.builder().liveSessions(4).build();
        List<Replay.Step> walk = Replay.run(PLAIN, Protocol.of(ProtocolRef.STAPPENPLAN_2021), pathOf(8));
        Case c = last(walk);
        java.time.Instant at = c.lastEventAt().orElseThrow().plus(Duration.ofMinutes(30));
        List<org.meldcode.model.Action> proposals = new ArrayList<>();
        for (org.meldcode.model.ActionType type : org.meldcode.model.ActionType.values()) {
            proposals.add(new Move(type, org.meldcode.model.Role.INTERN_BEGELEIDER, 7, false).action(at));
        }
        List<org.meldcode.engine.Ruling> expected = new ArrayList<>();
        proposals.forEach(a -> expected.add(PLAIN.evaluate(c, a)));
        // WHEN 4 threads rule on them 200 times each, at once
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                done.add(pool.submit(() -> {
                    int compared = 0;
                    for (int i = 0; i < 200; i++) {
                        int k = (i + offset) % proposals.size();
                        // THEN every ruling is the plain engine's
                        assertThat(engine.evaluate(c, proposals.get(k))).isEqualTo(expected.get(k));
                        compared++;
                    }
                    return compared;
                }));
            }
            for (java.util.concurrent.Future<Integer> f : done) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        // AND the case keeps at most its two sessions alive
        assertThat(engine.liveSessions()).isBetween(1L, (long) DroolsEngine.LIVE_SLOTS);
    }

    private static Case last(List<Replay.Step> walk) {
        return walk.get(walk.size() - 1).after();
    }

    /** The usual path for so many steps: every move guided. */
    private static List<Move> pathOf(int steps) {
        List<Move> moves = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            moves.add(new Move(org.meldcode.model.ActionType.LOG_ENTRY, org.meldcode.model.Role.TEACHER, i, true));
        }
        return moves;
    }
}
