package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import org.junit.jupiter.api.Test;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.rules.Story;

/** SP-3.7: once the conversation with the parents removed the suspicion, steps 4 and 5 are not taken. */
class WeighingAfterSuspicionWasRemovedTest {

    @Test
    void weighing_the_risk_after_the_suspicion_was_removed_is_refused() {
        Story story = Story.newCase().consulted().given(at -> parentsConversation(at, IB, true));
        assertThat(story.when(at -> weighing(at, SuspicionLevel.PRESENT, false, true))
                        .clauseIds())
                .containsExactly("SP-3.7");
    }

    @Test
    void weighing_the_risk_when_the_suspicion_remains_is_permitted() {
        Story story = Story.newCase().consulted().given(at -> parentsConversation(at, IB, false));
        assertThat(story.when(at -> weighing(at, SuspicionLevel.PRESENT, false, true))
                        .permitted())
                .isTrue();
    }

    @Test
    void a_conversation_that_removes_the_suspicion_after_the_weighing_is_refused() {
        Story story = Story.newCase().reported();
        assertThat(story.when(at -> parentsConversation(at, IB, true)).clauseIds())
                .containsExactly("SP-3.7");
        // and the parents can still be told of the report
        assertThat(story.when(at -> reportConversation(at, java.util.Set.of(IB, DIRECTOR), true))
                        .permitted())
                .isTrue();
    }
}
