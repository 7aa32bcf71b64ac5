package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meldcode.model.Closure;
import org.meldcode.rules.Story;

/** SP-5.7: the IB and a director tell the parents of the report in person; until then the case stays open. */
class TellingParentsOfReportTest {

    @Test
    void telling_the_parents_by_phone_is_refused() {
        Story story = Story.newCase().reported();
        assertThat(story.when(at -> reportConversation(at, Set.of(IB, DIRECTOR), false))
                        .clauseIds())
                .containsExactly("SP-5.7");
    }

    @Test
    void telling_the_parents_without_a_director_is_refused() {
        Story story = Story.newCase().reported();
        assertThat(story.when(at -> reportConversation(at, Set.of(IB), true)).clauseIds())
                .containsExactly("SP-5.7");
    }

    @Test
    void telling_the_parents_of_a_report_not_yet_made_is_refused() {
        Story story = Story.newCase().decidedToReport();
        assertThat(story.when(at -> reportConversation(at, Set.of(IB, DIRECTOR), true))
                        .clauseIds())
                .containsExactly("SP-5.7");
    }

    @Test
    void closing_the_case_before_the_parents_were_told_is_refused() {
        Story story = Story.newCase().reported();
        assertThat(story.when(at -> new Closure(at, IB, "Reported.")).clauseIds())
                .containsExactly("SP-5.7");
    }

    @Test
    void telling_the_parents_in_person_by_the_ib_and_a_director_is_permitted() {
        Story story = Story.newCase().reported();
        assertThat(story.when(at -> reportConversation(at, Set.of(IB, DIRECTOR), true))
                        .permitted())
                .isTrue();
    }
}
