package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.Finding;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.KnownNames;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Ruling;
import org.meldcode.model.Action;
import org.meldcode.model.Actor;
import org.meldcode.model.Case;
import org.meldcode.model.Closure;
import org.meldcode.model.Consultation;
import org.meldcode.model.Decision;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.Event;
import org.meldcode.model.IbNotification;
import org.meldcode.model.LogEntry;
import org.meldcode.model.ParentsConversation;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Report;
import org.meldcode.model.ReportConversation;
import org.meldcode.model.RiskAssessment;
import org.meldcode.model.Role;
import org.meldcode.model.Teller;
import org.meldcode.model.TellingArrangement;
import org.meldcode.protocol.Protocol;
import org.meldcode.testing.Generators;
import org.meldcode.testing.Move;
import org.meldcode.testing.Replay;

/**
 * The protocol's promises as properties: for every generated sequence of actions, applied through
 * the engine, each promise holds at every step. Each property names the clauses it comes from.
 * {@code -Dmeldcode.examples=N} sets the number of sequences per property (default 1,000; 10,000 with -Pthorough);
 * QuickTheories prints the seed of a failing run so that it can be replayed.
 */
class ProtocolInvariantsTest {

    static final int EXAMPLES = Integer.getInteger("meldcode.examples", 1_000);
    static final Protocol PROTOCOL = Protocol.of(ProtocolRef.STAPPENPLAN_2021);

    /**
     * One seed for every property of a run, printed, so that a failure can be replayed with
     * {@code -Dmeldcode.seed=...} (QuickTheories also prints the falsifying sequence).
     */
    static long seed = Long.getLong("meldcode.seed", System.nanoTime());

    /** The fixed seed whose sequences always count towards what the generator reaches. */
    static final long COVERAGE_SEED = 20_261_206L;

    /** The engine the properties run against: it knows the synthetic names of the generators. */
    static final MeldcodeEngine DEFAULT_ENGINE = MeldcodeRules.forSchool(KnownNames.of(Generators.KNOWN_NAMES));

    /** The engine the properties run against; rule ablation runs them against others. */
    static MeldcodeEngine engine = DEFAULT_ENGINE;

    /** How many sequences each property tries; rule ablation lowers it. */
    static int examples = EXAMPLES;

    /** Each sequence replayed through the default engine once, its steps shared by the properties. */
    private static final KeptReplays REPLAYS = new KeptReplays(DEFAULT_ENGINE, PROTOCOL);

    /**
     * Lets the replays go once the properties have run: the test JVM may run the other invariants
     * class next, and 12,000 kept replays of each would not both fit in its heap.
     */
    @AfterAll
    static void forgetTheReplays() {
        REPLAYS.clear();
    }

    @BeforeAll
    static void printTheSeed() {
        System.out.println("meldcode.seed=" + seed + " meldcode.examples=" + EXAMPLES);
    }

    static List<Replay.Step> replay(List<Move> moves) {
        return REPLAYS.replay(engine, moves);
    }

    private static void forAllSequences(Consumer<List<Replay.Step>> check) {
        qt().withFixedSeed(seed)
                .withExamples(examples)
                .forAll(Generators.sequences())
                .checkAssert(moves -> check.accept(replay(moves)));
    }

    /** The accepted events of a case, as actions. */
    private static List<Action> accepted(Case c) {
        return c.events().stream().map(Event::action).toList();
    }

    private static boolean has(Set<Actor> people, Role role) {
        return people.stream().anyMatch(a -> a.role() == role);
    }

    /** SP-0.1, SP-5.1, SP-5.3, SP-5.6. */
    @Test
    void
            sp_0_1_sp_5_1_sp_5_3_sp_5_6_no_accepted_report_without_weighing_decision_by_ib_and_director_named_and_by_the_ib() {
        forAllSequences(steps -> {
            for (Replay.Step s : steps) {
                if (s.result().permitted() && s.action() instanceof Report report) {
                    List<Action> before = accepted(s.before());
                    assertThat(report.pupilIdentified()).isTrue();
                    assertThat(report.reporterWithheldFromFamily()).isFalse();
                    if (AcuteRoute.recorded(before)) {
                        // AR-1.3: in acute danger any staff member reports at once, never the board
                        assertThat(report.actor().role()).isNotEqualTo(Role.BOARD);
                        continue;
                    }
                    assertThat(report.actor().role()).isEqualTo(Role.INTERN_BEGELEIDER);
                    assertThat(before).anyMatch(a -> a instanceof RiskAssessment);
                    Decision last = null;
                    for (Action a : before) {
                        if (a instanceof Decision d) {
                            last = d;
                        }
                    }
                    assertThat(last).isNotNull();
                    assertThat(last.kind()).isEqualTo(DecisionKind.REPORT);
                    assertThat(has(last.participants(), Role.INTERN_BEGELEIDER)).isTrue();
                    assertThat(has(last.participants(), Role.DIRECTOR)).isTrue();
                }
            }
        });
    }

    /** SP-1.1, SP-0.1, SP-3.1. */
    @Test
    void sp_1_1_sp_0_1_sp_3_1_no_step_2_before_the_ib_is_informed_and_no_step_out_of_order() {
        forAllSequences(steps -> {
            for (Replay.Step s : steps) {
                if (!s.result().permitted()) {
                    continue;
                }
                int step = PROTOCOL.stepOf(s.action().type());
                List<Action> before = accepted(s.before());
                if (AcuteRoute.exempt(before, s.action())) {
                    continue; // AR-1.3: in acute danger the report waits for no step
                }
                if (step >= 2) {
                    assertThat(before).anyMatch(a -> a instanceof IbNotification);
                }
                if (step >= 3) {
                    assertThat(before).anyMatch(a -> a instanceof Consultation);
                }
                if (step >= 4) {
                    assertThat(before)
                            .as("step 4 or later after a conversation or a recorded skip")
                            .anyMatch(a -> PROTOCOL.stepOf(a.type()) == 3
                                    && !(a instanceof org.meldcode.model.PupilReadinessCheck));
                }
                if (step >= 5) {
                    assertThat(before).anyMatch(a -> a instanceof RiskAssessment);
                }
            }
        });
    }

    /** SP-1.3. */
    @Test
    void sp_1_3_no_accepted_logbook_entry_mentions_a_known_name() {
        forAllSequences(steps -> {
            for (Replay.Step s : steps) {
                if (s.result().permitted() && s.action() instanceof LogEntry e) {
                    for (String name : Generators.KNOWN_NAMES) {
                        assertThat(e.text()).doesNotContainIgnoringCase(name.replace("ë", "e"));
                        assertThat(e.text()).doesNotContainIgnoringCase(name);
                    }
                }
            }
        });
    }

    /** SP-2.2. */
    @Test
    void sp_2_2_no_accepted_named_consultation_while_the_parents_do_not_know() {
        forAllSequences(steps -> {
            for (Replay.Step s : steps) {
                if (s.result().permitted() && s.action() instanceof Consultation c && !c.anonymous()) {
                    assertThat(accepted(s.before())).anyMatch(a -> a instanceof ParentsConversation);
                }
            }
        });
    }

    /** SP-3.4, SP-3.5. */
    @Test
    void sp_3_4_sp_3_5_an_accepted_parents_conversation_has_the_ib_and_a_director_and_never_the_teacher() {
        forAllSequences(steps -> {
            for (Replay.Step s : steps) {
                if (s.result().permitted() && s.action() instanceof ParentsConversation p) {
                    assertThat(has(p.participants(), Role.TEACHER)).isFalse();
                    assertThat(has(p.participants(), Role.INTERN_BEGELEIDER)).isTrue();
                    assertThat(has(p.participants(), Role.DIRECTOR)).isTrue();
                }
            }
        });
    }

    /** SP-3.7. */
    @Test
    void sp_3_7_after_the_suspicion_was_removed_no_accepted_weighing_decision_or_report() {
        forAllSequences(steps -> {
            for (Replay.Step s : steps) {
                // acute danger is not talked away: it brings steps 4 and 5 back (AMBIGUITY SP-3.7)
                boolean removed = accepted(s.before()).stream()
                                .anyMatch(a -> a instanceof ParentsConversation p && p.suspicionRemoved())
                        && !AcuteRoute.recorded(accepted(s.before()));
                if (removed && s.result().permitted() && !AcuteRoute.exempt(accepted(s.before()), s.action())) {
                    assertThat(PROTOCOL.stepOf(s.action().type())).isLessThan(4);
                }
            }
        });
    }

    /** SP-5.4, SP-5.5, SP-5.2. */
    @Test
    void
            sp_5_4_sp_5_5_sp_5_2_after_help_was_organised_no_report_without_a_deterioration_weighed_again_or_acute_unsafety() {
        forAllSequences(steps -> {
            for (Replay.Step s : steps) {
                if (!(s.result().permitted() && s.action() instanceof Report)) {
                    continue;
                }
                List<Action> before = accepted(s.before());
                int help = -1;
                for (int i = 0; i < before.size(); i++) {
                    if (before.get(i) instanceof Decision d && d.kind() == DecisionKind.ORGANISE_HELP) {
                        help = i;
                    }
                }
                if (help < 0) {
                    continue;
                }
                List<Action> sinceHelp = before.subList(help + 1, before.size());
                boolean unsafeAfterHelp = sinceHelp.stream()
                        .anyMatch(a -> a instanceof RiskAssessment w && (w.acuteUnsafety() || w.structuralUnsafety()));
                if (unsafeAfterHelp || AcuteRoute.recorded(before)) {
                    continue; // acute or structural unsafety is always reported (SP-5.2, AR-1.3)
                }
                int deterioration = -1;
                for (int i = 0; i < sinceHelp.size() && deterioration < 0; i++) {
                    if (sinceHelp.get(i) instanceof LogEntry e && e.deterioration()) {
                        deterioration = i;
                    }
                }
                assertThat(deterioration)
                        .as("a deterioration logged after the help")
                        .isNotNegative();
                assertThat(sinceHelp.subList(deterioration, sinceHelp.size()))
                        .as("a new weighing after the deterioration")
                        .anyMatch(a -> a instanceof RiskAssessment);
            }
        });
    }

    /** SP-5.7. */
    @Test
    void sp_5_7_after_a_report_the_parents_are_owed_an_in_person_talk_and_the_case_stays_open_until_then() {
        forAllSequences(steps -> {
            boolean owedBefore = false;
            for (int i = 0; i < steps.size(); i++) {
                Replay.Step s = steps.get(i);
                List<Action> done = accepted(s.after());
                boolean reported = done.stream().anyMatch(a -> a instanceof Report);
                boolean told = done.stream()
                        .anyMatch(a -> a instanceof ReportConversation r
                                && r.inPerson()
                                && has(r.participants(), Role.INTERN_BEGELEIDER)
                                && has(r.participants(), Role.DIRECTOR));
                // where telling could endanger someone, Veilig Thuis may tell them as agreed (SP-5.7)
                TellingArrangement arranged = null;
                for (Action a : done) {
                    if (a instanceof TellingArrangement t) {
                        arranged = t;
                    }
                }
                boolean veiligThuisTells = arranged != null && arranged.teller() == Teller.VEILIG_THUIS;
                boolean owed = reported && !told && !veiligThuisTells;
                if (owed) {
                    assertThat(done).as("closed before the parents were told").noneMatch(a -> a instanceof Closure);
                }
                // the guidance is asked where the obligation arises and at the end (asking at
                // every step would cost a guide call per step for little more)
                if (owed && (!owedBefore || i == steps.size() - 1)) {
                    Guidance g = engine.guide(s.after());
                    assertThat(g.obligations()).anyMatch(o -> o.clause().id().equals("SP-5.7"));
                }
                owedBefore = owed;
            }
        });
    }

    /** AR-1.1 to AR-1.4: the acute route, which every protocol has. */
    @Test
    void ar_1_1_ar_1_2_ar_1_3_ar_1_4_acute_danger_is_reported_at_once_and_the_steps_follow() {
        forAllSequences(steps -> AcuteRouteInvariants.check(engine, PROTOCOL, steps));
    }

    /** SR-1.1, SR-1.2, SR-1.3: the staff-perpetrator route, which the seed plan has too. */
    @Test
    void sr_1_1_sr_1_2_sr_1_3_sr_1_4_sr_1_5_the_suspect_takes_no_part_the_board_comes_first_and_the_law_is_followed() {
        forAllSequences(steps -> StaffRouteInvariants.check(engine, PROTOCOL, steps));
    }

    /** SP-0.3. */
    @Test
    void sp_0_3_a_closed_case_accepts_nothing() {
        forAllSequences(steps -> {
            for (Replay.Step s : steps) {
                if (accepted(s.before()).stream().anyMatch(a -> a instanceof Closure)) {
                    assertThat(s.result().permitted()).isFalse();
                    assertThat(s.result().ruling().clauseIds()).contains("SP-0.3");
                }
            }
        });
    }

    /** All clauses: replaying the accepted events gives the same case, state and guidance; refusals change nothing. */
    @Test
    void replaying_the_accepted_events_gives_the_same_guidance_and_rulings_are_deterministic() {
        qt().withFixedSeed(seed)
                .withExamples(examples)
                .forAll(Generators.sequences())
                .checkAssert(moves -> {
                    List<Replay.Step> steps = replay(moves);
                    Case last = steps.get(steps.size() - 1).after();
                    Case replayed = Case.open(last.id(), last.pupilRef(), last.protocol());
                    for (Event e : last.events()) {
                        var r = engine.apply(replayed, e.action());
                        assertThat(r.permitted())
                                .as("replaying accepted %s", e.action().type())
                                .isTrue();
                        replayed = r.caseFile();
                    }
                    assertThat(replayed).isEqualTo(last);
                    assertThat(engine.guide(replayed)).isEqualTo(engine.guide(last));
                    for (Replay.Step s : steps) {
                        Ruling again = engine.evaluate(s.before(), s.action());
                        assertThat(again).isEqualTo(s.result().ruling());
                        if (!s.result().permitted()) {
                            assertThat(s.after()).isSameAs(s.before());
                        }
                    }
                });
    }

    /** All clauses: every refusal cites a clause of the catalogue, and explains itself in both languages. */
    @Test
    void every_refusal_cites_at_least_one_clause_of_the_catalogue() {
        forAllSequences(steps -> {
            for (Replay.Step s : steps) {
                if (!s.result().permitted()) {
                    assertThat(s.result().ruling().findings()).isNotEmpty();
                    for (Finding f : s.result().ruling().findings()) {
                        assertThat(PROTOCOL.clauses()).contains(f.clause());
                    }
                }
            }
        });
    }

    /** The generator reaches the plan's later steps and ends often enough to make the properties mean something. */
    @Test
    void the_generated_sequences_reach_every_step_and_every_kind_of_refusal() {
        Set<String> refusedClauses = new TreeSet<>();
        Set<Integer> steps = new TreeSet<>();
        // The run's own seed, and a fixed one: some refusals (SP-5.5, after help was organised) are
        // rare enough that a few random seeds miss them; what the generator reaches must not depend
        // on the luck of one run, so the fixed seed's sequences are always part of the count.
        for (long s : new long[] {seed, COVERAGE_SEED}) {
            qt().withFixedSeed(s)
                    .withExamples(Math.min(examples, 2_000))
                    .forAll(Generators.sequences())
                    .checkAssert(moves -> {
                        List<Replay.Step> run = replay(moves);
                        for (Replay.Step step : run) {
                            refusedClauses.addAll(step.result().ruling().clauseIds());
                        }
                        Guidance g = engine.guide(run.get(run.size() - 1).after());
                        steps.add(g.currentStep().number());
                    });
            // the edges (acute danger, the staff route to its end, substitutes) come from sequences that
            // open with one of those routes: their refusals are rare in fully random sequences
            refusedClauses.addAll(
                    AcuteRouteInvariants.refusedAlongEdgeSequences(engine, PROTOCOL, s, Math.min(examples, 2_000)));
        }
        assertThat(steps).contains(1, 2, 3, 4, 5);
        // every clause shows up as a refusal somewhere (but AR-1.1, which only permits)
        Set<String> expected = new TreeSet<>();
        PROTOCOL.clauses().forEach(c -> expected.add(c.id()));
        expected.remove("AR-1.1");
        assertThat(refusedClauses).containsAll(expected);
    }
}
