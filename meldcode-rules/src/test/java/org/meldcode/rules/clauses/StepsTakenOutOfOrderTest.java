package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import org.junit.jupiter.api.Test;
import org.meldcode.engine.Ruling;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.rules.Story;

/** SP-0.1: the steps are taken in order; step 3 may be skipped, no other. */
class StepsTakenOutOfOrderTest {

    @Test
    void weighing_the_risk_before_any_conversation_or_skip_is_refused() {
        // GIVEN a case that was consulted on, but step 3 neither held nor skipped
        Story story = Story.newCase().consulted();
        // WHEN the teacher and IB weigh the risk
        Ruling ruling = story.when(at -> weighing(at, SuspicionLevel.VERY_STRONG, false, true));
        // THEN step order refuses it
        assertThat(ruling.clauseIds()).containsExactly("SP-0.1");
    }

    @Test
    void a_conversation_before_the_consultation_is_refused() {
        Story story = Story.newCase().ibInformed();
        Ruling ruling = story.when(at -> parentsConversation(at, IB, false));
        assertThat(ruling.clauseIds()).containsExactly("SP-0.1");
    }

    @Test
    void a_decision_before_the_weighing_is_refused() {
        Story story = Story.newCase().parentsTalkedTo();
        Ruling ruling = story.when(at -> decision(at, DecisionKind.REPORT, false, false));
        assertThat(ruling.clauseIds()).containsExactly("SP-0.1");
    }

    @Test
    void weighing_after_step_3_was_skipped_is_permitted() {
        Story story = Story.newCase().step3Skipped();
        Ruling ruling = story.when(at -> weighing(at, SuspicionLevel.VERY_STRONG, false, true));
        assertThat(ruling.permitted()).isTrue();
    }

    @Test
    void weighing_after_the_conversation_with_the_parents_is_permitted() {
        Story story = Story.newCase().parentsTalkedTo();
        assertThat(story.when(at -> weighing(at, SuspicionLevel.PRESENT, false, false))
                        .permitted())
                .isTrue();
    }
}
