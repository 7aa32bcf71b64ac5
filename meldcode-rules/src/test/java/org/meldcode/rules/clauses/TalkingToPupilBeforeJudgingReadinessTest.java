package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meldcode.model.PupilReadinessCheck;
import org.meldcode.rules.Story;

/** SP-3.2: teacher and IB first judge whether the pupil can handle a conversation. */
class TalkingToPupilBeforeJudgingReadinessTest {

    @Test
    void a_conversation_with_the_pupil_without_a_judgement_is_refused() {
        Story story = Story.newCase().consulted();
        assertThat(story.when(at -> pupilConversation(at, false)).clauseIds()).containsExactly("SP-3.2");
    }

    @Test
    void a_conversation_with_the_pupil_after_the_latest_judgement_said_no_is_refused() {
        Story story =
                Story.newCase().consulted().given(at -> readiness(at, true)).given(at -> readiness(at, false));
        assertThat(story.when(at -> pupilConversation(at, false)).clauseIds()).containsExactly("SP-3.2");
    }

    @Test
    void a_judgement_by_the_ib_alone_is_refused() {
        Story story = Story.newCase().consulted();
        var ruling = story.when(at -> new PupilReadinessCheck(at, IB, Set.of(IB), true));
        assertThat(ruling.clauseIds()).containsExactly("SP-3.2");
        assertThat(ruling.findings().get(0).explanation().english()).isEqualTo("This action lacks: teacher.");
    }

    @Test
    void a_conversation_with_the_pupil_after_judging_the_pupil_ready_is_permitted() {
        Story story = Story.newCase().consulted().given(at -> readiness(at, true));
        assertThat(story.when(at -> pupilConversation(at, false)).permitted()).isTrue();
    }
}
