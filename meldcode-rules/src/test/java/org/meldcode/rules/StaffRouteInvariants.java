package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.meldcode.model.Action;
import org.meldcode.model.BoardNotification;
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
     * SR-1.1: no accepted action involves a suspected staff member; SR-1.2: after a suspicion, nothing
     * of steps 2 to 5 and no closure is accepted before the board is informed; SR-1.3: after a possible
     * sexual offence, no closure before the board consulted the inspector, and the inspector is
     * consulted only after the board was informed.
     */
    static void check(Protocol protocol, List<Replay.Step> steps) {
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
