package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meldcode.engine.Finding;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Obligation;
import org.meldcode.model.Action;
import org.meldcode.model.ActionType;
import org.meldcode.model.Actor;
import org.meldcode.model.Case;
import org.meldcode.model.Closure;
import org.meldcode.model.Decision;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.Event;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Report;
import org.meldcode.model.RiskAssessment;
import org.meldcode.model.Role;
import org.meldcode.model.StaffSuspicion;
import org.meldcode.protocol.Protocol;
import org.meldcode.testing.Generators;
import org.meldcode.testing.Replay;

/**
 * The protocol at its edges (issue 13), as properties along generated sequences that mix the usual
 * path with acute danger, skips for danger and staff suspicions (also of the IB and a director):
 * in both protocols no case reaches a dead end, and no report is refused when the latest weighing found acute or
 * structural unsafety. {@code -Dmeldcode.examples=N} sets the number of sequences (default 1,000, 10,000 with -Pthorough; these properties try a quarter of them).
 */
class SafetyAtTheEdgesTest {

    /** A quarter of the usual number of sequences: each dead-end check follows the case several steps on. */
    static final int EXAMPLES = Math.max(100, Integer.getInteger("meldcode.examples", 1_000) / 4);

    static final long SEED = Long.getLong("meldcode.seed", 20261203L);
    static final MeldcodeEngine ENGINE = MeldcodeRules.engine();

    /** The refusals that would block a report that acute or structural unsafety asks for. */
    static final Set<String> BLOCKING_A_REPORT = Set.of(
            "refusal.report-despite-help",
            "refusal.decision-after-help-without-deterioration",
            "refusal.report-while-help-organised");

    static List<ProtocolRef> protocols() {
        return Protocol.known();
    }

    /**
     * No dead ends: after every event at the edges (acute danger, a skip, the staff route, telling the
     * parents) and at the end of each sequence, the case can always move on by what it owes.
     */
    @ParameterizedTest
    @MethodSource("protocols")
    void along_sequences_at_the_edges_every_open_obligation_can_be_discharged(ProtocolRef ref) {
        Protocol protocol = Protocol.of(ref);
        qt().withFixedSeed(SEED)
                .withExamples(EXAMPLES)
                .forAll(Generators.edgeSequences())
                .checkAssert(moves -> {
                    List<Replay.Step> steps = Replay.run(ENGINE, protocol, moves);
                    for (int i = 0; i < steps.size(); i++) {
                        Replay.Step s = steps.get(i);
                        boolean edge = s.result().permitted()
                                && EDGE_EVENTS.contains(s.action().type());
                        if (edge || i == steps.size() - 1) {
                            assertNoDeadEnd(s.after());
                        }
                    }
                });
    }

    /** The events after which the dead-end check runs (and at the end of every sequence). */
    static final Set<ActionType> EDGE_EVENTS = EnumSet.of(
            ActionType.ACUTE_DANGER,
            ActionType.CONVERSATION_SKIP,
            ActionType.STAFF_SUSPICION,
            ActionType.SUBSTITUTION,
            ActionType.BOARD_NOTIFICATION,
            ActionType.INSPECTOR_CONSULTATION,
            ActionType.ACCUSED_AND_PARENTS_INFORMED,
            ActionType.POLICE_REPORT,
            ActionType.TELLING_ARRANGEMENT,
            ActionType.REPORT,
            ActionType.DECISION);

    /**
     * From this case, following what is owed — each time an obligation that guidance shows a
     * permitted way to discharge, taken the way the protocol asks — every obligation open now is
     * discharged or can be taken up at some point, and at no point is something owed while nothing
     * owed can be done: no dead end. (A case may stay open by design, such as the watch after help
     * was organised; what it owes must stay doable.)
     */
    static void assertNoDeadEnd(Case start) {
        Case c = start;
        Set<String> pending = new TreeSet<>();
        ENGINE.guide(c).obligations().forEach(o -> pending.add(o.text().toString()));
        Set<String> taken = new TreeSet<>();
        StringBuilder path = new StringBuilder();
        for (int round = 0; round < 30 && !pending.isEmpty(); round++) {
            Guidance g = ENGINE.guide(c);
            if (g.closed()) {
                return;
            }
            Action next = null;
            for (Obligation o : g.obligations()) {
                Set<ActionType> ways = o.dischargedBy();
                assertThat(ways)
                        .as("the actions that discharge %s (%s)", o.text().key(), o.clause())
                        .isNotEmpty();
                Action way = wayToDischarge(c, g.takenBy(o));
                if (way != null) {
                    pending.remove(o.text().toString());
                    if (next == null && taken.add(o.text().toString())) {
                        next = way;
                    }
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            assertThat(next)
                    .as(
                            "a dead end: owed %s, but nothing owed can be done; case %s; followed: %s",
                            g.obligations(), describe(start), path)
                    .isNotNull();
            path.append(next.type()).append('/').append(next.actor().role()).append(' ');
            c = ENGINE.apply(c, next).caseFile();
        }
        assertThat(pending)
                .as("owed, and never doable by following what is owed; case %s; followed: %s", describe(start), path)
                .isEmpty();
    }

    /** A permitted action of the kinds that guidance says discharge an obligation, taken the way the protocol asks, or null. */
    private static Action wayToDischarge(Case c, Map<ActionType, Set<Role>> takenBy) {
        Instant at = c.lastEventAt().orElse(Instant.EPOCH).plusSeconds(60);
        for (Map.Entry<ActionType, Set<Role>> way : takenBy.entrySet()) {
            ActionType type = way.getKey();
            for (Role role : way.getValue()) {
                for (Candidates.Candidate candidate : Candidates.of(type, role, at)) {
                    if (ENGINE.evaluate(c, candidate.action()).permitted()) {
                        return candidate.action();
                    }
                }
            }
        }
        return null;
    }

    /**
     * No report refused for want of a deterioration or because help is accepted, when the latest
     * weighing found acute or structural unsafety: a decision to report by an IB and a director who
     * are not suspected, and a report by such an IB, are never refused on those grounds.
     */
    @ParameterizedTest
    @MethodSource("protocols")
    void along_sequences_at_the_edges_no_report_is_refused_when_the_latest_weighing_found_acute_or_structural_unsafety(
            ProtocolRef ref) {
        Protocol protocol = Protocol.of(ref);
        qt().withFixedSeed(SEED)
                .withExamples(EXAMPLES)
                .forAll(Generators.edgeSequences())
                .checkAssert(moves -> {
                    for (Replay.Step s : Replay.run(ENGINE, protocol, moves)) {
                        Case c = s.after();
                        RiskAssessment latest = null;
                        boolean closed = false;
                        for (Event e : c.events()) {
                            if (e.action() instanceof RiskAssessment w) {
                                latest = w;
                            }
                            closed |= e.action() instanceof Closure;
                        }
                        if (closed || latest == null || !(latest.acuteUnsafety() || latest.structuralUnsafety())) {
                            continue;
                        }
                        var at = c.lastEventAt().orElseThrow().plusSeconds(60);
                        Actor ib = Actor.of(Role.INTERN_BEGELEIDER, "ib-not-suspected");
                        Actor director = Actor.of(Role.DIRECTOR, "dir-not-suspected");
                        Action decide = new Decision(
                                at,
                                ib,
                                Set.of(ib, director),
                                DecisionKind.REPORT,
                                true,
                                true,
                                true,
                                true,
                                "Synthetic grounds.");
                        Action report = new Report(at, ib, true, false);
                        for (Action a : List.of(decide, report)) {
                            for (Finding f : ENGINE.evaluate(c, a).findings()) {
                                assertThat(BLOCKING_A_REPORT)
                                        .as(
                                                "%s refused by %s after a weighing with acute or structural unsafety; case %s",
                                                a.type(), f.clause(), describe(c))
                                        .doesNotContain(f.explanation().key());
                            }
                        }
                    }
                });
    }

    /** The generated sequences meet the edges the properties are about. */
    @ParameterizedTest
    @MethodSource("protocols")
    void the_sequences_at_the_edges_reach_acute_reports_skips_suspects_substitutes_and_police_reports(ProtocolRef ref) {
        Protocol protocol = Protocol.of(ref);
        Set<String> seen = new TreeSet<>();
        qt().withFixedSeed(SEED)
                .withExamples(Math.max(1_000, Math.min(EXAMPLES, 2_000)))
                .forAll(Generators.edgeSequences())
                .checkAssert(moves -> {
                    List<Replay.Step> steps = Replay.run(ENGINE, protocol, moves);
                    Case c = steps.get(steps.size() - 1).after();
                    List<Action> done = c.events().stream().map(Event::action).toList();
                    for (int i = 0; i < done.size(); i++) {
                        Action a = done.get(i);
                        List<Action> before = done.subList(0, i);
                        if (a instanceof Report && AcuteRoute.recorded(before)) {
                            seen.add("acute report");
                        }
                        if (a instanceof StaffSuspicion x) {
                            seen.add("suspect " + x.suspect().position());
                        }
                        if (a.type() == ActionType.SUBSTITUTION) {
                            seen.add("substitute");
                        }
                        if (a.type() == ActionType.POLICE_REPORT) {
                            seen.add("police report");
                        }
                        if (a.type() == ActionType.CONVERSATION_SKIP) {
                            seen.add("skip");
                        }
                        if (a.type() == ActionType.TELLING_ARRANGEMENT) {
                            seen.add("arrangement");
                        }
                        if (a instanceof Closure) {
                            seen.add("closed");
                        }
                    }
                });
        if (protocol.actions().containsKey(ActionType.TELLING_ARRANGEMENT)) {
            assertThat(seen).contains("arrangement"); // the seed plan's arrangement with Veilig Thuis
        }
        assertThat(seen)
                .contains(
                        "acute report",
                        "suspect INTERN_BEGELEIDER",
                        "suspect DIRECTOR",
                        "suspect CARETAKER",
                        "substitute",
                        "police report",
                        "skip",
                        "closed");
    }

    private static String describe(Case c) {
        StringBuilder b = new StringBuilder();
        for (Event e : c.events()) {
            b.append(e.action().type())
                    .append('/')
                    .append(e.action().actor().role())
                    .append(' ');
        }
        return b.toString().strip();
    }
}
