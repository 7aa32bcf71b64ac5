package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import org.junit.jupiter.api.Test;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.Report;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.rules.Story;

/** SP-5.5: with help organised the teacher keeps logging; a deterioration weighed again allows a report. */
class DeteriorationAfterHelpWasOrganisedTest {

    @Test
    void deciding_to_report_after_help_without_a_logged_deterioration_is_refused() {
        Story story =
                Story.newCase().helpOrganised().given(at -> weighing(at, SuspicionLevel.VERY_STRONG, false, true));
        assertThat(story.when(at -> decision(at, DecisionKind.REPORT, false, false))
                        .clauseIds())
                .containsExactly("SP-5.5");
    }

    @Test
    void deciding_again_after_a_deterioration_that_was_not_weighed_again_is_refused() {
        Story story = Story.newCase().helpOrganised().given(Story::deterioration);
        assertThat(story.when(at -> decision(at, DecisionKind.REPORT, false, false))
                        .clauseIds())
                .containsExactly("SP-5.5");
    }

    @Test
    void reporting_after_a_deterioration_and_a_new_weighing_is_permitted_even_with_help_accepted() {
        Story story = Story.newCase()
                .helpOrganised()
                .given(Story::deterioration)
                .given(at -> weighing(at, SuspicionLevel.VERY_STRONG, false, true))
                .given(at -> decision(at, DecisionKind.REPORT, true, true));
        assertThat(story.when(at -> new Report(at, IB, true, false)).permitted())
                .isTrue();
    }

    @Test
    void
            deciding_to_report_after_help_when_a_new_weighing_finds_acute_unsafety_is_permitted_without_a_logged_deterioration() {
        Story story = Story.newCase().helpOrganised().given(at -> weighing(at, SuspicionLevel.CONFIRMED, true, true));
        assertThat(story.when(at -> decision(at, DecisionKind.REPORT, true, true))
                        .permitted())
                .isTrue();
    }
}
