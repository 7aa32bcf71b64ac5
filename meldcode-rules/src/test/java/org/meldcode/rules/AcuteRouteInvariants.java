package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.model.Action;
import org.meldcode.model.AcuteDanger;
import org.meldcode.model.Closure;
import org.meldcode.model.Decision;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.Event;
import org.meldcode.model.Report;
import org.meldcode.protocol.Protocol;
import org.meldcode.testing.Generators;
import org.meldcode.testing.Replay;

/** The promises of the acute route (AR-*), checked along a replayed sequence of any protocol. */
final class AcuteRouteInvariants {

    private AcuteRouteInvariants() {}

    /**
     * AR-1.1: acute danger by a staff member is refused only in a closed case, by the board or by a
     * suspect; AR-1.2: contacting Veilig Thuis is owed from acute danger until a report after it,
     * and the case does not close before that report; AR-1.3: no help is decided in its place;
     * AR-1.4: the case does not close before steps 1 to 4 are on record.
     */
    static void check(MeldcodeEngine engine, Protocol protocol, List<Replay.Step> steps) {
        for (Replay.Step s : steps) {
            List<Action> before =
                    s.before().events().stream().map(Event::action).toList();
            boolean closed = before.stream().anyMatch(a -> a instanceof Closure);
            int lastDanger = -1;
            for (int i = 0; i < before.size(); i++) {
                if (before.get(i) instanceof AcuteDanger) {
                    lastDanger = i;
                }
            }
            boolean reportedSince = lastDanger >= 0
                    && before.subList(lastDanger, before.size()).stream().anyMatch(a -> a instanceof Report);
            Action a = s.action();
            if (a instanceof AcuteDanger && !s.result().permitted()) {
                assertThat(s.result().ruling().clauseIds())
                        .as("AR-1.1: acute danger refused only in a closed case, by the board, or by a suspect")
                        .isNotEmpty()
                        .allMatch(id -> id.endsWith("-0.3") || id.endsWith("-0.2") || id.equals("SR-1.1"));
            }
            if (!s.result().permitted() || lastDanger < 0) {
                continue;
            }
            if (a instanceof Closure) {
                assertThat(reportedSince)
                        .as("AR-1.2: closed in acute danger before a report")
                        .isTrue();
                for (int step = 1; step <= 4; step++) {
                    int n = step;
                    assertThat(before)
                            .as("AR-1.4: closed after acute danger before step %s is on record", n)
                            .anyMatch(b -> protocol.completes(b.type()) == n);
                }
            }
            if (a instanceof Decision d && d.kind() == DecisionKind.ORGANISE_HELP) {
                assertThat(reportedSince)
                        .as("AR-1.3: help decided in place of the acute report")
                        .isTrue();
            }
        }
        Replay.Step last = steps.get(steps.size() - 1);
        List<Action> done = last.after().events().stream().map(Event::action).toList();
        int lastDanger = -1;
        for (int i = 0; i < done.size(); i++) {
            if (done.get(i) instanceof AcuteDanger) {
                lastDanger = i;
            }
        }
        boolean closed = done.stream().anyMatch(a -> a instanceof Closure);
        if (lastDanger >= 0 && !closed) {
            boolean reportedSince =
                    done.subList(lastDanger, done.size()).stream().anyMatch(a -> a instanceof Report);
            Set<String> owed = new TreeSet<>();
            engine.guide(last.after())
                    .obligations()
                    .forEach(o -> owed.add(o.clause().id()));
            assertThat(owed.contains("AR-1.2")).as("AR-1.2 owed").isEqualTo(!reportedSince);
        }
    }

    /**
     * Every clause that refuses something along the sequences at the protocol's edges ({@link
     * Generators#edgeSequences()}): the property classes' check that every clause is reached.
     */
    static Set<String> refusedAlongEdgeSequences(MeldcodeEngine engine, Protocol protocol, long seed, int examples) {
        Set<String> refused = java.util.concurrent.ConcurrentHashMap.newKeySet();
        org.quicktheories.QuickTheory.qt()
                .withFixedSeed(seed)
                .withExamples(examples)
                .forAll(Generators.edgeSequences())
                .checkAssert(moves -> {
                    for (Replay.Step s : Replay.run(engine, protocol, moves)) {
                        refused.addAll(s.result().ruling().clauseIds());
                    }
                });
        return refused;
    }
}
