package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.IB;
import static org.meldcode.rules.Story.TEACHER;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.Finding;
import org.meldcode.engine.Ruling;
import org.meldcode.model.Closure;
import org.meldcode.model.Decision;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.Report;
import org.meldcode.protocol.Message;
import org.meldcode.rules.facts.Dates;

/**
 * A refusal's cause says what in this attempt was wrong (the field, who was present, the earlier
 * event and its date), not the rule again: the clause's own text already states the rule.
 */
class CausesNameTheAttemptTest {

    @Test
    void a_report_marked_anonymous_is_told_that_this_report_was_marked_anonymous() {
        // GIVEN a case where the IB and director decided to report
        Story story = Story.newCase().decidedToReport();

        // WHEN the IB reports asking Veilig Thuis to keep the school's name from the family
        Finding f = only(story.when(at -> new Report(at, IB, true, true)), "refusal.anonymous-report");

        // THEN the cause is about this report, in both languages
        assertThat(f.explanation().dutch()).startsWith("Deze melding is als anoniem gemarkeerd");
        assertThat(f.explanation().english()).startsWith("This report was marked anonymous");
        assertThat(f.explanation().dutch()).isNotEqualTo(f.clause().text(Message.DUTCH));
    }

    @Test
    void a_new_decision_after_a_decision_to_report_names_the_day_of_that_decision() {
        // GIVEN a case where the IB and director decided to report
        Story story = Story.newCase().decidedToReport();
        Decision earlier = (Decision) story.caseFile().events().stream()
                .filter(e -> e.action() instanceof Decision)
                .reduce((a, b) -> b)
                .orElseThrow()
                .action();
        LocalDate day = Dates.day(earlier.at());

        // WHEN they decide again, to organise help
        Ruling ruling = story.when(at -> new Decision(
                at, IB, Set.of(IB, Story.DIRECTOR), DecisionKind.ORGANISE_HELP, true, true, true, true, "Synthetic."));

        // THEN the cause names the day of the earlier decision
        Finding f = only(ruling, "refusal.decision-after-report-decision");
        assertThat(f.explanation().args()).containsExactly(day);
        assertThat(f.explanation().english()).startsWith("On " + day + " it was already decided to report");
    }

    @Test
    void a_report_after_help_was_organised_names_the_day_help_was_chosen() {
        // GIVEN a case where help was organised instead of a report
        Story story = Story.newCase().helpOrganised();

        // WHEN the IB reports anyway
        Finding f = only(story.when(at -> new Report(at, IB, true, false)), "refusal.report-while-help-organised");

        // THEN the cause says when help was chosen
        assertThat(f.explanation().dutch()).startsWith("Op ").contains("is besloten hulp te organiseren");
        assertThat(f.explanation().args()).singleElement().isInstanceOf(LocalDate.class);
    }

    @Test
    void anything_proposed_in_a_closed_case_names_the_day_it_was_closed() {
        // GIVEN a case closed after the conversation took the suspicion away
        Story story = Story.newCase()
                .consulted()
                .given(at -> Story.parentsConversation(at, IB, true))
                .given(at -> new Closure(at, IB, "Synthetic: the suspicion was taken away."));
        LocalDate closedOn = Dates.day(story.caseFile().lastEventAt().orElseThrow());

        // WHEN a teacher logs a signal
        Finding f = only(story.when(at -> Story.signal(at, TEACHER)), "refusal.closed");

        // THEN the cause names the day of the closure
        assertThat(f.explanation().dutch())
                .isEqualTo(
                        "Deze casus is op " + closedOn + " afgesloten; " + "er kan niets meer aan worden toegevoegd.");
    }

    @Test
    void a_report_by_a_teacher_names_who_made_it() {
        // GIVEN a case where the IB and director decided to report
        Story story = Story.newCase().decidedToReport();

        // WHEN a teacher reports
        Finding f = only(story.when(at -> new Report(at, TEACHER, true, false)), "refusal.report-not-by-ib");

        // THEN the cause says this report is made by the teacher
        assertThat(f.explanation().dutch()).startsWith("Deze melding wordt gedaan door de leerkracht");
    }

    private static Finding only(Ruling ruling, String key) {
        return ruling.findings().stream()
                .filter(f -> f.explanation().key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " in " + ruling.findings()));
    }
}
