package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import org.junit.jupiter.api.Test;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.rules.Story;

/** SP-4.2: the findings are discussed with management before any decision. */
class DecidingBeforeManagementHeardFindingsTest {

    @Test
    void deciding_on_a_weighing_not_discussed_with_management_is_refused() {
        Story story =
                Story.newCase().parentsTalkedTo().given(at -> weighing(at, SuspicionLevel.VERY_STRONG, false, false));
        assertThat(story.when(at -> decision(at, DecisionKind.REPORT, false, false))
                        .clauseIds())
                .containsExactly("SP-4.2");
    }

    @Test
    void deciding_on_a_weighing_discussed_with_management_is_permitted() {
        Story story = Story.newCase().weighed(SuspicionLevel.VERY_STRONG, false);
        assertThat(story.when(at -> decision(at, DecisionKind.REPORT, false, false))
                        .permitted())
                .isTrue();
    }
}
