package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.model.Action;
import org.meldcode.model.BoardNotification;
import org.meldcode.model.Case;
import org.meldcode.model.Closure;
import org.meldcode.model.Event;
import org.meldcode.model.InspectorConsultation;
import org.meldcode.model.StaffSuspicion;
import org.meldcode.protocol.Protocol;
import org.meldcode.rules.facts.StaffRoute;
import org.meldcode.testing.Replay;

/** The promises of the staff-perpetrator route (SR-*), checked along a replayed sequence of any protocol. */
final class StaffRouteInvariants {

    private StaffRouteInvariants() {}

    /**
     * SR-1.2, SR-1.3: in an open case, informing the board is owed while a suspicion is recorded and
     * the board does not know; consulting the inspector is owed after a possible sexual offence once
     * the board knows, and no longer once it was consulted.
     */
    static void owed(MeldcodeEngine engine, Case c) {
        List<Action> done = c.events().stream().map(Event::action).toList();
        if (done.stream().anyMatch(a -> a instanceof Closure)) {
            return;
        }
        boolean suspected = done.stream().anyMatch(a -> a instanceof StaffSuspicion);
        boolean sexual = done.stream().anyMatch(a -> a instanceof StaffSuspicion x && x.sexualOffence());
        boolean board = done.stream().anyMatch(a -> a instanceof BoardNotification);
        boolean inspector = done.stream().anyMatch(a -> a instanceof InspectorConsultation);
        if (!suspected) {
            return;
        }
        Set<String> owed = new TreeSet<>();
        engine.guide(c).obligations().forEach(o -> owed.add(o.clause().id()));
        assertThat(owed.contains("SR-1.2")).as("SR-1.2 owed").isEqualTo(!board);
        assertThat(owed.contains("SR-1.3")).as("SR-1.3 owed").isEqualTo(sexual && board && !inspector);
    }

    /**
     * SR-1.1: no accepted action involves a suspected staff member; SR-1.2: after a suspicion, nothing
     * of steps 2 to 5 and no closure is accepted before the board is informed; SR-1.3: after a possible
     * sexual offence, no closure before the board consulted the inspector, and the inspector is
     * consulted only after the board was informed.
     */
    static void check(MeldcodeEngine engine, Protocol protocol, List<Replay.Step> steps) {
        owed(engine, steps.get(steps.size() - 1).after());
        for (Replay.Step s : steps) {
            if (!s.result().permitted()) {
                continue;
            }
            List<Action> before =
                    s.before().events().stream().map(Event::action).toList();
            Action a = s.action();
            boolean suspected = false;
            boolean sexual = false;
            boolean board = false;
            boolean inspector = false;
            for (Action b : before) {
                if (b instanceof StaffSuspicion suspicion) {
                    suspected = true;
                    sexual |= suspicion.sexualOffence();
                    assertThat(StaffRoute.involves(a, suspicion.suspect().staffId()))
                            .as("SR-1.1: %s involves the suspect", a.type())
                            .isFalse();
                } else if (b instanceof BoardNotification) {
                    board = true;
                } else if (b instanceof InspectorConsultation) {
                    inspector = true;
                }
            }
            if (suspected && !board) {
                assertThat(protocol.stepOf(a.type()))
                        .as("SR-1.2: %s before the board knows", a.type())
                        .isLessThan(2);
                assertThat(a).as("SR-1.2: closed before the board knows").isNotInstanceOf(Closure.class);
            }
            if (a instanceof StaffSuspicion suspicion) {
                assertThat(suspicion.suspect().staffId())
                        .as("SR-1.1: a suspicion against oneself")
                        .isNotEqualTo(a.actor().staffId());
            }
            if (a instanceof BoardNotification) {
                assertThat(suspected)
                        .as("SR-1.2: the board is told of a recorded suspicion")
                        .isTrue();
            }
            if (a instanceof InspectorConsultation) {
                assertThat(board).as("SR-1.3: the inspector after the board").isTrue();
            }
            if (sexual && a instanceof Closure) {
                assertThat(inspector)
                        .as("SR-1.3: closed before the inspector was consulted")
                        .isTrue();
            }
        }
    }
}
