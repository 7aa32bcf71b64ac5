package org.meldcode.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** The hash chain's canonical form writes timestamps and dates exactly as java.time prints them. */
class CanonicalTimeTest {

    private static String written(Instant t) {
        StringBuilder b = new StringBuilder();
        Integrity.instant(b, t);
        return b.toString();
    }

    private static String written(LocalDate d) {
        StringBuilder b = new StringBuilder();
        Integrity.date(b, d);
        return b.toString();
    }

    @Test
    void timestamps_at_the_edges_are_written_as_instant_to_string_writes_them() {
        // GIVEN timestamps at the edges of the years a case holds and beyond, with and without fractions
        List<Instant> instants = List.of(
                Case.FIRST_MOMENT,
                Case.LAST_MOMENT,
                Instant.parse("1900-01-01T00:00:00.000000001Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("2026-09-07T08:30:00Z"),
                Instant.parse("2026-09-07T08:30:00.5Z"),
                Instant.parse("2026-09-07T08:30:00.123Z"),
                Instant.parse("2026-09-07T08:30:00.000123Z"),
                Instant.parse("2026-09-07T08:30:00.120Z"),
                Instant.parse("2026-09-07T08:30:00.123400Z"),
                Instant.parse("2026-09-07T08:30:00.000000010Z"),
                Instant.parse("2024-02-29T23:59:59Z"),
                Instant.parse("1970-01-01T00:00:00Z"),
                Instant.parse("1969-12-31T23:59:59.999Z"),
                Instant.parse("0000-01-01T00:00:00Z"),
                Instant.parse("0999-06-30T12:00:00Z"),
                Instant.parse("-0001-12-31T23:59:59Z"),
                Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.MIN,
                Instant.MAX);

        // WHEN each is written, THEN the text is the one Instant.toString gives
        for (Instant t : instants) {
            assertThat(written(t)).as("%s", t).isEqualTo(t.toString());
        }
    }

    @Test
    void any_timestamp_between_the_years_1900_and_9999_is_written_as_instant_to_string_writes_it() {
        // GIVEN any second of the years a case holds and any fraction of it
        long first = Case.FIRST_MOMENT.getEpochSecond();
        long last = Case.LAST_MOMENT.getEpochSecond();
        qt().forAll(
                        SourceDSL.longs().between(first, last),
                        SourceDSL.integers().between(0, 999_999_999),
                        SourceDSL.integers().between(0, 2))
                .checkAssert((second, nano, rounding) -> {
                    // a third of the fractions are whole milliseconds, a third whole microseconds
                    int fraction =
                            rounding == 0 ? nano / 1_000_000 * 1_000_000 : rounding == 1 ? nano / 1_000 * 1_000 : nano;
                    Instant t = Instant.ofEpochSecond(second, fraction);

                    // WHEN it is written, THEN the text is the one Instant.toString gives
                    assertThat(written(t)).isEqualTo(t.toString());
                });
    }

    @Test
    void dates_are_written_as_local_date_to_string_writes_them() {
        // GIVEN dates at the edges of the years and beyond, and any day between 1900 and 9999
        List<LocalDate> dates = List.of(
                LocalDate.of(1900, 1, 1),
                LocalDate.of(9999, 12, 31),
                LocalDate.of(2024, 2, 29),
                LocalDate.of(0, 1, 1),
                LocalDate.of(999, 12, 31),
                LocalDate.of(-1, 1, 1),
                LocalDate.of(10_000, 1, 1),
                LocalDate.MIN,
                LocalDate.MAX);

        // WHEN each is written, THEN the text is the one LocalDate.toString gives
        for (LocalDate d : dates) {
            assertThat(written(d)).as("%s", d).isEqualTo(d.toString());
        }
        qt().forAll(SourceDSL.longs()
                        .between(
                                LocalDate.of(1900, 1, 1).toEpochDay(),
                                LocalDate.of(9999, 12, 31).toEpochDay()))
                .checkAssert(day -> assertThat(written(LocalDate.ofEpochDay(day)))
                        .isEqualTo(LocalDate.ofEpochDay(day).toString()));
    }

    @Test
    void an_event_with_a_fraction_of_a_second_hashes_as_its_canonical_form_with_instant_to_string() {
        // GIVEN an event whose timestamp has a fraction of a second and a date in its action
        Instant at = Instant.parse("2026-09-07T08:30:00.000120Z");
        Event event = new Event(
                1,
                "0".repeat(64),
                new LogEntry(
                        at,
                        Actor.of(Role.TEACHER, "lk-104"),
                        LocalDate.of(2026, 9, 7),
                        Signal.BEHAVIOUR,
                        Source.OWN_OBSERVATION,
                        "Synthetic observation.",
                        false));

        // WHEN its canonical form is written
        String canonical = Integrity.canonical(event);

        // THEN the timestamp and the date stand in it as java.time prints them
        assertThat(canonical)
                .contains("\"at\":\"" + at + "\"")
                .contains("\"observedOn\":\"2026-09-07\"")
                .startsWith("{\"sequence\":1,\"previousHash\":\"" + "0".repeat(64)
                        + "\",\"action\":{\"type\":\"LOG_ENTRY\"");
    }
}
