package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.model.AccusedAndParentsInformed;
import org.meldcode.model.Action;
import org.meldcode.model.BoardNotification;
import org.meldcode.model.Case;
import org.meldcode.model.Channel;
import org.meldcode.model.Closure;
import org.meldcode.model.Event;
import org.meldcode.model.IbNotification;
import org.meldcode.model.InspectorConsultation;
import org.meldcode.model.PoliceReport;
import org.meldcode.model.Position;
import org.meldcode.model.Role;
import org.meldcode.model.StaffSuspicion;
import org.meldcode.model.Substitution;
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
        InspectorConsultation lastConsultation = null;
        for (Action a : done) {
            if (a instanceof InspectorConsultation x) {
                lastConsultation = x;
            }
        }
        boolean reasonable = lastConsultation != null && lastConsultation.reasonableSuspicion();
        boolean informed = done.stream().anyMatch(a -> a instanceof AccusedAndParentsInformed);
        boolean police = done.stream().anyMatch(a -> a instanceof PoliceReport);
        if (!suspected) {
            return;
        }
        Set<String> owed = new TreeSet<>();
        engine.guide(c).obligations().forEach(o -> owed.add(o.clause().id()));
        assertThat(owed.contains("SR-1.2")).as("SR-1.2 owed").isEqualTo(!board);
        assertThat(owed.contains("SR-1.3")).as("SR-1.3 owed").isEqualTo(sexual && board && !inspector);
        assertThat(owed.contains("SR-1.4")).as("SR-1.4 owed").isEqualTo(reasonable && !police);
        boolean ibSuspected = done.stream()
                .anyMatch(a -> a instanceof StaffSuspicion x && x.suspect().position() == Position.INTERN_BEGELEIDER);
        boolean directorSuspected = done.stream()
                .anyMatch(a -> a instanceof StaffSuspicion x && x.suspect().position() == Position.DIRECTOR);
        boolean ibSubstituted =
                done.stream().anyMatch(a -> a instanceof Substitution x && x.role() == Role.INTERN_BEGELEIDER);
        boolean directorSubstituted =
                done.stream().anyMatch(a -> a instanceof Substitution x && x.role() == Role.DIRECTOR);
        if ((ibSuspected && !ibSubstituted) || (directorSuspected && !directorSubstituted)) {
            assertThat(owed)
                    .as("SR-1.5 owed: a substitute for the suspect's role")
                    .contains("SR-1.5");
        }
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
            boolean reasonable = false;
            boolean informed = false;
            boolean police = false;
            boolean ibSuspected = false;
            boolean ibSubstituted = false;
            for (Action b : before) {
                if (b instanceof StaffSuspicion x && x.suspect().position() == Position.INTERN_BEGELEIDER) {
                    ibSuspected = true;
                } else if (b instanceof Substitution x && x.role() == Role.INTERN_BEGELEIDER) {
                    ibSubstituted = true;
                } else if (b instanceof InspectorConsultation x) {
                    reasonable = x.reasonableSuspicion();
                } else if (b instanceof AccusedAndParentsInformed) {
                    informed = true;
                } else if (b instanceof PoliceReport) {
                    police = true;
                }
                if (b instanceof StaffSuspicion suspicion) {
                    suspected = true;
                    sexual |= suspicion.sexualOffence();
                    assertThat(StaffRoute.involves(a, suspicion.suspect().staffId()))
                            .as("SR-1.1: %s involves the suspect", a.type())
                            .isFalse();
                } else if (b instanceof BoardNotification n && n.channel() == Channel.DIRECT) {
                    board = true;
                } else if (b instanceof InspectorConsultation) {
                    inspector = true;
                }
            }
            if (suspected && !board && !AcuteRoute.exempt(before, a)) {
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
            if (a instanceof BoardNotification n) {
                assertThat(suspected)
                        .as("SR-1.2: the board is told of a recorded suspicion")
                        .isTrue();
                assertThat(n.channel()).as("SR-1.2: the board is told directly").isEqualTo(Channel.DIRECT);
            }
            if (a instanceof PoliceReport) {
                assertThat(reasonable && informed)
                        .as("SR-1.4: a police report after a reasonable suspicion, the accused and the parents told")
                        .isTrue();
            }
            if (a instanceof Closure) {
                assertThat(!reasonable || police)
                        .as("SR-1.4: closed before the police report")
                        .isTrue();
            }
            if (a instanceof IbNotification) {
                assertThat(!ibSuspected || ibSubstituted)
                        .as("SR-1.5: the suspected IB informed before a substitute")
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
