package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.KnownNames;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Result;
import org.meldcode.model.Action;
import org.meldcode.model.Case;
import org.meldcode.model.Closure;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.LogEntry;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Report;
import org.meldcode.model.Role;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.protocol.Protocol;
import org.meldcode.testing.Generators;
import org.meldcode.testing.Move;

/**
 * Plain logbook entries are left out of the rules' session (DroolsEngine.readByRules). This proves
 * that leaving them out changes no ruling and no guidance: if a rule starts reading plain entries,
 * this test fails until the filter is widened.
 */
class EventFilterTest {

    private static final MeldcodeEngine EVERY_EVENT = new DroolsEngine(KnownNames.NONE, true);

    @Test
    void leaving_plain_logbook_entries_out_changes_no_ruling_and_no_guidance() {
        Random random = new Random(20260907);
        List<Function<Story, Story>> paths = List.of(
                Story::signalLogged,
                Story::ibInformed,
                Story::consulted,
                Story::parentsTalkedTo,
                Story::step3Skipped,
                s -> s.weighed(SuspicionLevel.DOUBTFUL, false),
                Story::decidedToReport,
                Story::helpOrganised,
                Story::reported,
                Story::parentsToldOfReport,
                s -> s.helpOrganised().given(Story::deterioration));
        int compared = 0;
        for (Function<Story, Story> path : paths) {
            for (int variant = 0; variant < 3; variant++) {
                Story story = path.apply(Story.newCase());
                for (int i = random.nextInt(6); i > 0; i--) {
                    story.given(at -> plainEntry(at, random));
                }
                Case c = story.caseFile();
                assertThat(ENGINE.guide(c)).isEqualTo(EVERY_EVENT.guide(c));
                for (Function<Instant, Action> probe : probes()) {
                    Action a = probe.apply(c.lastEventAt().orElseThrow().plusSeconds(60));
                    assertThat(ENGINE.evaluate(c, a))
                            .as("%s after %s", a.type(), c)
                            .isEqualTo(EVERY_EVENT.evaluate(c, a));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(200);
    }

    /**
     * Of each run of logbook entries between two other events, the session gets only the first entry
     * of each kind the rules read. Sequences along the protocol, each step followed by a run of
     * entries of every kind (plain, disclosures from every source, deteriorations), must get the
     * same guidance and the same rulings as a session with every event.
     */
    @Test
    void keeping_only_the_first_entry_of_each_kind_per_run_changes_no_ruling_and_no_guidance() {
        Protocol protocol = Protocol.of(ProtocolRef.STAPPENPLAN_2021);
        int[] compared = {0};
        int examples = Integer.getInteger("meldcode.examples", 1_000) / 5;
        qt().withExamples(examples)
                .forAll(Generators.sequences(1, 30), integers().all())
                .checkAssert((moves, seed) -> {
                    Random random = new Random(seed);
                    Case c = Case.open("case-filter", "pupil-filter", protocol.ref());
                    Instant at = Instant.parse("2026-09-07T07:00:00Z");
                    int pathIndex = 0;
                    for (Move generated : moves) {
                        Move m = generated.resolve(pathIndex, protocol);
                        at = at.plus(Duration.ofMinutes(30));
                        Result result = EVERY_EVENT.apply(c, m.action(at));
                        if (m.guided() && result.permitted()) {
                            pathIndex++;
                        }
                        c = result.caseFile();
                        for (int i = random.nextInt(5); i > 0; i--) {
                            at = at.plusSeconds(60);
                            c = c.append(anyEntry(at, random));
                        }
                        assertThat(ENGINE.guide(c)).as("guidance after %s", c).isEqualTo(EVERY_EVENT.guide(c));
                        Action probe = new Move(
                                        org.meldcode.model.ActionType.values()[
                                                random.nextInt(org.meldcode.model.ActionType.values().length)],
                                        Role.values()[random.nextInt(Role.values().length)],
                                        random.nextInt(1024),
                                        random.nextBoolean())
                                .resolve(pathIndex, protocol)
                                .action(at.plusSeconds(60));
                        assertThat(ENGINE.evaluate(c, probe))
                                .as("%s after %s", probe.type(), c)
                                .isEqualTo(EVERY_EVENT.evaluate(c, probe));
                        compared[0]++;
                    }
                });
        assertThat(compared[0]).isGreaterThan(examples * 10); // about 15 per sequence of 1 to 30 moves
    }

    private static LogEntry anyEntry(Instant at, Random random) {
        Signal signal = Signal.values()[random.nextInt(Signal.values().length)];
        if (random.nextInt(3) == 0) {
            signal = Signal.DISCLOSURE;
        }
        return new LogEntry(
                at,
                random.nextBoolean() ? TEACHER : IB,
                LocalDate.of(2026, 9, 7),
                signal,
                Source.values()[random.nextInt(Source.values().length)],
                "Synthetic entry " + random.nextInt(),
                random.nextInt(4) == 0);
    }

    private static LogEntry plainEntry(Instant at, Random random) {
        Signal[] plain = {Signal.INJURY, Signal.NEGLECT, Signal.BEHAVIOUR, Signal.STATEMENT, Signal.OTHER};
        return new LogEntry(
                at,
                TEACHER,
                LocalDate.of(2026, 9, 7),
                plain[random.nextInt(plain.length)],
                Source.values()[random.nextInt(Source.values().length)],
                "Synthetic entry " + random.nextInt(),
                false);
    }

    private static List<Function<Instant, Action>> probes() {
        List<Function<Instant, Action>> probes = new ArrayList<>();
        probes.add(at -> consultation(at, false));
        probes.add(at -> pupilConversation(at, true));
        probes.add(at -> weighing(at, SuspicionLevel.VERY_STRONG, false, true));
        probes.add(at -> decision(at, DecisionKind.REPORT, true, true));
        probes.add(at -> decision(at, DecisionKind.ORGANISE_HELP, true, true));
        probes.add(at -> new Report(at, IB, true, false));
        probes.add(at -> new Closure(at, IB, "Synthetic."));
        return probes;
    }
}
