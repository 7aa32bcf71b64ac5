package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import org.junit.jupiter.api.Test;
import org.meldcode.engine.Ruling;
import org.meldcode.rules.Story;

/** SP-1.1: the teacher informs the IB at once; step 2 and later wait for it. */
class ConsultingBeforeIbIsInformedTest {

    @Test
    void a_consultation_before_the_ib_is_informed_is_refused() {
        Story story = Story.newCase().signalLogged();
        Ruling ruling = story.when(at -> consultation(at, true));
        assertThat(ruling.clauseIds()).containsExactly("SP-1.1");
        assertThat(ruling.findings().get(0).explanation().dutch())
                .isEqualTo("De intern begeleider is nog niet geïnformeerd; dat gaat voor collegiale consultatie.");
    }

    @Test
    void a_consultation_after_the_ib_is_informed_is_permitted() {
        Story story = Story.newCase().ibInformed();
        assertThat(story.when(at -> consultation(at, true)).permitted()).isTrue();
    }

    @Test
    void logging_a_signal_before_the_ib_is_informed_is_permitted() {
        assertThat(Story.newCase().when(at -> signal(at, TEACHER)).permitted()).isTrue();
    }
}
