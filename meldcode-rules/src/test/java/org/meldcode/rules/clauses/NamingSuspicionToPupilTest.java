package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.meldcode.model.LogEntry;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.rules.Story;

/** SP-3.3: the suspicion is not named to the pupil unless the pupil disclosed it before. */
class NamingSuspicionToPupilTest {

    @Test
    void naming_the_suspicion_to_a_pupil_who_told_nobody_is_refused() {
        Story story = Story.newCase().consulted().given(at -> readiness(at, true));
        assertThat(story.when(at -> pupilConversation(at, true)).clauseIds()).containsExactly("SP-3.3");
    }

    @Test
    void naming_the_suspicion_to_a_pupil_who_disclosed_it_before_is_permitted() {
        Story story = Story.newCase()
                .given(at -> new LogEntry(
                        at,
                        TEACHER,
                        LocalDate.of(2026, 9, 7),
                        Signal.DISCLOSURE,
                        Source.PUPIL,
                        "Told the teacher after class: 'Dad hits me when he is angry.'",
                        false))
                .consulted()
                .given(at -> readiness(at, true));
        assertThat(story.when(at -> pupilConversation(at, true)).permitted()).isTrue();
    }
}
