package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meldcode.model.Closure;
import org.meldcode.model.Consultation;
import org.meldcode.model.ConversationSkip;
import org.meldcode.model.Decision;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.IbNotification;
import org.meldcode.model.LogEntry;
import org.meldcode.model.ParentsConversation;
import org.meldcode.model.RiskAssessment;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.model.Threat;
import org.meldcode.model.Topic;
import org.meldcode.rules.Story;

/** The national framework's steps 1 to 4 and its shared clauses: LK-0.1 to LK-0.3, LK-1.1, LK-2.1, LK-3.1, LK-4.1. */
class NationalStepsTest {

    @Test
    void given_a_national_case_after_the_consultation_when_the_risk_is_weighed_before_step_3_then_it_is_refused() {
        Story story = Story.national().consulted();
        assertThat(story.when(at -> weighing(at, SuspicionLevel.PRESENT, false, true))
                        .clauseIds())
                .containsExactly("LK-0.1");
    }

    @Test
    void given_a_national_case_after_the_parents_conversation_when_the_risk_is_weighed_then_it_is_permitted() {
        Story story = Story.national().parentsTalkedTo();
        assertThat(story.when(at -> weighing(at, SuspicionLevel.PRESENT, false, true))
                        .permitted())
                .isTrue();
    }

    @Test
    void given_a_national_case_when_a_teacher_records_the_decision_then_it_is_refused_for_the_role() {
        Story story = Story.national().weighed(SuspicionLevel.PRESENT, false);
        assertThat(story.when(at -> new Decision(
                                at,
                                TEACHER,
                                Set.of(TEACHER, IB),
                                DecisionKind.REPORT,
                                true,
                                false,
                                false,
                                false,
                                "Grounds."))
                        .clauseIds())
                .containsExactly("LK-0.2");
    }

    @Test
    void given_a_national_case_when_the_teacher_joins_the_parents_conversation_then_it_is_permitted() {
        // "LK-0.2": the national model does not keep the teacher out, as the seed plan does (SP-3.5)
        Story story = Story.national().consulted();
        assertThat(story.when(at -> new ParentsConversation(
                                at, TEACHER, Set.of(TEACHER, IB), EnumSet.of(Topic.PURPOSE), false))
                        .permitted())
                .isTrue();
    }

    @Test
    void given_a_national_case_closed_for_want_of_a_suspicion_when_a_signal_is_logged_then_it_is_refused() {
        Story story = Story.national()
                .weighed(SuspicionLevel.NONE, false)
                .given(at -> new Closure(at, IB, "No suspicion remains."));
        assertThat(story.when(at -> signal(at, TEACHER)).clauseIds()).containsExactly("LK-0.3");
    }

    @Test
    void given_an_open_national_case_when_a_signal_is_logged_then_it_is_permitted() {
        Story story = Story.national().parentsTalkedTo();
        assertThat(story.when(at -> signal(at, TEACHER)).permitted()).isTrue();
    }

    @Test
    void given_a_national_case_when_a_logbook_entry_is_dated_in_the_future_then_it_is_refused() {
        Story story = Story.national();
        assertThat(story.when(at -> new LogEntry(
                                at,
                                TEACHER,
                                LocalDate.of(2026, 9, 9),
                                Signal.BEHAVIOUR,
                                Source.OWN_OBSERVATION,
                                "Withdrawn in class.",
                                false))
                        .clauseIds())
                .containsExactly("LK-1.1");
    }

    @Test
    void given_a_national_case_when_a_kindcheck_is_logged_and_the_signals_reach_the_ib_then_both_are_permitted() {
        Story story = Story.national()
                .given(at -> new LogEntry(
                        at,
                        IB,
                        LocalDate.of(2026, 9, 7),
                        Signal.KINDCHECK,
                        Source.PARENTS,
                        "Mother in addiction care; two children at home depend on her.",
                        false));
        assertThat(story.when(at -> new IbNotification(at, IB)).permitted()).isTrue();
    }

    @Test
    void given_a_national_case_whose_signals_did_not_reach_the_ib_when_a_colleague_is_consulted_then_it_is_refused() {
        Story story = Story.national().signalLogged();
        assertThat(story.when(at -> consultation(at, true)).clauseIds()).containsExactly("LK-0.1");
        assertThat(story.guidance().obligations()).anyMatch(o -> o.clause().id().equals("LK-1.1"));
    }

    @Test
    void given_a_national_case_when_the_consultation_has_no_colleague_then_it_is_refused() {
        Story story = Story.national().ibInformed();
        assertThat(story.when(at -> new Consultation(at, IB, Set.of(IB), false)).clauseIds())
                .containsExactly("LK-2.1");
    }

    @Test
    void given_a_national_case_when_the_ib_consults_one_colleague_by_name_then_it_is_permitted() {
        Story story = Story.national().ibInformed();
        assertThat(story.when(at -> new Consultation(at, IB, Set.of(IB, DIRECTOR), false))
                        .permitted())
                .isTrue();
    }

    @Test
    void given_a_national_case_where_step_3_was_skipped_when_the_parents_are_talked_to_then_it_is_refused() {
        Story story = Story.national().step3Skipped();
        assertThat(story.when(at -> parentsConversation(at, IB, false)).clauseIds())
                .containsExactly("LK-3.1");
    }

    @Test
    void given_a_national_case_after_the_consultation_when_step_3_is_skipped_for_safety_then_it_is_permitted() {
        Story story = Story.national().consulted();
        assertThat(story.when(at -> new ConversationSkip(
                                at, DIRECTOR, Set.of(Threat.CHILD), "Father threatened the pupil."))
                        .permitted())
                .isTrue();
    }

    @Test
    void given_a_national_case_when_the_risk_is_weighed_without_the_ib_then_it_is_refused() {
        Story story = Story.national().parentsTalkedTo();
        assertThat(story.when(at -> new RiskAssessment(
                                at,
                                TEACHER,
                                Set.of(TEACHER, DIRECTOR),
                                SuspicionLevel.PRESENT,
                                false,
                                false,
                                false,
                                "Weighed on what steps 1 to 3 brought."))
                        .clauseIds())
                .containsExactly("LK-4.1");
    }

    @Test
    void given_a_national_case_when_the_ib_weighs_with_management_then_it_is_permitted() {
        Story story = Story.national().parentsTalkedTo();
        assertThat(story.when(at -> new RiskAssessment(
                                at,
                                DIRECTOR,
                                Set.of(IB, DIRECTOR),
                                SuspicionLevel.PRESENT,
                                false,
                                true,
                                false,
                                "Weighed on what steps 1 to 3 brought."))
                        .permitted())
                .isTrue();
    }
}
