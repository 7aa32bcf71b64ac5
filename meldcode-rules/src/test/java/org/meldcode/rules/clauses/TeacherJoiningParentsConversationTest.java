package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meldcode.model.ParentsConversation;
import org.meldcode.model.Topic;
import org.meldcode.rules.Story;

/** SP-3.5: the teacher is not present at the conversation with the parents. */
class TeacherJoiningParentsConversationTest {

    @Test
    void the_teacher_joining_the_ib_and_the_director_is_refused() {
        Story story = Story.newCase().consulted();
        var ruling = story.when(at ->
                new ParentsConversation(at, IB, Set.of(IB, DIRECTOR, TEACHER), EnumSet.allOf(Topic.class), false));
        assertThat(ruling.clauseIds()).containsExactly("SP-3.5");
    }

    @Test
    void the_ib_and_the_director_without_the_teacher_is_permitted() {
        Story story = Story.newCase().consulted();
        assertThat(story.when(at -> parentsConversation(at, IB, false)).permitted())
                .isTrue();
    }
}
