package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.Finding;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Ruling;
import org.meldcode.model.Action;
import org.meldcode.model.ActionType;
import org.meldcode.model.Case;
import org.meldcode.model.Closure;
import org.meldcode.model.Consultation;
import org.meldcode.model.ConversationSkip;
import org.meldcode.model.Decision;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.Event;
import org.meldcode.model.ExceptionKind;
import org.meldcode.model.HelpAgreement;
import org.meldcode.model.HelpEvaluation;
import org.meldcode.model.IbNotification;
import org.meldcode.model.LogEntry;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Report;
import org.meldcode.model.ReportConversation;
import org.meldcode.model.RiskAssessment;
import org.meldcode.model.Role;
import org.meldcode.model.SafetyException;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.model.Teller;
import org.meldcode.model.TellingArrangement;
import org.meldcode.protocol.Protocol;
import org.meldcode.rules.facts.Dates;
import org.meldcode.testing.Generators;
import org.meldcode.testing.Move;
import org.meldcode.testing.Replay;

/**
 * The national framework's promises (landelijk@2019-01) as properties, like the seed plan's in
 * {@link ProtocolInvariantsTest}: for every generated sequence, applied through the engine to a case
 * of the national framework, each promise holds at every step. Each property names its clauses.
 * {@code -Dmeldcode.examples=N} sets the number of sequences per property (default 1,000; 10,000 with -Pthorough).
 */
class NationalInvariantsTest {

    static final int EXAMPLES = Integer.getInteger("meldcode.examples", 1_000);
    static final Protocol PROTOCOL = Protocol.of(ProtocolRef.LANDELIJK_2019);

    /** One seed for every property of a run, printed, so that a failure can be replayed. */
    static long seed = Long.getLong("meldcode.seed", System.nanoTime());

    static final MeldcodeEngine DEFAULT_ENGINE = ProtocolInvariantsTest.DEFAULT_ENGINE;

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
        System.out.println("national meldcode.seed=" + seed + " meldcode.examples=" + EXAMPLES);
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

    private static List<Action> accepted(Case c) {
        return c.events().stream().map(Event::action).toList();
    }

    private static <T> T last(List<Action> actions, Class<T> type) {
        T found = null;
        for (Action a : actions) {
            if (type.isInstance(a)) {
                found = type.cast(a);
            }
        }
        return found;
    }

    private static boolean any(List<Action> actions, ActionType type) {
        return actions.stream().anyMatch(a -> a.type() == type);
    }

    /** LK-0.1, LK-0.2, LK-1.1: steps in order, each after the one before it, by the roles named. */
    @Test
    void lk_0_1_lk_0_2_lk_1_1_no_step_before_the_one_before_it_is_completed_and_only_by_its_roles() {
        forAllSequences(steps -> {
            for (Replay.Step s : steps) {
                if (!s.result().permitted()) {
                    continue;
                }
                Action a = s.action();
                List<Action> before = accepted(s.before());
                if (AcuteRoute.exempt(before, a)) {
                    continue; // AR-1.3: in acute danger the report waits for no step and no role
                }
                assertThat(PROTOCOL.grants(a.type(), a.actor().role())).isTrue();
                int step = PROTOCOL.stepOf(a.type());
                if (step >= 2) {
                    assertThat(before).anyMatch(b -> b instanceof IbNotification);
                }
                if (step >= 3) {
                    assertThat(before).anyMatch(b -> b instanceof Consultation);
                }
                if (step >= 4) {
                    assertThat(before).anyMatch(b -> PROTOCOL.stepOf(b.type()) == 3);
                }
                if (step >= 5) {
                    assertThat(before).anyMatch(b -> b instanceof RiskAssessment);
                }
                if (a instanceof LogEntry e) {
                    assertThat(e.observedOn()).isBeforeOrEqualTo(LocalDate.ofInstant(e.at(), Dates.SCHOOL_ZONE));
                }
            }
        });
    }

    /** LK-2.1, LK-3.1, LK-4.1: a colleague consulted, no conversation after a skip, the IB weighs. */
    @Test
    void lk_2_1_lk_3_1_lk_4_1_a_colleague_is_consulted_no_conversation_follows_a_skip_and_the_ib_weighs() {
        forAllSequences(steps -> {
            for (Replay.Step s : steps) {
                if (!s.result().permitted()) {
                    continue;
                }
                Action a = s.action();
                if (a instanceof Consultation c) {
                    assertThat(c.participants()).hasSizeGreaterThanOrEqualTo(2);
                }
                if (a.type() == ActionType.PUPIL_CONVERSATION || a.type() == ActionType.PARENTS_CONVERSATION) {
                    assertThat(accepted(s.before())).noneMatch(b -> b instanceof ConversationSkip);
                }
                if (a instanceof RiskAssessment w) {
                    assertThat(w.participants()).anyMatch(p -> p.role() == Role.INTERN_BEGELEIDER);
                }
            }
        });
    }

    /**
     * LK-5.2, LK-5.4, LK-5.5: help instead of a report only when the latest weighing found neither
     * acute nor structural unsafety nor doubt, the pupil did not disclose it, those involved accept
     * the help, and no earlier help failed.
     */
    @Test
    void lk_5_2_lk_5_4_lk_5_5_help_instead_of_a_report_only_without_unsafety_doubt_disclosure_refusal_or_failure() {
        forAllSequences(steps -> {
            for (Replay.Step s : steps) {
                if (!(s.result().permitted()
                        && s.action() instanceof Decision d
                        && d.kind() == DecisionKind.ORGANISE_HELP)) {
                    continue;
                }
                List<Action> before = accepted(s.before());
                RiskAssessment w = last(before, RiskAssessment.class);
                assertThat(w).isNotNull();
                assertThat(w.acuteUnsafety() || w.structuralUnsafety() || w.level() == SuspicionLevel.DOUBTFUL)
                        .as("LK-5.2: acute or structural unsafety or doubt")
                        .isFalse();
                assertThat(before)
                        .as("LK-5.2: the pupil's own disclosure")
                        .noneMatch(b -> b instanceof LogEntry e
                                && e.signal() == Signal.DISCLOSURE
                                && (e.source() == Source.PUPIL || e.source() == Source.OWN_OBSERVATION));
                assertThat(d.schoolCanHelp()).as("LK-5.3: the school can help").isTrue();
                assertThat(d.helpAccepted()).as("LK-5.4: accepted").isTrue();
                assertThat(d.willingToWork())
                        .as("LK-5.4: willing to work on it")
                        .isTrue();
                assertThat(before)
                        .as("LK-5.5: help failed before")
                        .noneMatch(b -> b instanceof HelpEvaluation e && !e.safetyReached());
            }
        });
    }

    /** LK-5.3, LK-5.4, LK-5.5: help is agreed after a decision, with a deadline ahead; safety is judged reached no earlier. */
    @Test
    void lk_5_3_lk_5_4_lk_5_5_help_is_agreed_after_a_decision_with_a_deadline_ahead_and_not_judged_safe_before_it() {
        forAllSequences(steps -> {
            for (Replay.Step s : steps) {
                if (!s.result().permitted()) {
                    continue;
                }
                List<Action> before = accepted(s.before());
                if (s.action() instanceof HelpAgreement h) {
                    assertThat(before).anyMatch(b -> b instanceof Decision);
                    assertThat(h.deadline()).isAfter(LocalDate.ofInstant(h.at(), Dates.SCHOOL_ZONE));
                }
                if (s.action() instanceof HelpEvaluation e) {
                    HelpAgreement h = last(before, HelpAgreement.class);
                    assertThat(h).as("LK-5.5: an agreement to evaluate").isNotNull();
                    if (e.safetyReached()) {
                        assertThat(LocalDate.ofInstant(e.at(), Dates.SCHOOL_ZONE))
                                .isAfterOrEqualTo(h.deadline());
                    }
                }
            }
        });
    }

    /** LK-5.6, LK-5.8: every accepted report follows a decision to report, and is named unless excepted. */
    @Test
    void lk_5_6_lk_5_8_a_report_follows_a_decision_to_report_and_is_anonymous_only_as_a_recorded_exception() {
        forAllSequences(steps -> {
            for (Replay.Step s : steps) {
                if (!(s.result().permitted() && s.action() instanceof Report r)) {
                    continue;
                }
                List<Action> before = accepted(s.before());
                if (!AcuteRoute.recorded(before)) { // AR-1.3: in acute danger no decision first
                    Decision d = last(before, Decision.class);
                    assertThat(d).isNotNull();
                    assertThat(d.kind()).isEqualTo(DecisionKind.REPORT);
                }
                assertThat(r.pupilIdentified())
                        .as("LK-5.8: a report names the pupil")
                        .isTrue();
                if (r.reporterWithheldFromFamily()) {
                    assertThat(before)
                            .anyMatch(
                                    b -> b instanceof SafetyException x && x.kind() == ExceptionKind.REPORTER_WITHHELD);
                }
            }
        });
    }

    /** LK-5.7: open melden, tenzij — not told after an exception; not closed before told or excepted; owed until then. */
    @Test
    void lk_5_7_the_parents_are_told_of_each_report_or_veilig_thuis_tells_them_by_arrangement() {
        forAllSequences(steps -> {
            for (int i = 0; i < steps.size(); i++) {
                Replay.Step s = steps.get(i);
                List<Action> before = accepted(s.before());
                if (s.result().permitted() && s.action() instanceof ReportConversation) {
                    Decision d = last(before, Decision.class);
                    assertThat(any(before, ActionType.REPORT) || (d != null && d.kind() == DecisionKind.REPORT))
                            .as("LK-5.7: told of a report that was decided or made")
                            .isTrue();
                    if (tellingUnsafe(before)) {
                        TellingArrangement a = last(before, TellingArrangement.class);
                        assertThat(a)
                                .as("LK-5.7: told where unsafe only as agreed with Veilig Thuis")
                                .isNotNull();
                        assertThat(a.teller()).isEqualTo(Teller.SCHOOL);
                    }
                }
                if (s.result().permitted() && s.action() instanceof Closure && any(before, ActionType.REPORT)) {
                    assertThat(told(before) || veiligThuisTells(before))
                            .as("LK-5.7: closed before the parents were told")
                            .isTrue();
                }
                if (i == steps.size() - 1) {
                    List<Action> done = accepted(s.after());
                    if (any(done, ActionType.REPORT)
                            && !any(done, ActionType.CLOSURE)
                            && !told(done)
                            && !veiligThuisTells(done)) {
                        Guidance g = engine.guide(s.after());
                        assertThat(g.obligations())
                                .anyMatch(o -> o.clause().id().equals("LK-5.7"));
                    }
                }
            }
        });
    }

    /** Telling the parents could endanger someone: an exception, a skip, acute unsafety or acute danger. */
    private static boolean tellingUnsafe(List<Action> done) {
        return done.stream()
                .anyMatch(b -> (b instanceof SafetyException x && x.kind() == ExceptionKind.PARENTS_NOT_TOLD)
                        || b instanceof ConversationSkip
                        || (b instanceof RiskAssessment w && w.acuteUnsafety())
                        || b.type() == ActionType.ACUTE_DANGER);
    }

    private static boolean veiligThuisTells(List<Action> done) {
        TellingArrangement a = last(done, TellingArrangement.class);
        return a != null && a.teller() == Teller.VEILIG_THUIS;
    }

    /** Each report is told: after the latest report, or (a single report) after the decision and before it. */
    private static boolean told(List<Action> done) {
        int lastReport = -1;
        int firstReport = -1;
        int reports = 0;
        int lastDecision = -1;
        for (int k = 0; k < done.size(); k++) {
            if (done.get(k) instanceof Report) {
                lastReport = k;
                firstReport = firstReport < 0 ? k : firstReport;
                reports++;
            }
            if (done.get(k) instanceof Decision) {
                lastDecision = k;
            }
        }
        boolean decidedToReport =
                lastDecision >= 0 && ((Decision) done.get(lastDecision)).kind() == DecisionKind.REPORT;
        for (int k = 0; k < done.size(); k++) {
            if (done.get(k) instanceof ReportConversation) {
                if (lastReport >= 0 && k > lastReport) {
                    return true;
                }
                if (decidedToReport && k > lastDecision && (firstReport < 0 || k < firstReport) && reports < 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** LK-0.4, LK-5.1: a case closes only at an end of the afwegingskader. */
    @Test
    void lk_0_4_lk_5_1_lk_5_6_a_case_closes_only_after_a_weighing_at_one_of_the_frameworks_ends() {
        forAllSequences(steps -> {
            for (Replay.Step s : steps) {
                if (!(s.result().permitted() && s.action() instanceof Closure)) {
                    continue;
                }
                List<Action> before = accepted(s.before());
                // LK-5.1: question 1 is answered in the weighing of step 4; no case closes before it
                assertThat(any(before, ActionType.RISK_ASSESSMENT))
                        .as("LK-5.1: a weighing before any closure")
                        .isTrue();
                boolean reported = any(before, ActionType.REPORT);
                boolean policeReport = any(before, ActionType.POLICE_REPORT);
                Action lastRelevant = null;
                RiskAssessment latestWeighing = null;
                int latestWeighingAt = -1;
                Decision latestDecision = null;
                for (int i = 0; i < before.size(); i++) {
                    Action b = before.get(i);
                    if (b instanceof HelpEvaluation || b instanceof RiskAssessment || b instanceof Decision) {
                        lastRelevant = b;
                    }
                    if (b instanceof RiskAssessment w) {
                        latestWeighing = w;
                        latestWeighingAt = i;
                    }
                    if (b instanceof Decision d) {
                        latestDecision = d;
                    }
                }
                boolean safe = lastRelevant instanceof HelpEvaluation e && e.safetyReached();
                boolean noSuspicion = latestWeighing.level() == SuspicionLevel.NONE
                        && !any(before, ActionType.ACUTE_DANGER)
                        && before.subList(latestWeighingAt + 1, before.size()).stream()
                                .noneMatch(b -> b instanceof ConversationSkip
                                        || (b instanceof LogEntry e
                                                && e.signal() == Signal.DISCLOSURE
                                                && (e.source() == Source.PUPIL
                                                        || e.source() == Source.OWN_OBSERVATION)));
                assertThat(reported || safe || policeReport || noSuspicion)
                        .as("LK-0.4: one of the framework's ends")
                        .isTrue();
                if (latestDecision != null && latestDecision.kind() == DecisionKind.REPORT) {
                    assertThat(reported)
                            .as("LK-5.6: a decided report is made before closing")
                            .isTrue();
                }
            }
        });
    }

    /** LK-0.3: a closed case accepts nothing. */
    @Test
    void lk_0_3_a_closed_case_accepts_nothing() {
        forAllSequences(steps -> {
            for (Replay.Step s : steps) {
                if (any(accepted(s.before()), ActionType.CLOSURE)) {
                    assertThat(s.result().permitted()).isFalse();
                    assertThat(s.result().ruling().clauseIds()).contains("LK-0.3");
                }
            }
        });
    }

    /** AR-1.1 to AR-1.4: the acute route, which every protocol has. */
    @Test
    void ar_1_1_ar_1_2_ar_1_3_ar_1_4_acute_danger_is_reported_at_once_and_the_steps_follow() {
        forAllSequences(steps -> AcuteRouteInvariants.check(engine, PROTOCOL, steps));
    }

    /** SR-1.1, SR-1.2, SR-1.3: the staff-perpetrator route in the national framework. */
    @Test
    void sr_1_1_sr_1_2_sr_1_3_sr_1_4_sr_1_5_the_suspect_takes_no_part_the_board_comes_first_and_the_law_is_followed() {
        forAllSequences(steps -> StaffRouteInvariants.check(engine, PROTOCOL, steps));
    }

    /** All clauses: replaying the accepted events gives the same case and guidance; rulings are deterministic. */
    @Test
    void replaying_the_accepted_events_gives_the_same_guidance_and_rulings_are_deterministic() {
        forAllSequences(steps -> {
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
            }
        });
    }

    /** All clauses: every refusal cites a clause of the national catalogue. */
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

    /** The generator reaches the framework's later steps and every kind of refusal. */
    @Test
    void the_generated_sequences_reach_every_step_and_every_kind_of_refusal() {
        Set<String> refusedClauses = new TreeSet<>();
        Set<Integer> steps = new TreeSet<>();
        // the run's own seed and a fixed one, so that a rare refusal an unlucky seed misses does not
        // fail the build (see ProtocolInvariantsTest)
        for (long s : new long[] {seed, ProtocolInvariantsTest.COVERAGE_SEED}) {
            qt().withFixedSeed(s)
                    .withExamples(Math.min(examples, 2_000))
                    .forAll(Generators.sequences())
                    .checkAssert(moves -> {
                        List<Replay.Step> run = replay(moves);
                        for (Replay.Step step : run) {
                            refusedClauses.addAll(step.result().ruling().clauseIds());
                        }
                        steps.add(engine.guide(run.get(run.size() - 1).after())
                                .currentStep()
                                .number());
                    });
            // the edges (acute danger, the staff route to its end, substitutes) come from sequences that
            // open with one of those routes: their refusals are rare in fully random sequences
            refusedClauses.addAll(
                    AcuteRouteInvariants.refusedAlongEdgeSequences(engine, PROTOCOL, s, Math.min(examples, 2_000)));
        }
        assertThat(steps).contains(1, 2, 3, 4, 5);
        Set<String> expected = new TreeSet<>();
        PROTOCOL.clauses().forEach(c -> expected.add(c.id()));
        expected.remove("AR-1.1"); // only permits
        assertThat(refusedClauses).containsAll(expected);
    }
}
