package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import org.junit.jupiter.api.Test;
import org.meldcode.model.Report;
import org.meldcode.rules.Story;

/** SP-5.3: the IB makes the contact with Veilig Thuis. */
class ReportMadeByDirectorInsteadOfIbTest {

    @Test
    void a_report_made_by_the_director_is_refused() {
        Story story = Story.newCase().decidedToReport();
        var ruling = story.when(at -> new Report(at, DIRECTOR, true, false));
        assertThat(ruling.clauseIds()).containsExactly("SP-5.3");
        assertThat(ruling.findings().get(0).explanation().english())
                .isEqualTo("This report is made by the director; the contact with Veilig Thuis is for the IB.");
    }

    @Test
    void a_report_made_by_the_teacher_is_refused_twice_over() {
        Story story = Story.newCase().decidedToReport();
        assertThat(story.when(at -> new Report(at, TEACHER, true, false)).clauseIds())
                .containsExactly("SP-0.2", "SP-5.3");
    }

    @Test
    void a_report_made_by_the_ib_is_permitted() {
        Story story = Story.newCase().decidedToReport();
        assertThat(story.when(at -> new Report(at, IB, true, false)).permitted())
                .isTrue();
    }
}
