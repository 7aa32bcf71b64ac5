package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meldcode.model.ParentsConversation;
import org.meldcode.model.Topic;
import org.meldcode.rules.Story;

/** SP-3.6: the conversation with the parents covers all five points. */
class ParentsConversationMissingPointsTest {

    @Test
    void a_conversation_without_follow_up_agreements_is_refused_and_names_the_missing_point() {
        Story story = Story.newCase().consulted();
        var ruling = story.when(at -> new ParentsConversation(
                at, IB, Set.of(IB, DIRECTOR), EnumSet.complementOf(EnumSet.of(Topic.FOLLOW_UP)), false));
        assertThat(ruling.clauseIds()).containsExactly("SP-3.6");
        assertThat(ruling.findings().get(0).explanation().english())
                .isEqualTo("This conversation with the parents still lacks: follow-up agreements.");
    }

    @Test
    void a_conversation_covering_all_five_points_is_permitted() {
        Story story = Story.newCase().consulted();
        assertThat(story.when(at -> parentsConversation(at, IB, false)).permitted())
                .isTrue();
    }
}
