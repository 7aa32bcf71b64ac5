package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.Ruling;
import org.meldcode.model.Action;
import org.meldcode.model.Case;
import org.meldcode.model.Report;

/** One engine, shared by several threads, gives each the same answers as a single thread. */
class SharedEngineAcrossThreadsTest {

    @Test
    void four_threads_sharing_one_engine_get_the_rulings_and_guidance_of_a_sequential_run() throws Exception {
        // GIVEN cases at different points of the plan, and an action to rule on in each
        List<Case> cases = List.of(
                Story.newCase().signalLogged().caseFile(),
                Story.newCase().consulted().caseFile(),
                Story.newCase().decidedToReport().caseFile(),
                Story.newCase().helpOrganised().caseFile(),
                Story.newCase().parentsToldOfReport().caseFile());
        List<Ruling> expectedRulings = new ArrayList<>();
        List<Guidance> expectedGuidance = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        for (Case c : cases) {
            Action a = new Report(c.lastEventAt().orElseThrow().plusSeconds(60), IB, true, false);
            actions.add(a);
            expectedRulings.add(ENGINE.evaluate(c, a));
            expectedGuidance.add(ENGINE.guide(c));
        }
        // WHEN four threads ask the same engine the same questions many times
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 50; round++) {
                        for (int i = 0; i < cases.size(); i++) {
                            if (!ENGINE.evaluate(cases.get(i), actions.get(i)).equals(expectedRulings.get(i))
                                    || !ENGINE.guide(cases.get(i)).equals(expectedGuidance.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            // THEN every answer equals the sequential one
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
