package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import org.junit.jupiter.api.Test;
import org.meldcode.engine.Ruling;
import org.meldcode.model.Closure;
import org.meldcode.rules.Story;

/** SP-0.3: a closed case accepts nothing more. */
class ActionInClosedCaseTest {

    @Test
    void a_logbook_entry_after_the_case_was_closed_is_refused() {
        Story story = Story.newCase()
                .parentsToldOfReport()
                .given(at -> new Closure(at, IB, "Reported; parents told in person."));
        Ruling ruling = story.when(at -> signal(at, TEACHER));
        assertThat(ruling.clauseIds()).containsExactly("SP-0.3");
    }

    @Test
    void closing_a_closed_case_again_is_refused() {
        Story story = Story.newCase()
                .parentsToldOfReport()
                .given(at -> new Closure(at, IB, "Reported; parents told in person."));
        assertThat(story.when(at -> new Closure(at, DIRECTOR, "Again.")).clauseIds())
                .containsExactly("SP-0.3");
    }

    @Test
    void a_logbook_entry_in_an_open_case_is_permitted() {
        Story story = Story.newCase().parentsToldOfReport();
        assertThat(story.when(at -> signal(at, TEACHER)).permitted()).isTrue();
    }
}
