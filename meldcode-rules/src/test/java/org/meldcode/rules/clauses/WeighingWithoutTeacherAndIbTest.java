package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meldcode.model.RiskAssessment;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.rules.Story;

/** SP-4.1: the teacher and the IB weigh the risk together. */
class WeighingWithoutTeacherAndIbTest {

    @Test
    void a_weighing_by_the_ib_and_the_director_without_the_teacher_is_refused() {
        Story story = Story.newCase().parentsTalkedTo();
        var ruling = story.when(at -> new RiskAssessment(
                at,
                IB,
                Set.of(IB, DIRECTOR),
                SuspicionLevel.VERY_STRONG,
                false,
                true,
                true,
                "Weighed on what steps 1 to 3 brought."));
        assertThat(ruling.clauseIds()).containsExactly("SP-4.1");
    }

    @Test
    void a_weighing_by_the_teacher_and_the_ib_is_permitted() {
        Story story = Story.newCase().parentsTalkedTo();
        assertThat(story.when(at -> weighing(at, SuspicionLevel.VERY_STRONG, false, false))
                        .permitted())
                .isTrue();
    }
}
