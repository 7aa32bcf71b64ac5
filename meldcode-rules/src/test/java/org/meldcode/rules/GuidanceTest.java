package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.NextAction;
import org.meldcode.engine.Obligation;
import org.meldcode.model.ActionType;
import org.meldcode.model.Closure;
import org.meldcode.model.Role;
import org.meldcode.model.SuspicionLevel;

/** guide(case): where a case stands, what is owed, and who may do what next. */
class GuidanceTest {

    private static List<String> obligationClauses(Guidance g) {
        return g.obligations().stream().map(Obligation::clause).map(c -> c.id()).toList();
    }

    private static NextAction next(Guidance g, ActionType type) {
        return g.nextActions().stream()
                .filter(n -> n.type() == type)
                .findFirst()
                .orElse(null);
    }

    @Test
    void a_new_case_is_in_step_1_and_owes_informing_the_ib_which_the_teacher_the_ib_or_a_director_may_do() {
        Guidance g = ENGINE.guide(Story.newCase().caseFile());
        assertThat(g.currentStep().number()).isEqualTo(1);
        assertThat(g.closed()).isFalse();
        assertThat(obligationClauses(g)).containsExactly("SP-1.1");
        assertThat(next(g, ActionType.IB_NOTIFICATION).roles())
                .containsExactlyInAnyOrder(Role.TEACHER, Role.INTERN_BEGELEIDER, Role.DIRECTOR);
        assertThat(next(g, ActionType.CONSULTATION))
                .as("consultation waits for the IB")
                .isNull();
        assertThat(g.obligations().get(0).text().dutch()).contains("intern begeleider");
    }

    @Test
    void after_the_consultation_the_case_is_in_step_3_and_may_talk_with_the_parents_through_ib_or_director() {
        Guidance g = ENGINE.guide(Story.newCase().consulted().caseFile());
        assertThat(g.currentStep().number()).isEqualTo(3);
        assertThat(obligationClauses(g)).containsExactly("SP-3.1");
        assertThat(next(g, ActionType.PARENTS_CONVERSATION).roles())
                .containsExactly(Role.INTERN_BEGELEIDER, Role.DIRECTOR);
        assertThat(next(g, ActionType.RISK_ASSESSMENT)).isNull();
        assertThat(next(g, ActionType.PUPIL_CONVERSATION))
                .as("the pupil's readiness is judged first")
                .isNull();
    }

    @Test
    void after_a_report_the_parents_must_still_be_told_and_the_case_cannot_close() {
        Guidance g = ENGINE.guide(Story.newCase().reported().caseFile());
        assertThat(g.currentStep().number()).isEqualTo(5);
        assertThat(obligationClauses(g)).containsExactly("SP-5.7");
        assertThat(g.obligations().get(0).text().english())
                .isEqualTo("The IB and a director tell the parents of the report in a personal conversation.");
        assertThat(next(g, ActionType.CLOSURE)).isNull();
        assertThat(next(g, ActionType.REPORT_CONVERSATION).roles())
                .containsExactly(Role.INTERN_BEGELEIDER, Role.DIRECTOR);
    }

    @Test
    void once_the_parents_were_told_nothing_is_owed_and_the_ib_or_a_director_may_close() {
        Guidance g = ENGINE.guide(Story.newCase().parentsToldOfReport().caseFile());
        assertThat(g.obligations()).isEmpty();
        assertThat(next(g, ActionType.CLOSURE).roles()).containsExactly(Role.INTERN_BEGELEIDER, Role.DIRECTOR);
    }

    @Test
    void a_closed_case_owes_nothing_and_permits_nothing() {
        Guidance g = ENGINE.guide(Story.newCase()
                .parentsToldOfReport()
                .given(at -> new Closure(at, DIRECTOR, "Handed to Veilig Thuis."))
                .caseFile());
        assertThat(g.closed()).isTrue();
        assertThat(g.obligations()).isEmpty();
        assertThat(g.nextActions()).isEmpty();
    }

    @Test
    void with_help_organised_the_teacher_keeps_logging_and_no_report_is_possible() {
        Guidance g = ENGINE.guide(Story.newCase().helpOrganised().caseFile());
        assertThat(obligationClauses(g)).containsExactly("SP-5.5");
        assertThat(next(g, ActionType.REPORT)).isNull();
        assertThat(next(g, ActionType.DECISION)).isNull();
        assertThat(next(g, ActionType.LOG_ENTRY).roles()).contains(Role.TEACHER);
    }

    @Test
    void a_logged_deterioration_after_help_asks_for_a_new_weighing_and_then_a_decision() {
        Story story = Story.newCase().helpOrganised().given(Story::deterioration);
        assertThat(obligationClauses(ENGINE.guide(story.caseFile()))).containsExactly("SP-5.5");
        story.given(at -> weighing(at, SuspicionLevel.VERY_STRONG, false, true));
        Guidance g = ENGINE.guide(story.caseFile());
        assertThat(obligationClauses(g)).containsExactly("SP-5.1");
        assertThat(next(g, ActionType.DECISION).roles()).containsExactly(Role.INTERN_BEGELEIDER, Role.DIRECTOR);
    }

    @Test
    void a_weighing_in_doubt_owes_a_consultation_of_veilig_thuis_before_the_decision() {
        Guidance g = ENGINE.guide(
                Story.newCase().weighed(SuspicionLevel.DOUBTFUL, false).caseFile());
        assertThat(obligationClauses(g)).containsExactly("SP-6.1", "SP-5.1");
        assertThat(next(g, ActionType.DECISION)).isNull();
        assertThat(next(g, ActionType.ADVICE).roles())
                .containsExactly(Role.TEACHER, Role.INTERN_BEGELEIDER, Role.DIRECTOR);
    }

    @Test
    void a_weighing_not_yet_discussed_owes_the_discussion_with_management() {
        Guidance g = ENGINE.guide(Story.newCase()
                .parentsTalkedTo()
                .given(at -> weighing(at, SuspicionLevel.PRESENT, false, false))
                .caseFile());
        assertThat(g.currentStep().number()).isEqualTo(5);
        assertThat(obligationClauses(g)).containsExactly("SP-4.2");
    }

    @Test
    void when_the_parents_conversation_removed_the_suspicion_the_case_is_to_be_closed() {
        Guidance g = ENGINE.guide(Story.newCase()
                .consulted()
                .given(at -> parentsConversation(at, IB, true))
                .caseFile());
        assertThat(obligationClauses(g)).containsExactly("SP-3.7");
        assertThat(next(g, ActionType.RISK_ASSESSMENT)).isNull();
        assertThat(next(g, ActionType.CLOSURE).roles()).containsExactly(Role.INTERN_BEGELEIDER, Role.DIRECTOR);
    }

    @Test
    void after_a_decision_to_report_the_report_is_owed_and_only_the_ib_may_make_it() {
        Guidance g = ENGINE.guide(Story.newCase().decidedToReport().caseFile());
        assertThat(obligationClauses(g)).containsExactly("SP-5.2");
        assertThat(next(g, ActionType.REPORT).roles()).containsExactly(Role.INTERN_BEGELEIDER);
    }
}
