package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.Ruling;
import org.meldcode.model.Actor;
import org.meldcode.model.Consultation;
import org.meldcode.model.Decision;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.IbNotification;
import org.meldcode.model.LogEntry;
import org.meldcode.model.Role;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.rules.Story;

/** SP-0.2: each action is taken by the roles in the plan's "Wie?" column. */
class ActionByRoleThePlanDoesNotNameTest {

    @Test
    void a_decision_recorded_by_the_teacher_is_refused() {
        Story story = Story.newCase().weighed(SuspicionLevel.VERY_STRONG, false);
        Ruling ruling = story.when(at -> new Decision(
                at,
                TEACHER,
                Set.of(TEACHER, IB, DIRECTOR),
                DecisionKind.REPORT,
                true,
                false,
                false,
                false,
                "Very strong suspicion."));
        assertThat(ruling.clauseIds()).containsExactly("SP-0.2");
        assertThat(ruling.findings().get(0).explanation().english())
                .isEqualTo(
                        "The teacher may not do this (decision: report or organise help); "
                                + "it is for: director, intern begeleider (IB) (under the protocol and the school's settings).");
    }

    @Test
    void a_logbook_entry_by_the_school_social_worker_is_refused() {
        Story story = Story.newCase().ibInformed();
        Ruling ruling = story.when(at -> new LogEntry(
                at,
                SOCIAL_WORKER,
                java.time.LocalDate.of(2026, 9, 7),
                Signal.BEHAVIOUR,
                Source.OWN_OBSERVATION,
                "Withdrawn during the group session.",
                false));
        assertThat(ruling.clauseIds()).containsExactly("SP-0.2");
    }

    @Test
    void step_1_starts_where_the_signal_arrives_but_not_with_the_school_social_worker() {
        // AMBIGUITY SP-1.1: the IB records own knowledge, a director informs the IB
        Story story = Story.newCase().signalLogged();
        assertThat(story.when(at -> new IbNotification(at, IB)).permitted()).isTrue();
        assertThat(story.when(at -> new IbNotification(at, Actor.of(Role.DIRECTOR, "dir-301")))
                        .permitted())
                .isTrue();
        assertThat(story.when(at -> new IbNotification(at, TEACHER)).permitted())
                .isTrue();
        assertThat(story.when(at -> new IbNotification(at, Actor.of(Role.SCHOOL_SOCIAL_WORKER, "smw-401")))
                        .clauseIds())
                .containsExactly("SP-0.2");
    }

    @Test
    void a_consultation_recorded_by_the_ib_is_permitted() {
        Story story = Story.newCase().ibInformed();
        Actor ib = IB;
        Ruling ruling = story.when(at -> new Consultation(at, ib, Set.of(TEACHER, ib, CARE_TEAM), true));
        assertThat(ruling.permitted()).isTrue();
    }
}
