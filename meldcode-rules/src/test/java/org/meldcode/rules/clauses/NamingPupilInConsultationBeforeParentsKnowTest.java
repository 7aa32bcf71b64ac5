package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import org.junit.jupiter.api.Test;
import org.meldcode.rules.Story;

/** SP-2.2: while the parents do not know of the concerns, the pupil is discussed anonymously. */
class NamingPupilInConsultationBeforeParentsKnowTest {

    @Test
    void a_named_consultation_before_the_parents_know_is_refused() {
        Story story = Story.newCase().ibInformed();
        assertThat(story.when(at -> consultation(at, false)).clauseIds()).containsExactly("SP-2.2");
    }

    @Test
    void an_anonymous_consultation_before_the_parents_know_is_permitted() {
        Story story = Story.newCase().ibInformed();
        assertThat(story.when(at -> consultation(at, true)).permitted()).isTrue();
    }

    @Test
    void a_named_consultation_after_the_conversation_with_the_parents_is_permitted() {
        Story story = Story.newCase().parentsTalkedTo();
        assertThat(story.when(at -> consultation(at, false)).permitted()).isTrue();
    }
}
