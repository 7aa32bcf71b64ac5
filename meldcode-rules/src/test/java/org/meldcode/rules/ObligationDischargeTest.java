package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.TEACHER;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.NextAction;
import org.meldcode.engine.Obligation;
import org.meldcode.model.ActionType;
import org.meldcode.model.AcuteDanger;
import org.meldcode.model.Case;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;
import org.meldcode.protocol.Protocol;
import org.meldcode.settings.SchoolSettings;
import org.meldcode.testing.Generators;
import org.meldcode.testing.Move;
import org.meldcode.testing.Replay;
import org.quicktheories.core.Gen;

/**
 * Each obligation names the kinds of action that discharge it ({@link Obligation#dischargedBy()}),
 * guidance says who may take them now ({@link Guidance#takenBy}), and guidance lists the
 * obligations most urgent first: the acute route, then steps overdue, then the rest.
 */
class ObligationDischargeTest {

    static final long SEED = Long.getLong("meldcode.seed", 20261206L);

    /** A school with a deadline of one day for every step and a follow-up a week after help. */
    static final SchoolSettings EVERY_STEP_IN_A_DAY = deadlines();

    static final MeldcodeEngine TIMED = MeldcodeRules.forSchool(EVERY_STEP_IN_A_DAY);

    private static SchoolSettings deadlines() {
        SchoolSettings s = SchoolSettings.DEFAULTS.withFollowUpAfterHelp(Period.ofWeeks(1));
        for (int step = 1; step <= 5; step++) {
            s = s.withStepDeadline(step, Period.ofDays(1));
        }
        return s;
    }

    static List<ProtocolRef> protocols() {
        return Protocol.known();
    }

    static Stream<Gen<List<Move>>> generators() {
        return Stream.of(Generators.sequences(), Generators.edgeSequences());
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void every_obligation_the_generated_sequences_reach_names_an_action_that_discharges_it(ProtocolRef ref) {
        // GIVEN 500 generated sequences (usual and at the edges) in a school with deadlines
        Protocol protocol = Protocol.of(ref);
        Set<String> reached = new TreeSet<>();
        generators()
                .forEach(gen -> qt().withFixedSeed(SEED)
                        .withExamples(250)
                        .forAll(gen)
                        .checkAssert(moves -> {
                            for (Replay.Step s : Replay.run(TIMED, protocol, moves)) {
                                Case c = s.after();
                                Instant late =
                                        c.lastEventAt().orElse(Replay.START).plus(Duration.ofDays(60));
                                // WHEN guidance is asked for now and two months on (everything overdue)
                                for (Guidance g : List.of(TIMED.guide(c), TIMED.guide(c, late))) {
                                    for (Obligation o : g.obligations()) {
                                        reached.add(o.text().key());
                                        // THEN every obligation names the kinds of action that discharge it,
                                        // each a kind the protocol knows
                                        assertThat(o.dischargedBy())
                                                .as(
                                                        "what discharges %s (%s)",
                                                        o.text().key(), o.clause())
                                                .isNotEmpty();
                                        assertThat(protocol.actions().keySet()).containsAll(o.dischargedBy());
                                    }
                                }
                            }
                        }));
        assertThat(reached).as("the obligations reached").contains("owed.overdue-step");
    }

    @Test
    void every_obligation_the_rules_can_derive_has_its_ways_named_in_the_library() throws IOException {
        // GIVEN every obligation key in the rule files
        Pattern owed = Pattern.compile("Owed\\.of\\(\\s*kcontext,\\s*-?\\d+|\"(owed\\.[a-z.-]+)\"");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/org/meldcode/rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = owed.matcher(Files.readString(f));
                while (m.find()) {
                    if (m.group(1) != null) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        assertThat(keys).contains("owed.inform-ib", "owed.ar.contact-veilig-thuis-now", "owed.overdue-step");
        // WHEN the library is asked what discharges each; THEN it names at least one kind of action
        Protocol seed = Protocol.of(ProtocolRef.STAPPENPLAN_2021);
        for (String key : keys) {
            List<Object> args = key.equals(Discharges.OVERDUE_STEP) ? List.of(3) : List.of();
            assertThat(Discharges.of(seed, key, args))
                    .as("what discharges %s", key)
                    .isNotEmpty();
        }
    }

    @Test
    void an_overdue_step_is_discharged_by_the_actions_that_complete_that_step() {
        Protocol seed = Protocol.of(ProtocolRef.STAPPENPLAN_2021);

        assertThat(Discharges.of(seed, Discharges.OVERDUE_STEP, List.of(1))).contains(ActionType.IB_NOTIFICATION);
        assertThat(Discharges.of(seed, Discharges.OVERDUE_STEP, List.of(3)))
                .contains(ActionType.PARENTS_CONVERSATION)
                .doesNotContain(ActionType.IB_NOTIFICATION);
    }

    @Test
    void guidance_lists_the_acute_route_first_then_the_steps_overdue_then_the_rest() {
        // GIVEN a case whose first event is acute danger, in a school where step 1 is due in a day
        Case c = Story.newCase(TIMED)
                .given(at -> new AcuteDanger(at, TEACHER, "Synthetic: the pupil is afraid to go home tonight."))
                .caseFile();
        Instant weekLater = c.lastEventAt().orElseThrow().plus(Duration.ofDays(7));

        // WHEN guidance is asked a week later
        Guidance g = TIMED.guide(c, weekLater);

        // THEN the acute route comes first, the overdue step next, then the step's own obligation
        List<String> keys = g.obligations().stream().map(o -> o.text().key()).toList();
        assertThat(keys).startsWith("owed.ar.contact-veilig-thuis-now", "owed.overdue-step");
        assertThat(keys).contains("owed.inform-ib");
        assertThat(keys.indexOf("owed.inform-ib")).isGreaterThan(keys.indexOf("owed.overdue-step"));
    }

    @Test
    void guidance_names_who_may_take_each_way_to_discharge_an_obligation_now() {
        // GIVEN a case where the teacher logged a signal: the IB must be informed
        Case c = Story.newCase().signalLogged().caseFile();

        // WHEN guidance is asked
        Guidance g = Story.ENGINE.guide(c);
        Obligation informIb = g.obligations().stream()
                .filter(o -> o.text().key().equals("owed.inform-ib"))
                .findFirst()
                .orElseThrow();

        // THEN the obligation is discharged by informing the IB, which guidance says who may do
        assertThat(informIb.dischargedBy()).containsExactly(ActionType.IB_NOTIFICATION);
        Map<ActionType, Set<Role>> takenBy = g.takenBy(informIb);
        assertThat(takenBy).containsOnlyKeys(ActionType.IB_NOTIFICATION);
        NextAction permitted = g.nextActions().stream()
                .filter(n -> n.type() == ActionType.IB_NOTIFICATION)
                .findFirst()
                .orElseThrow();
        assertThat(takenBy.get(ActionType.IB_NOTIFICATION))
                .isEqualTo(permitted.roles())
                .isNotEmpty();
    }

    @Test
    void an_obligation_none_of_whose_ways_is_permitted_now_is_taken_by_no_one() {
        // GIVEN guidance and an obligation discharged only by a kind of action not permitted now
        Guidance g = Story.ENGINE.guide(Story.newCase().signalLogged().caseFile());
        Obligation report = new Obligation(
                g.obligations().get(0).clause(),
                g.obligations().get(0).text(),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                Set.of(ActionType.POLICE_REPORT));

        // THEN no one may take it now
        assertThat(g.takenBy(report)).isEmpty();
    }
}
