package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meldcode.model.ConversationSkip;
import org.meldcode.model.Threat;
import org.meldcode.rules.Story;

/** SP-3.1: step 3 is skipped, with the reason, when a conversation would endanger the pupil. */
class ConversationAfterStep3WasSkippedTest {

    @Test
    void a_conversation_with_the_parents_after_step_3_was_skipped_is_refused() {
        Story story = Story.newCase().step3Skipped();
        assertThat(story.when(at -> parentsConversation(at, IB, false)).clauseIds())
                .containsExactly("SP-3.1");
    }

    @Test
    void judging_the_pupil_ready_after_step_3_was_skipped_is_refused() {
        Story story = Story.newCase().step3Skipped();
        assertThat(story.when(at -> readiness(at, true)).clauseIds()).containsExactly("SP-3.1");
    }

    @Test
    void skipping_step_3_with_a_reason_after_the_consultation_is_permitted() {
        Story story = Story.newCase().consulted();
        assertThat(story.when(at -> new ConversationSkip(
                                at, DIRECTOR, Set.of(Threat.CHILD), "Mother fears violence if the school calls."))
                        .permitted())
                .isTrue();
    }
}
