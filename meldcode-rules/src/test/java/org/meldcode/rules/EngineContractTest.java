package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meldcode.rules.Story.*;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.Result;
import org.meldcode.engine.Ruling;
import org.meldcode.model.Case;
import org.meldcode.model.IbNotification;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Report;

/** What every host may rely on: apply appends only on permission, nothing is changed in place. */
class EngineContractTest {

    @Test
    void a_refused_action_leaves_the_case_exactly_as_it_was() {
        // GIVEN a case where a report has not been decided
        Story story = Story.newCase().consulted();
        Case before = story.caseFile();
        // WHEN the IB tries to report
        Result result = ENGINE.apply(before, new Report(story.next(), IB, true, false));
        // THEN the ruling says why, and the case is the same instance, unchanged
        assertThat(result.permitted()).isFalse();
        assertThat(result.ruling().findings()).isNotEmpty();
        assertThat(result.caseFile()).isSameAs(before);
        assertThat(before.size()).isEqualTo(story.caseFile().size());
    }

    @Test
    void a_permitted_action_is_appended_as_the_next_event_and_the_old_case_is_untouched() {
        Case empty = Case.open("case-9", "pupil-9", ProtocolRef.STAPPENPLAN_2021);
        Result result = ENGINE.apply(empty, signal(Instant.parse("2026-09-07T08:00:00Z"), TEACHER));
        assertThat(result.permitted()).isTrue();
        assertThat(result.caseFile().events()).hasSize(1);
        assertThat(result.caseFile().events().get(0).sequence()).isEqualTo(1);
        assertThat(empty.events()).isEmpty();
    }

    @Test
    void evaluating_the_same_action_twice_gives_the_same_ruling() {
        Story story = Story.newCase().decidedToReport();
        Report anonymous = new Report(story.next(), TEACHER, true, true);
        Ruling first = ENGINE.evaluate(story.caseFile(), anonymous);
        Ruling second = ENGINE.evaluate(story.caseFile(), anonymous);
        assertThat(second).isEqualTo(first);
        assertThat(first.clauseIds()).containsExactly("SP-0.2", "SP-5.3", "SP-5.6");
    }

    @Test
    void an_action_dated_before_the_last_event_is_rejected_with_a_message_naming_the_field() {
        Story story = Story.newCase().ibInformed();
        IbNotification early = new IbNotification(Instant.parse("2020-01-01T00:00:00Z"), TEACHER);
        assertThatThrownBy(() -> ENGINE.evaluate(story.caseFile(), early))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("IB_NOTIFICATION.at")
                .hasMessageContaining("before the case's last event");
    }

    @Test
    void a_clock_past_the_year_9999_is_rejected_in_words_instead_of_overflowing_in_the_rules() {
        // GIVEN a case whose step deadlines are checked against the clock
        Case c = Story.newCase().ibInformed().caseFile();
        // WHEN the clock is the last moment Java can hold
        // THEN the engine says what a clock must be, as it does for every moment in a case
        assertThatThrownBy(() -> ENGINE.guide(c, Instant.MAX))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("now must lie between the years 1900 and 9999, was " + Instant.MAX);
        assertThat(ENGINE.guide(c, Instant.parse("9999-12-31T23:59:59Z")).closed())
                .isFalse();
    }

    @Test
    void a_case_under_an_unknown_protocol_is_rejected_with_the_known_ones_named() {
        Case unknown = Case.open("case-1", "pupil-1", new ProtocolRef("elsewhere", "1"));
        assertThatThrownBy(() -> ENGINE.guide(unknown))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("elsewhere@1")
                .hasMessageContaining("stappenplan@2021-09");
    }

    @Test
    void every_finding_explains_itself_in_both_languages_without_unfilled_placeholders() {
        Story story = Story.newCase().decidedToReport();
        Ruling ruling = ENGINE.evaluate(story.caseFile(), new Report(story.next(), TEACHER, true, true));
        assertThat(ruling.findings()).allSatisfy(f -> {
            assertThat(f.explanation().dutch()).isNotBlank().doesNotContainPattern("\\{\\d+}");
            assertThat(f.explanation().english()).isNotBlank().doesNotContainPattern("\\{\\d+}");
            assertThat(f.clause().text().dutch()).isNotEqualTo(f.clause().text().english());
        });
    }
}
