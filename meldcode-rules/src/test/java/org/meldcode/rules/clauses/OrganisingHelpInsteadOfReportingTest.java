package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import org.junit.jupiter.api.Test;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.rules.Story;

/** SP-5.2: reporting is the rule; acute unsafety is always reported. */
class OrganisingHelpInsteadOfReportingTest {

    @Test
    void organising_help_when_the_parents_refuse_help_is_refused() {
        Story story = Story.newCase().weighed(SuspicionLevel.VERY_STRONG, false);
        assertThat(story.when(at -> decision(at, DecisionKind.ORGANISE_HELP, false, true))
                        .clauseIds())
                .containsExactly("SP-5.2");
    }

    @Test
    void organising_help_when_the_school_may_not_keep_contact_is_refused() {
        Story story = Story.newCase().weighed(SuspicionLevel.PRESENT, false);
        assertThat(story.when(at -> decision(at, DecisionKind.ORGANISE_HELP, true, false))
                        .clauseIds())
                .containsExactly("SP-5.2");
    }

    @Test
    void organising_help_despite_acute_unsafety_is_refused_even_when_the_parents_accept_help() {
        Story story = Story.newCase().weighed(SuspicionLevel.VERY_STRONG, true);
        assertThat(story.when(at -> decision(at, DecisionKind.ORGANISE_HELP, true, true))
                        .clauseIds())
                .containsExactly("SP-5.2");
    }

    @Test
    void deciding_again_after_a_decision_to_report_is_refused() {
        Story story = Story.newCase().decidedToReport();
        assertThat(story.when(at -> decision(at, DecisionKind.ORGANISE_HELP, true, true))
                        .clauseIds())
                .containsExactly("SP-5.2");
    }

    @Test
    void reporting_a_very_strong_suspicion_when_the_parents_refuse_help_is_permitted() {
        Story story = Story.newCase().weighed(SuspicionLevel.VERY_STRONG, false);
        assertThat(story.when(at -> decision(at, DecisionKind.REPORT, false, false))
                        .permitted())
                .isTrue();
    }

    @Test
    void reporting_acute_unsafety_when_the_parents_accept_help_is_permitted() {
        Story story = Story.newCase().weighed(SuspicionLevel.VERY_STRONG, true);
        assertThat(story.when(at -> decision(at, DecisionKind.REPORT, true, true))
                        .permitted())
                .isTrue();
    }
}
