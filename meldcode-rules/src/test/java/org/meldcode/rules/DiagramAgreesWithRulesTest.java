package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.KnownNames;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Result;
import org.meldcode.model.ActionType;
import org.meldcode.model.Case;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;
import org.meldcode.protocol.Protocol;
import org.meldcode.render.ProtocolDiagram;
import org.meldcode.testing.Generators;
import org.meldcode.testing.Move;
import org.meldcode.testing.Replay;
import org.quicktheories.core.Gen;

/**
 * The protocol diagram agrees with the rules: every role it shows for a kind of action may take that
 * action in some state that generated sequences reach, and every role the rules let take an action in
 * such a state is shown. The rules are the authority; the diagram is drawn from the protocol file.
 */
class DiagramAgreesWithRulesTest {

    private static final int EXAMPLES = Integer.getInteger("meldcode.examples", 1_000);
    private static final long SEED = Long.getLong("meldcode.seed", 16_5L);
    private static final MeldcodeEngine ENGINE = MeldcodeRules.forSchool(KnownNames.of(Generators.KNOWN_NAMES));

    @Test
    void every_role_the_seed_diagram_shows_is_permitted_in_a_reached_state_and_every_permitted_role_is_shown() {
        // GIVEN the seed plan's diagram and the states that generated sequences reach
        Protocol protocol = Protocol.of(ProtocolRef.STAPPENPLAN_2021);
        Map<ActionType, Set<Role>> permitted = permittedInReachedStates(protocol);
        assertThat(collect(protocol, SEED_STORY, permitted))
                .as("the story's steps are all permitted")
                .isTrue();
        // WHEN the diagram's roles are read
        Map<ActionType, Set<Role>> shown = ProtocolDiagram.of(protocol).roles();
        // THEN they are the roles the rules permit
        assertThat(pairs(shown)).containsExactlyInAnyOrderElementsOf(pairs(permitted));
    }

    @Test
    void every_role_the_national_diagram_shows_is_permitted_in_a_reached_state_and_every_permitted_role_is_shown() {
        // GIVEN the national framework's diagram and the states that generated sequences reach
        Protocol protocol = Protocol.of(ProtocolRef.LANDELIJK_2019);
        Map<ActionType, Set<Role>> permitted = permittedInReachedStates(protocol);
        // WHEN the diagram's roles are read
        Map<ActionType, Set<Role>> shown = ProtocolDiagram.of(protocol).roles();
        // THEN they are the roles the rules permit
        assertThat(pairs(shown)).containsExactlyInAnyOrderElementsOf(pairs(permitted));
    }

    @Test
    void the_seed_diagram_shows_the_report_to_veilig_thuis_by_the_ib_and_on_the_acute_route_by_any_staff_member() {
        // GIVEN the seed plan (SP-5.3: the IB makes the report; AR-1.3: in acute danger any staff member)
        // WHEN its diagram is drawn
        ProtocolDiagram diagram = ProtocolDiagram.of(Protocol.of(ProtocolRef.STAPPENPLAN_2021));
        // THEN step 5 names the IB alone, and the acute route names the staff but never the board
        assertThat(diagram.mermaid(java.util.Locale.ENGLISH))
                .contains("<br/>report to Veilig Thuis: intern begeleider (IB)<br/>")
                .contains("report to Veilig Thuis once acute danger is recorded: teacher,");
        assertThat(diagram.roles().get(ActionType.REPORT)).doesNotContain(Role.BOARD);
    }

    /**
     * For each kind of action, the roles that may take it in some state reached by generated
     * sequences (plain ones and ones at the protocol's edges): each move of a sequence is tried in the
     * state before it by every role, with the same fields.
     */
    private static Map<ActionType, Set<Role>> permittedInReachedStates(Protocol protocol) {
        Map<ActionType, Set<Role>> permitted = new EnumMap<>(ActionType.class);
        Gen<List<Move>> sequences = Generators.sequences().mix(Generators.edgeSequences(), 50);
        qt().withFixedSeed(SEED)
                .withExamples(EXAMPLES)
                .forAll(sequences)
                .checkAssert(moves -> collect(protocol, moves, permitted));
        return permitted;
    }

    /**
     * The seed plan walked the way it asks, with a conversation with the pupil and the parents told
     * of the report: states that random sequences reach too seldom.
     */
    private static final List<Move> SEED_STORY = List.of(
            new Move(ActionType.LOG_ENTRY, Role.TEACHER, 0, false),
            new Move(ActionType.IB_NOTIFICATION, Role.TEACHER, 0, false),
            new Move(ActionType.CONSULTATION, Role.TEACHER, 1 << 8 | 0b01011, false), // anonymous
            new Move(ActionType.PUPIL_READINESS_CHECK, Role.TEACHER, 1 << 8 | 0b00011, false), // can talk
            new Move(ActionType.PUPIL_CONVERSATION, Role.TEACHER, 0, false),
            new Move(ActionType.PARENTS_CONVERSATION, Role.INTERN_BEGELEIDER, 1 << 7 | 0b00110, false),
            // very strong, discussed with management, by the teacher and the IB
            new Move(ActionType.RISK_ASSESSMENT, Role.TEACHER, 1 << 7 | 3 << 5 | 0b00011, false),
            new Move(ActionType.DECISION, Role.INTERN_BEGELEIDER, 1 << 7 | 0b00110, false), // report
            new Move(ActionType.REPORT, Role.INTERN_BEGELEIDER, 0, false),
            new Move(ActionType.REPORT_CONVERSATION, Role.INTERN_BEGELEIDER, 1 << 8 | 0b00110, false), // in person
            new Move(ActionType.CLOSURE, Role.INTERN_BEGELEIDER, 0, false));

    /** Replays the moves, adding what each reached state permits; whether every move was permitted. */
    private static boolean collect(Protocol protocol, List<Move> moves, Map<ActionType, Set<Role>> permitted) {
        boolean all = true;
        Case c = Case.open("case-diagram", "pupil-diagram", protocol.ref());
        Instant at = Replay.START;
        int pathIndex = 0;
        for (Move generated : moves) {
            Move m = generated.resolve(pathIndex, protocol);
            at = at.plus(Duration.ofMinutes(30));
            Result result = ENGINE.apply(c, m.action(at));
            all &= result.permitted();
            if (result.permitted()) {
                // the state admits this kind of action: which other roles would it admit?
                permitted
                        .computeIfAbsent(m.type(), t -> EnumSet.noneOf(Role.class))
                        .add(m.role());
                for (Role other : Role.values()) {
                    if (other != m.role()
                            && !permitted.get(m.type()).contains(other)
                            && ENGINE.apply(c, new Move(m.type(), other, m.bits(), false).action(at))
                                    .permitted()) {
                        permitted.get(m.type()).add(other);
                    }
                }
            }
            if (m.guided() && result.permitted()) {
                pathIndex++;
            }
            c = result.caseFile();
        }
        return all;
    }

    private static Set<String> pairs(Map<ActionType, Set<Role>> roles) {
        Set<String> pairs = new TreeSet<>();
        roles.forEach((type, who) -> who.forEach(role -> pairs.add(type + " by " + role)));
        return pairs;
    }
}
