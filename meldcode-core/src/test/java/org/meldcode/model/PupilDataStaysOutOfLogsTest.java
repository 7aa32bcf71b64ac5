package org.meldcode.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.model.Fixtures.DAY;
import static org.meldcode.model.Fixtures.DIRECTOR;
import static org.meldcode.model.Fixtures.IB;
import static org.meldcode.model.Fixtures.T0;
import static org.meldcode.model.Fixtures.TEACHER;
import static org.meldcode.model.Fixtures.ibNotification;
import static org.meldcode.model.Fixtures.minutes;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Free text in a case is pupil data. A record's {@code toString()} ends up in logs and stack traces,
 * so it shows the length of the text, never the text.
 */
class PupilDataStaysOutOfLogsTest {

    private static final String SECRET = "Zoë Testkind vertelde dat haar vader haar sloeg";
    private static final String MARKER = "<" + SECRET.length() + " chars>";

    @Test
    void a_log_entry_prints_the_length_of_its_text_but_not_the_text() {
        LogEntry entry = new LogEntry(T0, TEACHER, DAY, Signal.DISCLOSURE, Source.PUPIL, SECRET, true);

        assertThat(entry.toString())
                .doesNotContain(SECRET)
                .doesNotContain("Testkind")
                .contains("text=" + MARKER)
                .contains("DISCLOSURE");
    }

    @Test
    void a_conversation_skip_prints_the_length_of_its_reason_but_not_the_reason() {
        ConversationSkip skip = new ConversationSkip(T0, IB, Set.of(Threat.CHILD), SECRET);

        assertThat(skip.toString())
                .doesNotContain(SECRET)
                .doesNotContain("Testkind")
                .contains("reason=" + MARKER);
    }

    @Test
    void a_decision_prints_the_length_of_its_grounds_but_not_the_grounds() {
        Decision decision =
                new Decision(T0, IB, Set.of(IB, DIRECTOR), DecisionKind.REPORT, true, false, false, false, SECRET);

        assertThat(decision.toString())
                .doesNotContain(SECRET)
                .doesNotContain("Testkind")
                .contains("grounds=" + MARKER)
                .contains("REPORT");
    }

    @Test
    void a_closure_prints_the_length_of_its_reason_but_not_the_reason() {
        Closure closure = new Closure(T0, IB, SECRET);

        assertThat(closure.toString())
                .doesNotContain(SECRET)
                .doesNotContain("Testkind")
                .contains("reason=" + MARKER);
    }

    @Test
    void a_case_prints_its_id_and_event_count_but_not_the_contents_of_its_events() {
        // GIVEN a case whose events hold free text
        Case c = Fixtures.openCase()
                .append(ibNotification(T0))
                .append(new LogEntry(minutes(1), TEACHER, DAY, Signal.STATEMENT, Source.PUPIL, SECRET, false))
                .append(new ConversationSkip(minutes(2), IB, Set.of(Threat.CHILD), SECRET));

        // WHEN it is printed
        String printed = c.toString();

        // THEN none of the text, and not even the pupil reference, appears
        assertThat(printed)
                .doesNotContain(SECRET)
                .doesNotContain("Testkind")
                .doesNotContain(c.pupilRef())
                .contains("id=" + c.id())
                .contains("events=3");
    }

    @Test
    void an_event_prints_its_action_without_the_free_text() {
        Event event = new Event(
                1, "0".repeat(64), new LogEntry(T0, TEACHER, DAY, Signal.OTHER, Source.OWN_OBSERVATION, SECRET, false));

        assertThat(event.toString()).doesNotContain(SECRET).contains(MARKER);
    }
}
