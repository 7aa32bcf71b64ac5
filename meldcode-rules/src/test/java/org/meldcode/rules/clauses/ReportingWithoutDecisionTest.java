package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.Finding;
import org.meldcode.engine.Ruling;
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
        assertThat(story.when(at -> new Report(at, IB, true, false)).clauseIds())
                .containsExactly("SP-5.1");
    }

    @Test
    void a_report_after_a_decision_to_organise_help_is_refused_under_sp_5_5_with_a_remedy_that_moves_the_case() {
        Story story = Story.newCase().helpOrganised();
        Ruling ruling = story.when(at -> new Report(at, IB, true, false));
        // not "decide to report first" (SP-5.1): that decision is refused too (SP-5.5)
        assertThat(ruling.clauseIds()).containsExactly("SP-5.5");
        Finding finding = ruling.findings().get(0);
        assertThat(finding.remedy().english())
                .contains("Log the deterioration and weigh again")
                .contains("ask Veilig Thuis for advice")
                .contains("acute danger");
        assertThat(finding.remedy().dutch()).contains("weeg opnieuw").contains("Veilig Thuis om advies");
    }

    @Test
    void a_decision_taken_by_the_ib_without_a_director_is_refused() {
        Story story = Story.newCase().weighed(SuspicionLevel.CONFIRMED, false);
        var ruling = story.when(at -> new Decision(
                at,
                IB,
                Set.of(IB),
                DecisionKind.REPORT,
                true,
                false,
                false,
                false,
                "Confirmed by the pupil's own account."));
        assertThat(ruling.clauseIds()).containsExactly("SP-5.1");
    }

    @Test
    void a_report_after_a_decision_to_report_is_permitted() {
        Story story = Story.newCase().decidedToReport();
        assertThat(story.when(at -> new Report(at, IB, true, false)).permitted())
                .isTrue();
    }
}
