package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.Finding;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.Result;
import org.meldcode.model.Action;
import org.meldcode.model.ActionType;
import org.meldcode.model.Actor;
import org.meldcode.model.Advice;
import org.meldcode.model.Case;
import org.meldcode.model.Closure;
import org.meldcode.model.Consultation;
import org.meldcode.model.ConversationSkip;
import org.meldcode.model.Decision;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.Event;
import org.meldcode.model.IbNotification;
import org.meldcode.model.LogEntry;
import org.meldcode.model.ParentsConversation;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.PupilConversation;
import org.meldcode.model.PupilReadinessCheck;
import org.meldcode.model.Report;
import org.meldcode.model.ReportConversation;
import org.meldcode.model.RiskAssessment;
import org.meldcode.model.Role;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.model.Topic;
import org.meldcode.protocol.Protocol;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Random sequences of actions — sensible and nonsensical orders, wrong roles, missing people,
 * anonymous and named variants — applied through the engine. A first set of the protocol's
 * promises, checked after every step. (The full property suite follows in its own issue.)
 */
class RandomSequencesPropertyTest {

    private static final int EXAMPLES = Integer.getInteger("meldcode.examples", 300);
    private static final Protocol PROTOCOL = Protocol.of(ProtocolRef.STAPPENPLAN_2021);

    /**
     * One generated move: a kind of action, who takes it, and bits that fill in its fields. A
     * guided move instead takes the plan's next step, by a role the plan names, with the people it
     * needs (its bits still decide the yes/no fields), so that sequences reach the later steps.
     */
    record Move(ActionType type, Role role, int bits, boolean guided) {}

    /** The plan's usual path; a guided move takes the next of these. */
    private static final List<ActionType> PATH = List.of(
            ActionType.LOG_ENTRY,
            ActionType.IB_NOTIFICATION,
            ActionType.CONSULTATION,
            ActionType.PARENTS_CONVERSATION,
            ActionType.RISK_ASSESSMENT,
            ActionType.DECISION,
            ActionType.LOG_ENTRY,
            ActionType.RISK_ASSESSMENT,
            ActionType.DECISION,
            ActionType.REPORT,
            ActionType.REPORT_CONVERSATION,
            ActionType.CLOSURE);

    private static Gen<Move> moves() {
        return Generate.pick(List.of(ActionType.values()))
                .zip(
                        Generate.pick(List.of(Role.values())),
                        Generate.range(0, 1023),
                        Generate.range(0, 9).map(i -> i < 6),
                        Move::new);
    }

    /** The move as it is taken: a guided move becomes the next step of the path. */
    private static Move resolve(Move m, int pathIndex) {
        if (!m.guided()) {
            return m;
        }
        ActionType type = PATH.get(Math.min(pathIndex, PATH.size() - 1));
        List<Role> roles = List.copyOf(PROTOCOL.rolesFor(type));
        Role role = type == ActionType.REPORT ? Role.INTERN_BEGELEIDER : roles.get(m.bits() % roles.size());
        // the people the plan asks for: bits 0-4 select roles, so set those of the plan's step
        int people = switch (type) {
            case CONSULTATION -> 0b01011;
            case PARENTS_CONVERSATION, DECISION, REPORT_CONVERSATION -> 0b00110;
            case RISK_ASSESSMENT, PUPIL_READINESS_CHECK -> 0b00011;
            default -> 0;
        };
        int bits = (m.bits() & ~0b11111) | people | (type == ActionType.PARENTS_CONVERSATION ? 0b10000000 : 0);
        return new Move(type, role, bits, true);
    }

    private static Gen<List<Move>> sequences() {
        return SourceDSL.lists().of(moves()).ofSizeBetween(1, 40);
    }

    private static boolean bit(Move m, int i) {
        return (m.bits() >> i & 1) == 1;
    }

    private static Set<Actor> people(Actor actor, Move m) {
        Set<Actor> people = new HashSet<>();
        people.add(actor);
        Role[] roles = Role.values();
        for (int i = 0; i < roles.length; i++) {
            if (bit(m, i)) {
                people.add(Actor.of(roles[i], "p-" + i));
            }
        }
        return people;
    }

    static Action action(Move m, Instant at) {
        Actor actor = Actor.of(m.role(), "a-" + m.role().ordinal());
        return switch (m.type()) {
            case IB_NOTIFICATION -> new IbNotification(at, actor);
            case LOG_ENTRY ->
                new LogEntry(
                        at,
                        actor,
                        LocalDate.of(2026, 9, 7),
                        Signal.values()[m.bits() % Signal.values().length],
                        Source.OWN_OBSERVATION,
                        "Synthetic observation.",
                        bit(m, 9));
            case CONSULTATION -> new Consultation(at, actor, people(actor, m), bit(m, 8));
            case PUPIL_READINESS_CHECK -> new PupilReadinessCheck(at, actor, people(actor, m), bit(m, 8));
            case PUPIL_CONVERSATION -> new PupilConversation(at, actor, bit(m, 8));
            case PARENTS_CONVERSATION ->
                new ParentsConversation(
                        at,
                        actor,
                        people(actor, m),
                        bit(m, 7) ? EnumSet.allOf(Topic.class) : EnumSet.of(Topic.PURPOSE),
                        bit(m, 8) && bit(m, 9));
            case CONVERSATION_SKIP -> new ConversationSkip(at, actor, "Synthetic danger.");
            case RISK_ASSESSMENT ->
                new RiskAssessment(
                        at,
                        actor,
                        people(actor, m),
                        SuspicionLevel.values()[m.bits() % 4],
                        bit(m, 8),
                        bit(m, 9),
                        bit(m, 7));
            case DECISION ->
                new Decision(
                        at,
                        actor,
                        people(actor, m),
                        bit(m, 7) ? DecisionKind.REPORT : DecisionKind.ORGANISE_HELP,
                        bit(m, 8),
                        bit(m, 9),
                        "Synthetic.");
            case REPORT -> new Report(at, actor, bit(m, 8) && bit(m, 9));
            case REPORT_CONVERSATION -> new ReportConversation(at, actor, people(actor, m), bit(m, 8));
            case ADVICE -> new Advice(at, actor, bit(m, 8));
            case CLOSURE -> new Closure(at, actor, "Synthetic.");
        };
    }

    @Test
    void the_protocols_first_promises_hold_after_every_step_of_random_sequences() {
        AtomicInteger reachedStep5 = new AtomicInteger();
        qt().withExamples(EXAMPLES).forAll(sequences()).checkAssert(sequence -> {
            Case c = Case.open("case-p", "pupil-p", ProtocolRef.STAPPENPLAN_2021);
            Instant at = Instant.parse("2026-09-07T07:00:00Z");
            int pathIndex = 0;
            for (Move generated : sequence) {
                Move m = resolve(generated, pathIndex);
                at = at.plus(Duration.ofMinutes(30));
                Action action = action(m, at);
                boolean closedBefore = Story.ENGINE.guide(c).closed();
                Result result = Story.ENGINE.apply(c, action);
                if (result.permitted()) {
                    // a permitted action is appended, and nothing else changes
                    assertThat(result.caseFile().events()).hasSize(c.size() + 1);
                    assertThat(result.caseFile().events().subList(0, c.size())).isEqualTo(c.events());
                    assertThat(closedBefore).as("a closed case accepts nothing").isFalse();
                    if (action instanceof Report report) {
                        assertThat(report.anonymous())
                                .as("no accepted report is anonymous")
                                .isFalse();
                        assertThat(report.actor().role()).isEqualTo(Role.INTERN_BEGELEIDER);
                        assertThat(lastDecision(c))
                                .as("a report follows a decision to report")
                                .isNotNull();
                        assertThat(lastDecision(c).kind()).isEqualTo(DecisionKind.REPORT);
                    }
                } else {
                    // a refusal leaves the case as it was and cites clauses of the catalogue
                    assertThat(result.caseFile()).isSameAs(c);
                    for (Finding f : result.ruling().findings()) {
                        assertThat(PROTOCOL.clauses()).contains(f.clause());
                        assertThat(f.explanation().dutch()).doesNotContainPattern("\\{\\d+}");
                        assertThat(f.explanation().english()).doesNotContainPattern("\\{\\d+}");
                    }
                }
                if (m.guided() && result.permitted()) {
                    pathIndex++;
                }
                c = result.caseFile();
            }
            Guidance g = Story.ENGINE.guide(c);
            assertThat(g.currentStep().number()).isBetween(1, 5);
            if (g.currentStep().number() == 5) {
                reachedStep5.incrementAndGet();
            }
        });
        // the generator is worth its name only if it reaches the end of the plan often enough
        assertThat(reachedStep5.get()).isGreaterThan(EXAMPLES / 10);
    }

    private static Decision lastDecision(Case c) {
        Decision last = null;
        for (Event e : c.events()) {
            if (e.action() instanceof Decision d) {
                last = d;
            }
        }
        return last;
    }
}
