package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.KnownNames;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.model.Action;
import org.meldcode.model.Case;
import org.meldcode.model.Closure;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.LogEntry;
import org.meldcode.model.Report;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.model.SuspicionLevel;

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
        probes.add(at -> new Report(at, IB, false));
        probes.add(at -> new Closure(at, IB, "Synthetic."));
        return probes;
    }
}
