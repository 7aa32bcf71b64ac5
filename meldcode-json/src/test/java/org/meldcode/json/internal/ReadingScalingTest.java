package org.meldcode.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meldcode.json.CaseJson;
import org.meldcode.json.error.InvalidInputException;
import org.meldcode.model.Case;

/** Reading a long, valid case names no place; a problem is still named where it is. */
class ReadingScalingTest {

    private static String withLogEntries(int count) {
        return CaseJson.write(
                LongCases.logbook("case-places", count, i -> "Observation number " + i + " during the lesson."));
    }

    @Test
    void reading_a_valid_case_of_many_events_builds_no_json_pointer() {
        // GIVEN a valid case document of two thousand events
        String json = withLogEntries(2_000);
        long before = Mappers.pointersBuilt();

        // WHEN it is read
        Case c = CaseJson.read(json);

        // THEN every event is there, and no place was spelled out for the values that are fine
        assertThat(c.size()).isEqualTo(2_000);
        assertThat(Mappers.pointersBuilt()).isEqualTo(before);
    }

    @Test
    void a_problem_deep_in_a_long_case_is_still_named_by_its_json_pointer() {
        // GIVEN a long case whose event 1,500 has an observation date that does not exist
        String json = withLogEntries(2_000);
        int at = json.indexOf("\"observedOn\"", json.indexOf("\"sequence\" : 1500,"));
        String bad = json.substring(0, at) + "\"observedOn\" : \"2026-02-30\"" + json.substring(json.indexOf(',', at));

        // WHEN it is read
        Throwable thrown = catchThrowable(() -> CaseJson.read(bad));

        // THEN the error names that field's place
        assertThat(thrown)
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("/events/1499/action/observedOn: expected a date such as 2026-09-07, found '2026-02-30'");
    }

    @Test
    void a_limit_passed_in_two_places_is_named_where_it_always_was() {
        // GIVEN a tree with a text over the limit in two places
        var mapper = Mappers.JSON;
        var root = mapper.createObjectNode();
        root.putArray("a").add("x".repeat(Mappers.MAX_STRING + 1)).add("fine");
        root.putObject("b").put("c", "y".repeat(Mappers.MAX_STRING + 1));

        // WHEN its limits are checked, THEN the place named is the one the check has always named
        assertThatThrownBy(() -> Mappers.checkLimits(root))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("/b/c: text length (100,001)");
    }

    @Test
    void timestamps_and_dates_read_as_java_time_reads_them_or_fail_as_it_fails() {
        // GIVEN usual, unusual and invalid timestamps and dates
        List<String> instants = List.of(
                "2026-09-07T08:30:00Z",
                "2024-02-29T23:59:59Z",
                "2023-02-29T10:00:00Z",
                "2026-09-07T24:00:00Z",
                "2026-12-31T23:59:60Z",
                "2026-09-07t08:30:00z",
                "2026-09-07T08:30:00.5Z",
                "2026-09-07T08:30:00+01:00",
                "0000-01-01T00:00:00Z",
                "9999-12-31T23:59:59Z",
                "2026-13-07T08:30:00Z",
                "2026-00-07T08:30:00Z",
                "2026-09-00T08:30:00Z",
                "2026-09-07T08:60:00Z",
                "2026-09-07T08:30:61Z",
                "2026-09-07T8:30:00Z ",
                "2026-09-07T08:30:0xZ",
                "2026-09-07T08:30:00",
                "+2026-09-07T08:30:00Z",
                "2026-٠9-07T08:30:00Z",
                "");
        List<String> dates = List.of(
                "2026-09-07",
                "2024-02-29",
                "2023-02-29",
                "1900-02-29",
                "2000-02-29",
                "0000-02-29",
                "2026-04-31",
                "2026-13-01",
                "2026-9-07",
                "2026-09-7 ",
                "20260907xx",
                "+2026-09-0",
                "2026-٠9-07",
                "");

        // WHEN each is read by the codec and by java.time, THEN both give the same value or the same error
        for (String s : instants) {
            Object expected = outcome(() -> Instant.parse(s));
            assertThat(outcome(() -> RecordCodec.instant(s))).as("'%s'", s).isEqualTo(expected);
        }
        for (String s : dates) {
            Object expected = outcome(() -> LocalDate.parse(s));
            assertThat(outcome(() -> RecordCodec.date(s))).as("'%s'", s).isEqualTo(expected);
        }
    }

    /** The value, or the class and message of the error. */
    private static Object outcome(java.util.function.Supplier<Object> reading) {
        try {
            return reading.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
