package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import org.junit.jupiter.api.Test;
import org.meldcode.model.Closure;
import org.meldcode.rules.Story;

/** SP-0.4: a case closes only at one of the plan's two ends. */
class ClosingCaseBeforePlanEndsTest {

    @Test
    void closing_after_help_was_organised_is_refused_because_the_watch_goes_on() {
        Story story = Story.newCase().helpOrganised();
        assertThat(story.when(at -> new Closure(at, IB, "Help started.")).clauseIds())
                .containsExactly("SP-0.4");
    }

    @Test
    void closing_a_fresh_case_is_refused() {
        Story story = Story.newCase().ibInformed();
        assertThat(story.when(at -> new Closure(at, DIRECTOR, "Nothing wrong.")).clauseIds())
                .containsExactly("SP-0.4");
    }

    @Test
    void closing_after_the_parents_conversation_removed_the_suspicion_is_permitted() {
        Story story = Story.newCase().consulted().given(at -> parentsConversation(at, IB, true));
        assertThat(story.when(at -> new Closure(at, IB, "Suspicion removed.")).permitted())
                .isTrue();
    }

    @Test
    void closing_after_the_report_and_the_parents_conversation_is_permitted() {
        Story story = Story.newCase().parentsToldOfReport();
        assertThat(story.when(at -> new Closure(at, DIRECTOR, "Handed to Veilig Thuis."))
                        .permitted())
                .isTrue();
    }
}
