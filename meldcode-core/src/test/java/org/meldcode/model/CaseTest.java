package org.meldcode.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meldcode.model.Fixtures.T0;
import static org.meldcode.model.Fixtures.ibNotification;
import static org.meldcode.model.Fixtures.logEntry;
import static org.meldcode.model.Fixtures.minutes;
import static org.meldcode.model.Fixtures.openCase;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseTest {

    /** A well-formed hash for events built by hand; these tests do not look at the chain. */
    private static final String ANY_HASH = "0".repeat(64);

    private static final String ID = "case-2024-001";
    private static final String PUPIL = "pupil-7f3a";

    private static Case caseWith(List<Event> events) {
        return new Case(ID, PUPIL, ProtocolRef.STAPPENPLAN_2021, events);
    }

    // --- Construction ---------------------------------------------------------------------------

    @Test
    void an_opened_case_has_no_events() {
        Case opened = openCase();

        assertThat(opened.events()).isEmpty();
        assertThat(opened.size()).isZero();
        assertThat(opened.lastEventAt()).isEmpty();
        assertThat(opened.protocol()).isEqualTo(ProtocolRef.STAPPENPLAN_2021);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void a_case_rejects_a_blank_id(String blank) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Case.open(blank, PUPIL, ProtocolRef.STAPPENPLAN_2021))
                .withMessage("Case.id must not be blank");
    }

    @Test
    void a_case_requires_an_id_a_pupil_reference_a_protocol_and_events() {
        assertThatNullPointerException()
                .isThrownBy(() -> Case.open(null, PUPIL, ProtocolRef.STAPPENPLAN_2021))
                .withMessage("Case.id is required");
        assertThatNullPointerException()
                .isThrownBy(() -> Case.open(ID, null, ProtocolRef.STAPPENPLAN_2021))
                .withMessage("Case.pupilRef is required");
        assertThatNullPointerException()
                .isThrownBy(() -> Case.open(ID, PUPIL, null))
                .withMessage("Case.protocol is required");
        assertThatNullPointerException()
                .isThrownBy(() -> new Case(ID, PUPIL, ProtocolRef.STAPPENPLAN_2021, null))
                .withMessage("Case.events is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/b", "..", "/etc/passwd", "a\\b", "case 1", "case%2F1"})
    void a_case_rejects_an_id_with_path_characters_spaces_or_too_many_characters(String id) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Case.open(id, PUPIL, ProtocolRef.STAPPENPLAN_2021))
                .withMessageStartingWith("Case.id must be 1 to 100");
    }

    @Test
    void a_case_rejects_an_id_over_100_characters() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Case.open("c".repeat(101), PUPIL, ProtocolRef.STAPPENPLAN_2021))
                .withMessageStartingWith("Case.id must be 1 to 100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë Testkind", "../pupil", "pupil/1"})
    void a_case_rejects_a_pupil_reference_that_is_not_an_opaque_identifier(String ref) {
        // A name such as "Zoë Testkind" is not an opaque reference: spaces and diacritics are refused.
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Case.open(ID, ref, ProtocolRef.STAPPENPLAN_2021))
                .withMessageStartingWith("Case.pupilRef must be 1 to 100");
    }

    @Test
    void a_case_rejects_events_whose_sequence_numbers_have_a_gap() {
        // GIVEN events numbered 1 and 3
        List<Event> events =
                List.of(new Event(1, ANY_HASH, ibNotification(T0)), new Event(3, ANY_HASH, logEntry(minutes(1))));

        // WHEN / THEN the second event is named, with what was expected
        assertThatIllegalArgumentException()
                .isThrownBy(() -> caseWith(events))
                .withMessage("Case.events[1].sequence must be 2, was 3");
    }

    @Test
    void a_case_rejects_events_that_do_not_start_at_one() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> caseWith(List.of(new Event(2, ANY_HASH, ibNotification(T0)))))
                .withMessage("Case.events[0].sequence must be 1, was 2");
    }

    @Test
    void a_case_rejects_events_with_a_repeated_sequence_number() {
        List<Event> events =
                List.of(new Event(1, ANY_HASH, ibNotification(T0)), new Event(1, ANY_HASH, logEntry(minutes(1))));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> caseWith(events))
                .withMessage("Case.events[1].sequence must be 2, was 1");
    }

    @Test
    void a_case_rejects_events_whose_timestamps_go_backwards() {
        // GIVEN a second event that happened before the first
        List<Event> events = List.of(
                new Event(1, ANY_HASH, ibNotification(minutes(10))), new Event(2, ANY_HASH, logEntry(minutes(5))));

        // WHEN / THEN
        assertThatIllegalArgumentException()
                .isThrownBy(() -> caseWith(events))
                .withMessageStartingWith("Case.events[1].at")
                .withMessageContaining("is before the previous event");
    }

    @Test
    void a_case_accepts_events_with_equal_timestamps() {
        Case c = caseWith(List.of(new Event(1, ANY_HASH, ibNotification(T0)), new Event(2, ANY_HASH, logEntry(T0))));

        assertThat(c.size()).isEqualTo(2);
        assertThat(c.lastEventAt()).contains(T0);
    }

    @Test
    void a_case_copies_its_events_so_the_callers_list_cannot_change_it() {
        // GIVEN a mutable list of events
        List<Event> events = new ArrayList<>(List.of(new Event(1, ANY_HASH, ibNotification(T0))));
        Case c = caseWith(events);

        // WHEN the caller changes the list
        events.add(new Event(2, ANY_HASH, logEntry(minutes(1))));

        // THEN the case keeps one event, and its own list is read-only
        assertThat(c.events()).hasSize(1);
        assertThatThrownBy(() -> c.events().add(new Event(2, ANY_HASH, logEntry(minutes(1)))))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // --- append ---------------------------------------------------------------------------------

    @Test
    void appending_returns_a_new_case_and_leaves_the_original_unchanged() {
        // GIVEN an empty case
        Case original = openCase();

        // WHEN an action is appended
        Case next = original.append(ibNotification(T0));

        // THEN the original still has no events, and the new case has the action as event 1
        assertThat(original.events()).isEmpty();
        assertThat(next).isNotSameAs(original);
        assertThat(next.events())
                .containsExactly(new Event(
                        1,
                        Integrity.genesis(original.id(), original.pupilRef(), original.protocol()),
                        ibNotification(T0)));
        assertThat(next.id()).isEqualTo(original.id());
        assertThat(next.pupilRef()).isEqualTo(original.pupilRef());
        assertThat(next.protocol()).isEqualTo(original.protocol());
    }

    @Test
    void appending_numbers_the_events_one_to_n_in_order() {
        Case c = openCase();
        for (int i = 0; i < 5; i++) {
            c = c.append(logEntry(minutes(i)));
        }

        assertThat(c.events()).extracting(Event::sequence).containsExactly(1, 2, 3, 4, 5);
        assertThat(c.events())
                .extracting(e -> e.action().at())
                .containsExactly(minutes(0), minutes(1), minutes(2), minutes(3), minutes(4));
        assertThat(c.size()).isEqualTo(5);
        assertThat(c.lastEventAt()).contains(minutes(4));
    }

    @Test
    void appending_refuses_an_action_timestamped_before_the_last_event() {
        // GIVEN a case whose last event is at T0 + 10 minutes
        Case c = openCase().append(ibNotification(minutes(10)));

        // WHEN / THEN an action at T0 + 5 minutes is refused, naming the action's type and field
        assertThatIllegalArgumentException()
                .isThrownBy(() -> c.append(logEntry(minutes(5))))
                .withMessageStartingWith("LOG_ENTRY.at")
                .withMessageContaining("before the case's last event");
        assertThat(c.size()).isEqualTo(1);
    }

    @Test
    void appending_accepts_an_action_at_the_same_instant_as_the_last_event() {
        Case c = openCase().append(ibNotification(T0)).append(logEntry(T0));

        assertThat(c.size()).isEqualTo(2);
    }

    @Test
    void appending_requires_an_action() {
        assertThatNullPointerException()
                .isThrownBy(() -> openCase().append(null))
                .withMessage("action is required");
    }

    @Test
    void two_cases_with_the_same_history_are_equal() {
        Case a = openCase().append(ibNotification(T0)).append(logEntry(minutes(1)));
        Case b = openCase().append(ibNotification(T0)).append(logEntry(minutes(1)));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(openCase().append(ibNotification(T0)));
    }

    @Test
    void a_case_rejects_a_missing_event_with_a_message_naming_its_place() {
        java.util.List<Event> events = new java.util.ArrayList<>();
        events.add(null);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new Case("case-1", "pupil-1", ProtocolRef.STAPPENPLAN_2021, events))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("Case.events[0] is required");
    }
}
