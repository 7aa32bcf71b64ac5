package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meldcode.model.Decision;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.Report;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.rules.Story;

/** SP-5.1: the IB and management decide together; a report follows a decision to report. */
class ReportingWithoutDecisionTest {

    @Test
    void a_report_after_the_weighing_but_without_a_decision_is_refused() {
        Story story = Story.newCase().weighed(SuspicionLevel.CONFIRMED, false);
        assertThat(story.when(at -> new Report(at, IB, false)).clauseIds()).containsExactly("SP-5.1");
    }

    @Test
    void a_report_after_a_decision_to_organise_help_is_refused() {
        Story story = Story.newCase().helpOrganised();
        assertThat(story.when(at -> new Report(at, IB, false)).clauseIds()).containsExactly("SP-5.1");
    }

    @Test
    void a_decision_taken_by_the_ib_without_a_director_is_refused() {
        Story story = Story.newCase().weighed(SuspicionLevel.CONFIRMED, false);
        var ruling = story.when(at -> new Decision(
                at, IB, Set.of(IB), DecisionKind.REPORT, false, false, "Confirmed by the pupil's own account."));
        assertThat(ruling.clauseIds()).containsExactly("SP-5.1");
    }

    @Test
    void a_report_after_a_decision_to_report_is_permitted() {
        Story story = Story.newCase().decidedToReport();
        assertThat(story.when(at -> new Report(at, IB, false)).permitted()).isTrue();
    }
}
