package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import org.junit.jupiter.api.Test;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.rules.Story;

/** SP-5.4: no report when the parents accept help and the school may keep contact. */
class ReportingWhenParentsAcceptHelpTest {

    @Test
    void deciding_to_report_when_the_parents_accept_help_and_contact_is_allowed_is_refused() {
        Story story = Story.newCase().weighed(SuspicionLevel.VERY_STRONG, false);
        assertThat(story.when(at -> decision(at, DecisionKind.REPORT, true, true))
                        .clauseIds())
                .containsExactly("SP-5.4");
    }

    @Test
    void organising_help_when_the_parents_accept_it_and_contact_is_allowed_is_permitted() {
        Story story = Story.newCase().weighed(SuspicionLevel.VERY_STRONG, false);
        assertThat(story.when(at -> decision(at, DecisionKind.ORGANISE_HELP, true, true))
                        .permitted())
                .isTrue();
    }

    @Test
    void deciding_to_report_when_the_parents_accept_help_but_contact_is_not_allowed_is_permitted() {
        Story story = Story.newCase().weighed(SuspicionLevel.VERY_STRONG, false);
        assertThat(story.when(at -> decision(at, DecisionKind.REPORT, true, false))
                        .permitted())
                .isTrue();
    }
}
