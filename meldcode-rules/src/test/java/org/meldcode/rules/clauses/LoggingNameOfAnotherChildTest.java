package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.KnownNames;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.model.LogEntry;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.rules.MeldcodeRules;
import org.meldcode.rules.Story;

/** SP-1.3: no names of other children or parents who voiced concerns. */
class LoggingNameOfAnotherChildTest {

    private static final MeldcodeEngine ENGINE = MeldcodeRules.builder()
            .knownNames(KnownNames.of(List.of("Zoë Testkind", "Bram")))
            .build();

    private static LogEntry entry(java.time.Instant at, String text) {
        return new LogEntry(at, TEACHER, LocalDate.of(2026, 9, 7), Signal.STATEMENT, Source.OTHER_CHILD, text, false);
    }

    @Test
    void an_entry_naming_a_known_child_is_refused_without_repeating_the_name() {
        Story story = Story.newCase(ENGINE);
        var ruling = story.when(at -> entry(at, "zoe testkind said the pupil is hit at home."));
        assertThat(ruling.clauseIds()).containsExactly("SP-1.3");
        assertThat(ruling.findings().get(0).explanation().dutch()).doesNotContainIgnoringCase("testkind");
        assertThat(ruling.findings().get(0).explanation().english()).doesNotContainIgnoringCase("testkind");
    }

    @Test
    void an_entry_that_describes_the_source_as_another_child_is_permitted() {
        Story story = Story.newCase(ENGINE);
        // "Brammetje" is not the known name "Bram": names match whole words only.
        var ruling = story.when(at -> entry(at, "Another child said the pupil is hit at home; Brammetje is a toy."));
        assertThat(ruling.permitted()).isTrue();
    }
}
