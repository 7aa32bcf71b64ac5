package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.meldcode.model.LogEntry;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.rules.Story;

/** SP-1.2: a dated logbook of facts: what was observed, not what is expected. */
class LoggingObservationDatedInFutureTest {

    @Test
    void an_entry_dated_after_the_day_it_is_written_is_refused() {
        Story story = Story.newCase();
        var ruling = story.when(at -> new LogEntry(
                at,
                TEACHER,
                LocalDate.of(2026, 9, 8),
                Signal.OTHER,
                Source.OWN_OBSERVATION,
                "Will probably be absent again tomorrow.",
                false));
        assertThat(ruling.clauseIds()).containsExactly("SP-1.2");
        assertThat(ruling.findings().get(0).explanation().english()).contains("2026-09-08");
    }

    @Test
    void an_entry_about_an_earlier_day_is_permitted() {
        Story story = Story.newCase();
        var ruling = story.when(at -> new LogEntry(
                at,
                TEACHER,
                LocalDate.of(2026, 9, 1),
                Signal.STATEMENT,
                Source.PUPIL,
                "Said: 'I am not allowed to eat when I am bad.'",
                false));
        assertThat(ruling.permitted()).isTrue();
    }
}
