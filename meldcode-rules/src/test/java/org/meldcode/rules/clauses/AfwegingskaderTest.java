package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meldcode.model.Closure;
import org.meldcode.model.ConversationSkip;
import org.meldcode.model.Decision;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.ExceptionKind;
import org.meldcode.model.HelpAgreement;
import org.meldcode.model.LogEntry;
import org.meldcode.model.Report;
import org.meldcode.model.ReportConversation;
import org.meldcode.model.RiskAssessment;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.model.Teller;
import org.meldcode.model.TellingArrangement;
import org.meldcode.model.Threat;
import org.meldcode.rules.Story;
import org.meldcode.rules.facts.Dates;

/** The afwegingskader of the national framework: LK-0.4 and LK-5.1 to LK-5.8. */
class AfwegingskaderTest {

    private static Story weighedStructural() {
        return Story.national()
                .parentsTalkedTo()
                .given(at -> new RiskAssessment(
                        at,
                        IB,
                        Set.of(TEACHER, IB),
                        SuspicionLevel.PRESENT,
                        false,
                        true,
                        true,
                        "Weighed on what steps 1 to 3 brought."));
    }

    // --- LK-5.1 and LK-0.4: where the case ends ---

    @Test
    void given_no_conversation_yet_when_the_case_is_closed_for_want_of_a_suspicion_then_it_is_refused() {
        Story story = Story.national().consulted();
        assertThat(story.when(at -> new Closure(at, IB, "No suspicion.")).clauseIds())
                .containsExactly("LK-5.1");
    }

    @Test
    void given_steps_1_to_3_done_but_no_weighing_when_the_case_is_closed_for_want_of_a_suspicion_then_it_is_refused() {
        // Issue 14, item 1: question 1 is answered in the weighing of step 4
        Story story = Story.national().parentsTalkedTo();
        assertThat(story.when(at -> new Closure(at, IB, "The parents' account removed the suspicion."))
                        .clauseIds())
                .containsExactly("LK-5.1");
    }

    @Test
    void given_a_weighing_that_found_no_suspicion_when_the_case_is_closed_with_the_reason_then_it_is_permitted() {
        Story story = Story.national().weighed(SuspicionLevel.NONE, false);
        assertThat(story.guidance().obligations())
                .extracting(o -> o.text().key())
                .containsExactly("owed.lk.close-no-suspicion");
        assertThat(story.when(at -> new Closure(at, IB, "The weighing found no suspicion."))
                        .permitted())
                .isTrue();
    }

    @Test
    void given_a_disclosure_and_a_skip_for_danger_when_the_case_is_closed_without_a_weighing_then_it_is_refused() {
        Story story = Story.national()
                .given(at -> pupilDisclosure(at))
                .consulted()
                .given(at -> new ConversationSkip(
                        at, IB, EnumSet.of(Threat.CHILD), "A conversation would put the pupil at risk."));
        assertThat(story.when(at -> new Closure(at, IB, "No suspicion.")).clauseIds())
                .containsExactly("LK-5.1");
    }

    @Test
    void
            given_a_disclosure_after_the_no_suspicion_weighing_when_the_case_is_closed_then_it_is_refused_until_weighed_again() {
        Story story = Story.national().weighed(SuspicionLevel.NONE, false).given(at -> pupilDisclosure(at));
        assertThat(story.when(at -> new Closure(at, IB, "No suspicion.")).clauseIds())
                .containsExactly("LK-5.1");
        assertThat(story.guidance().obligations()).isEmpty();
        story.given(at -> weighing(at, SuspicionLevel.NONE, false, true));
        assertThat(story.when(at -> new Closure(at, IB, "No suspicion, weighed again."))
                        .permitted())
                .isTrue();
    }

    @Test
    void given_steps_1_to_3_when_a_weighing_finds_no_suspicion_and_structural_unsafety_then_it_is_refused() {
        Story story = Story.national().parentsTalkedTo();
        assertThat(story.when(at -> new RiskAssessment(
                                at,
                                IB,
                                Set.of(TEACHER, IB),
                                SuspicionLevel.NONE,
                                false,
                                true,
                                true,
                                "No suspicion, but the pupil often sees violence at home."))
                        .clauseIds())
                .containsExactly("LK-5.1");
    }

    @Test
    void given_the_risk_was_weighed_when_the_case_is_closed_without_report_or_safe_help_then_it_is_refused() {
        Story story = Story.national().weighed(SuspicionLevel.PRESENT, false);
        assertThat(story.when(at -> new Closure(at, IB, "Closed.")).clauseIds()).containsExactly("LK-0.4");
    }

    @Test
    void given_help_that_reached_safety_by_its_deadline_when_the_case_is_closed_then_it_is_permitted() {
        Story story = Story.national().helpDeadlinePassed().given(at -> evaluation(at, true));
        assertThat(story.when(at -> new Closure(at, IB, "Safe; the IB follows up in six weeks."))
                        .permitted())
                .isTrue();
    }

    // --- LK-5.2: acute or structural unsafety, doubt, disclosure ---

    @Test
    void
            given_structural_unsafety_when_help_accepted_by_the_parents_is_chosen_instead_of_a_report_then_it_is_refused() {
        Story story = weighedStructural();
        assertThat(story.when(at -> decision(at, DecisionKind.ORGANISE_HELP, true, true))
                        .clauseIds())
                .containsExactly("LK-5.2");
    }

    @Test
    void given_doubt_when_help_is_chosen_instead_of_a_report_then_it_is_refused() {
        Story story = Story.national().weighed(SuspicionLevel.DOUBTFUL, false);
        assertThat(story.when(at -> decision(at, DecisionKind.ORGANISE_HELP, true, true))
                        .clauseIds())
                .containsExactly("LK-5.2");
    }

    @Test
    void given_the_pupil_told_the_teacher_when_help_is_chosen_instead_of_a_report_then_it_is_refused() {
        Story story = Story.national()
                .given(at -> new LogEntry(
                        at,
                        TEACHER,
                        LocalDate.of(2026, 9, 7),
                        Signal.DISCLOSURE,
                        Source.PUPIL,
                        "Pupil said: dad hits me when he is angry.",
                        false))
                .weighed(SuspicionLevel.PRESENT, false);
        assertThat(story.when(at -> decision(at, DecisionKind.ORGANISE_HELP, true, true))
                        .clauseIds())
                .containsExactly("LK-5.2");
    }

    @Test
    void
            given_structural_unsafety_and_parents_who_accept_help_when_the_school_decides_to_report_then_it_is_permitted() {
        Story story = weighedStructural();
        assertThat(story.when(at -> decision(at, DecisionKind.REPORT, true, true))
                        .permitted())
                .isTrue();
    }

    // --- LK-5.3: help follows a decision; the school may also help beside a report ---

    @Test
    void given_no_decision_yet_when_help_is_agreed_then_it_is_refused() {
        Story story = Story.national().weighed(SuspicionLevel.PRESENT, false);
        assertThat(story.when(at -> helpAgreement(at, 14)).clauseIds()).containsExactly("LK-5.3");
    }

    @Test
    void given_a_decision_to_report_when_the_school_also_agrees_help_then_it_is_permitted() {
        Story story = Story.national().reported();
        assertThat(story.when(at -> helpAgreement(at, 14)).permitted()).isTrue();
    }

    // --- LK-5.4: accepted help, with a deadline and a case manager ---

    @Test
    void given_parents_who_do_not_accept_help_when_help_is_chosen_instead_of_a_report_then_it_is_refused() {
        Story story = Story.national().weighed(SuspicionLevel.PRESENT, false);
        assertThat(story.when(at -> decision(at, DecisionKind.ORGANISE_HELP, false, true))
                        .clauseIds())
                .containsExactly("LK-5.4");
    }

    @Test
    void given_help_was_decided_when_it_is_agreed_with_a_deadline_of_today_then_it_is_refused() {
        Story story = Story.national().helpOrganised();
        assertThat(story.when(at -> helpAgreement(at, 0)).clauseIds()).containsExactly("LK-5.4");
    }

    @Test
    void given_help_was_decided_when_it_is_agreed_with_a_deadline_and_a_case_manager_then_it_is_permitted() {
        Story story = Story.national().helpOrganised();
        assertThat(story.guidance().obligations()).anyMatch(o -> o.clause().id().equals("LK-5.4"));
        assertThat(story.when(at -> new HelpAgreement(
                                at, DIRECTOR, LocalDate.of(2026, 10, 19), DIRECTOR, "Family coaching."))
                        .permitted())
                .isTrue();
    }

    // --- LK-5.5: the evaluation ---

    @Test
    void given_help_was_decided_but_not_agreed_when_it_is_evaluated_then_it_is_refused() {
        Story story = Story.national().helpOrganised();
        assertThat(story.when(at -> evaluation(at, false)).clauseIds()).containsExactly("LK-5.5");
    }

    @Test
    void given_agreed_help_before_its_deadline_when_safety_is_judged_reached_then_it_is_refused() {
        Story story = Story.national().helpAgreed();
        assertThat(story.when(at -> evaluation(at, true)).clauseIds()).containsExactly("LK-5.5");
    }

    @Test
    void given_agreed_help_before_its_deadline_when_it_is_found_failing_then_it_is_permitted() {
        Story story = Story.national().helpAgreed();
        assertThat(story.guidance().obligations()).anyMatch(o -> o.clause().id().equals("LK-5.5"));
        assertThat(story.when(at -> evaluation(at, false)).permitted()).isTrue();
    }

    @Test
    void given_help_that_failed_when_help_is_chosen_again_then_it_is_refused_and_a_report_is_owed() {
        Story story = Story.national()
                .helpAgreed()
                .given(at -> evaluation(at, false))
                .given(at -> weighing(at, SuspicionLevel.PRESENT, false, true));
        assertThat(story.guidance().obligations()).anyMatch(o -> o.clause().id().equals("LK-5.5"));
        assertThat(story.when(at -> decision(at, DecisionKind.ORGANISE_HELP, true, true))
                        .clauseIds())
                .containsExactly("LK-5.5");
        assertThat(story.when(at -> decision(at, DecisionKind.REPORT, true, true))
                        .permitted())
                .isTrue();
    }

    // --- LK-5.6: the decisions and the report ---

    @Test
    void given_help_was_decided_when_a_report_is_made_without_a_decision_to_report_then_it_is_refused() {
        Story story = Story.national().helpOrganised();
        assertThat(story.when(at -> new Report(at, IB, true, false)).clauseIds())
                .containsExactly("LK-5.6");
    }

    @Test
    void given_a_decision_to_report_when_help_is_decided_instead_then_it_is_refused() {
        Story story = Story.national().decidedToReport();
        assertThat(story.when(at -> decision(at, DecisionKind.ORGANISE_HELP, true, true))
                        .clauseIds())
                .containsExactly("LK-5.6");
    }

    @Test
    void given_a_decision_to_report_when_the_director_makes_the_report_then_it_is_permitted() {
        Story story = Story.national().decidedToReport();
        assertThat(story.when(at -> new Report(at, DIRECTOR, true, false)).permitted())
                .isTrue();
    }

    // --- LK-5.7: open melden, tenzij ---

    @Test
    void given_a_report_when_the_case_is_closed_before_the_parents_were_told_then_it_is_refused() {
        Story story = Story.national().reported();
        assertThat(story.guidance().obligations()).anyMatch(o -> o.clause().id().equals("LK-5.7"));
        assertThat(story.when(at -> new Closure(at, IB, "Reported.")).clauseIds())
                .containsExactly("LK-5.7");
    }

    @Test
    void given_a_report_when_the_parents_are_told_by_phone_then_it_is_permitted() {
        Story story = Story.national().reported();
        assertThat(story.when(at -> new ReportConversation(at, IB, Set.of(IB), false))
                        .permitted())
                .isTrue();
    }

    @Test
    void given_a_recorded_safety_exception_when_the_parents_are_told_of_the_report_then_it_is_refused() {
        Story story =
                Story.national().reported().given(at -> exception(at, ExceptionKind.PARENTS_NOT_TOLD, Threat.CHILD));
        assertThat(story.when(at -> reportConversation(at, Set.of(IB, DIRECTOR), true))
                        .clauseIds())
                .containsExactly("LK-5.7");
    }

    @Test
    void
            given_a_recorded_safety_exception_alone_when_the_case_is_closed_without_telling_the_parents_then_it_is_refused() {
        Story story = Story.national()
                .reported()
                .given(at -> exception(at, ExceptionKind.PARENTS_NOT_TOLD, Threat.PROFESSIONAL))
                .later(Duration.ofDays(7));
        assertThat(story.guidance().obligations())
                .extracting(o -> o.text().key())
                .containsExactly("owed.lk.agree-telling-with-veilig-thuis");
        assertThat(story.when(at -> new Closure(at, IB, "Veilig Thuis took over."))
                        .clauseIds())
                .containsExactly("LK-5.7");
    }

    @Test
    void
            given_a_safety_exception_and_an_arrangement_that_veilig_thuis_tells_when_the_case_is_closed_then_it_is_permitted() {
        Story story = Story.national()
                .reported()
                .given(at -> exception(at, ExceptionKind.PARENTS_NOT_TOLD, Threat.PROFESSIONAL))
                .given(at -> new TellingArrangement(at, IB, Teller.VEILIG_THUIS, "Veilig Thuis tells the parents."));
        assertThat(story.when(at -> reportConversation(at, Set.of(IB, DIRECTOR), true))
                        .clauseIds())
                .containsExactly("LK-5.7");
        assertThat(story.when(at -> new Closure(at, IB, "Veilig Thuis took over."))
                        .permitted())
                .isTrue();
    }

    @Test
    void given_a_safety_exception_when_an_arrangement_says_the_school_tells_then_the_school_may_tell_the_parents() {
        Story story = Story.national()
                .reported()
                .given(at -> exception(at, ExceptionKind.PARENTS_NOT_TOLD, Threat.PROFESSIONAL));
        assertThat(story.when(at -> reportConversation(at, Set.of(IB, DIRECTOR), true))
                        .clauseIds())
                .containsExactly("LK-5.7");
        story.given(at -> new TellingArrangement(at, IB, Teller.SCHOOL, "The school tells them, with Veilig Thuis."));
        assertThat(story.when(at -> reportConversation(at, Set.of(IB, DIRECTOR), true))
                        .permitted())
                .isTrue();
    }

    @Test
    void given_telling_is_safe_when_an_arrangement_with_veilig_thuis_is_recorded_then_it_is_refused() {
        Story story = Story.national().reported();
        assertThat(story.when(at -> new TellingArrangement(at, IB, Teller.VEILIG_THUIS, "Veilig Thuis tells them."))
                        .clauseIds())
                .containsExactly("LK-5.7");
    }

    @Test
    void given_a_decision_to_report_when_the_intended_report_is_discussed_with_the_parents_first_then_it_counts() {
        // Issue 14, item 3: open melden
        Story story = Story.national().decidedToReport();
        story.given(at -> reportConversation(at, Set.of(IB, DIRECTOR), false)).given(at -> Report.named(at, IB));
        assertThat(story.guidance().obligations()).isEmpty();
        assertThat(story.when(at -> new Closure(at, IB, "Reported; the parents knew beforehand."))
                        .permitted())
                .isTrue();
    }

    @Test
    void given_no_decision_to_report_when_the_parents_are_told_of_a_report_then_it_is_refused() {
        Story story = Story.national().weighed(SuspicionLevel.PRESENT, false);
        assertThat(story.when(at -> reportConversation(at, Set.of(IB, DIRECTOR), true))
                        .clauseIds())
                .containsExactly("LK-5.7");
    }

    // --- LK-5.2: doubt leads to Veilig Thuis (issue 14, item 5) ---

    @Test
    void given_a_weighing_in_doubt_when_the_school_decides_before_asking_advice_then_it_is_refused() {
        Story story = Story.national().weighed(SuspicionLevel.DOUBTFUL, false);
        assertThat(story.guidance().obligations())
                .extracting(o -> o.text().key())
                .contains("owed.lk.advice-in-doubt");
        assertThat(story.when(at -> decision(at, DecisionKind.REPORT, false, false))
                        .clauseIds())
                .containsExactly("LK-5.2");
        story.given(at -> advice(at, IB, true));
        assertThat(story.when(at -> decision(at, DecisionKind.REPORT, false, false))
                        .permitted())
                .isTrue();
    }

    // --- LK-5.3 and LK-5.4: questions 3 and 4 recorded as asked (issue 14, item 6) ---

    @Test
    void given_the_school_cannot_offer_help_when_help_is_decided_instead_of_a_report_then_it_is_refused() {
        Story story = Story.national().weighed(SuspicionLevel.PRESENT, false);
        assertThat(story.when(at -> new Decision(
                                at,
                                IB,
                                Set.of(IB, DIRECTOR),
                                DecisionKind.ORGANISE_HELP,
                                false,
                                true,
                                true,
                                true,
                                "The school has no help to offer."))
                        .clauseIds())
                .containsExactly("LK-5.3");
    }

    @Test
    void
            given_a_decision_to_report_that_says_the_school_cannot_help_when_help_is_agreed_beside_it_then_it_is_refused() {
        Story story = Story.national()
                .weighed(SuspicionLevel.PRESENT, false)
                .given(at -> new Decision(
                        at,
                        IB,
                        Set.of(IB, DIRECTOR),
                        DecisionKind.REPORT,
                        false,
                        false,
                        false,
                        false,
                        "The school has no help to offer."));
        assertThat(story.when(at -> helpAgreement(at, 21)).clauseIds()).containsExactly("LK-5.3");
    }

    @Test
    void given_those_involved_accept_help_but_will_not_work_on_it_when_help_is_decided_then_it_is_refused() {
        Story story = Story.national().weighed(SuspicionLevel.PRESENT, false);
        assertThat(story.when(at -> new Decision(
                                at,
                                IB,
                                Set.of(IB, DIRECTOR),
                                DecisionKind.ORGANISE_HELP,
                                true,
                                true,
                                false,
                                true,
                                "The parents say yes, but will not take part."))
                        .clauseIds())
                .containsExactly("LK-5.4");
    }

    // --- LK-5.8: anonymous only as an exception ---

    @Test
    void given_a_decision_to_report_when_the_report_does_not_name_the_pupil_then_it_is_refused_as_advice() {
        Story story = Story.national().decidedToReport();
        assertThat(story.when(at -> new Report(at, IB, false, false)).clauseIds())
                .containsExactly("LK-5.8");
    }

    @Test
    void given_a_decision_to_report_when_the_report_is_anonymous_without_an_exception_then_it_is_refused() {
        Story story = Story.national().decidedToReport();
        assertThat(story.when(at -> new Report(at, IB, true, true)).clauseIds()).containsExactly("LK-5.8");
    }

    @Test
    void given_a_recorded_anonymity_exception_when_the_report_is_anonymous_then_it_is_permitted() {
        Story story = Story.national()
                .decidedToReport()
                .given(at -> exception(at, ExceptionKind.REPORTER_WITHHELD, Threat.PROFESSIONAL));
        assertThat(story.when(at -> new Report(at, IB, true, true)).permitted()).isTrue();
    }

    /** The pupil's own disclosure, logged by the teacher on the day it is told. */
    private static LogEntry pupilDisclosure(Instant at) {
        return new LogEntry(
                at,
                TEACHER,
                LocalDate.ofInstant(at, Dates.SCHOOL_ZONE),
                Signal.DISCLOSURE,
                Source.PUPIL,
                "The pupil said that dad hits her when he is angry.",
                false);
    }
}
