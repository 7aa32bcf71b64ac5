package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.NextAction;
import org.meldcode.engine.Obligation;
import org.meldcode.engine.Result;
import org.meldcode.model.ActionType;
import org.meldcode.model.Case;
import org.meldcode.model.Position;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;
import org.meldcode.model.StaffSuspicion;
import org.meldcode.protocol.Protocol;
import org.meldcode.testing.Generators;
import org.meldcode.testing.Move;
import org.meldcode.testing.Replay;
import org.quicktheories.core.Gen;

/**
 * Guidance offers no repeats that change nothing (issue 16, docs/protocol.md "Repeats that change
 * nothing"): every action that {@code guide} lists as permitted next, when applied, changes where the
 * case stands — its step, its obligations, whether it is closed, or what is permitted next — unless it
 * is of a kind that is always useful.
 */
class GuideOffersNoRepeatsTest {

    static final MeldcodeEngine ENGINE = Story.ENGINE;
    static final long SEED = Long.getLong("meldcode.seed", 20261206L);

    /**
     * The kinds of action that are always useful, and so offered even where they change nothing that
     * guidance shows; refusing one of them could keep something that protects the child from being
     * recorded:
     *
     * <ul>
     *   <li>a logbook entry, advice from Veilig Thuis, and a consultation of colleagues (advice among
     *       colleagues, LK-2.1: "consult a colleague and, where needed, Veilig Thuis");
     *   <li>a new weighing and a new decision when the picture changes (the latest counts), a report
     *       (after help fails, a second report), and an evaluation of help (the watch over it);
     *   <li>acute danger, a staff suspicion, a safety exception and an arrangement with Veilig Thuis on
     *       telling the parents: each records a danger or how to meet it;
     *   <li>the board's duties on the staff route (informing the board, the inspector, the accused and
     *       the parents, the police, a substitute): the law's, which the library does not refuse for
     *       being repeated.
     * </ul>
     */
    static final Set<ActionType> ALWAYS_USEFUL = EnumSet.of(
            ActionType.LOG_ENTRY,
            ActionType.ADVICE,
            ActionType.CONSULTATION,
            ActionType.RISK_ASSESSMENT,
            ActionType.DECISION,
            ActionType.REPORT,
            ActionType.HELP_EVALUATION,
            ActionType.ACUTE_DANGER,
            ActionType.STAFF_SUSPICION,
            ActionType.SAFETY_EXCEPTION,
            ActionType.TELLING_ARRANGEMENT,
            ActionType.BOARD_NOTIFICATION,
            ActionType.INSPECTOR_CONSULTATION,
            ActionType.ACCUSED_AND_PARENTS_INFORMED,
            ActionType.POLICE_REPORT,
            ActionType.SUBSTITUTION);

    static List<ProtocolRef> protocols() {
        return Protocol.known();
    }

    static Stream<Gen<List<Move>>> generators() {
        return Stream.of(Generators.sequences(1, 40), Generators.edgeSequences());
    }

    /** Where a case stands, as guidance shows it: step, closed, obligations and what is permitted next. */
    static Set<String> standing(Guidance g) {
        Set<String> parts = new TreeSet<>();
        parts.add("step " + g.currentStep().number());
        parts.add("closed " + g.closed());
        for (Obligation o : g.obligations()) {
            parts.add("owed " + o.clause().id() + " " + o.text());
        }
        for (NextAction n : g.nextActions()) {
            parts.add("next " + n.type() + " " + n.roles());
        }
        return parts;
    }

    /**
     * The first action of its kind that is no repeat, whose effect guidance does not show: the first
     * conversation with the pupil or the parents (the parents come to know of the concerns, SP-2.2),
     * telling the parents of an intended report before it is made (national, LK-5.7: it counts once
     * the report is made), and informing the IB while the IB is the suspect (the substitute is told,
     * SR-1.5).
     */
    static boolean firstOfItsKind(Case c, ActionType type) {
        boolean seen = c.events().stream().anyMatch(e -> e.action().type() == type);
        return switch (type) {
            case PUPIL_CONVERSATION, PARENTS_CONVERSATION -> !seen;
            case REPORT_CONVERSATION ->
                !c.protocol().equals(ProtocolRef.STAPPENPLAN_2021)
                        && c.events().stream().noneMatch(e -> e.action().type() == ActionType.REPORT);
            case IB_NOTIFICATION ->
                c.events().stream()
                        .anyMatch(e -> e.action() instanceof StaffSuspicion s
                                && s.suspect().position() == Position.INTERN_BEGELEIDER);
            default -> false;
        };
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void every_action_guidance_offers_changes_where_the_case_stands_unless_it_is_always_useful(ProtocolRef ref) {
        Protocol protocol = Protocol.of(ref);
        List<String> noOps = new ArrayList<>();
        int[] checked = {0};
        generators()
                .forEach(gen -> qt().withFixedSeed(SEED)
                        .withExamples(40)
                        .forAll(gen)
                        .checkAssert(moves -> {
                            for (Replay.Step s : Replay.run(ENGINE, protocol, moves)) {
                                // GIVEN a case the generated sequence reached, and its guidance
                                Case c = s.after();
                                Guidance g = ENGINE.guide(c);
                                Set<String> before = standing(g);
                                Instant at = s.action().at().plusSeconds(60);
                                for (NextAction n : g.nextActions()) {
                                    if (ALWAYS_USEFUL.contains(n.type()) || firstOfItsKind(c, n.type())) {
                                        continue;
                                    }
                                    for (Role r : n.roles()) {
                                        for (Candidates.Candidate cand : Candidates.of(n.type(), r, at)) {
                                            // WHEN an action guidance offers is taken
                                            Result res = ENGINE.apply(c, cand.action());
                                            if (!res.permitted()) {
                                                continue;
                                            }
                                            checked[0]++;
                                            // THEN the case stands elsewhere than before
                                            if (standing(ENGINE.guide(res.caseFile()))
                                                    .equals(before)) {
                                                noOps.add(n.type() + " by " + r + " after "
                                                        + c.events().stream()
                                                                .map(e -> e.action()
                                                                        .type()
                                                                        .toString())
                                                                .toList());
                                            }
                                        }
                                    }
                                }
                            }
                        }));
        assertThat(checked[0]).as("offered actions checked").isGreaterThan(500);
        assertThat(noOps).as("actions guidance offers that change nothing").isEmpty();
    }
}
