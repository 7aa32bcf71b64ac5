package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import org.junit.jupiter.api.Test;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.rules.Story;

/** SP-6.1: in doubt about severity or safety, Veilig Thuis is consulted at once. */
class DecidingInDoubtWithoutAdviceTest {

    @Test
    void deciding_after_a_weighing_in_doubt_without_consulting_veilig_thuis_is_refused() {
        Story story = Story.newCase().weighed(SuspicionLevel.DOUBTFUL, false);
        assertThat(story.when(at -> decision(at, DecisionKind.REPORT, false, false))
                        .clauseIds())
                .containsExactly("SP-6.1");
    }

    @Test
    void deciding_after_a_weighing_in_doubt_and_anonymous_advice_is_permitted() {
        Story story = Story.newCase().weighed(SuspicionLevel.DOUBTFUL, false).given(at -> advice(at, IB, true));
        assertThat(story.when(at -> decision(at, DecisionKind.REPORT, false, false))
                        .permitted())
                .isTrue();
    }
}
