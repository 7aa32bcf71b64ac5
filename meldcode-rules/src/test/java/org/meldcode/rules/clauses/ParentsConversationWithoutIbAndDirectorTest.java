package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meldcode.model.ParentsConversation;
import org.meldcode.model.Topic;
import org.meldcode.rules.Story;

/** SP-3.4: the IB and a director hold the conversation with the parents. */
class ParentsConversationWithoutIbAndDirectorTest {

    @Test
    void a_conversation_with_the_parents_by_the_ib_alone_is_refused() {
        Story story = Story.newCase().consulted();
        var ruling = story.when(at -> new ParentsConversation(at, IB, Set.of(IB), EnumSet.allOf(Topic.class), false));
        assertThat(ruling.clauseIds()).containsExactly("SP-3.4");
        assertThat(ruling.findings().get(0).explanation().dutch())
                .isEqualTo("Bij deze handeling ontbreekt: directielid.");
    }

    @Test
    void a_conversation_with_the_parents_by_the_ib_and_a_director_is_permitted() {
        Story story = Story.newCase().consulted();
        assertThat(story.when(at -> parentsConversation(at, DIRECTOR, false)).permitted())
                .isTrue();
    }
}
