package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import org.junit.jupiter.api.Test;
import org.meldcode.rules.Story;

/** SP-6.2: Veilig Thuis is consulted after consulting the IB; anonymously if need be. */
class AskingAdviceBeforeIbIsConsultedTest {

    @Test
    void the_teacher_asking_advice_before_the_ib_knows_is_refused() {
        Story story = Story.newCase().signalLogged();
        assertThat(story.when(at -> advice(at, TEACHER, true)).clauseIds()).containsExactly("SP-6.2");
    }

    @Test
    void the_teacher_asking_anonymous_advice_after_informing_the_ib_is_permitted() {
        Story story = Story.newCase().ibInformed();
        assertThat(story.when(at -> advice(at, TEACHER, true)).permitted()).isTrue();
    }

    @Test
    void the_ib_asking_advice_at_once_is_permitted() {
        Story story = Story.newCase().signalLogged();
        assertThat(story.when(at -> advice(at, IB, false)).permitted()).isTrue();
    }
}
