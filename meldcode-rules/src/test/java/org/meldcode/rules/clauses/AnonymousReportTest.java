package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import org.junit.jupiter.api.Test;
import org.meldcode.model.Report;
import org.meldcode.rules.Story;

/** SP-5.6: the school never reports anonymously. */
class AnonymousReportTest {

    @Test
    void an_anonymous_report_is_refused() {
        Story story = Story.newCase().decidedToReport();
        assertThat(story.when(at -> new Report(at, IB, true, true)).clauseIds()).containsExactly("SP-5.6");
    }

    @Test
    void a_named_report_is_permitted() {
        Story story = Story.newCase().decidedToReport();
        assertThat(story.when(at -> new Report(at, IB, true, false)).permitted())
                .isTrue();
    }
}
