package org.meldcode.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The examples the documentation shows happen when a school works: Monday to Friday, between
 * 08:00 and 17:00 in Amsterdam, like the demonstration.
 */
class DocumentedDatesTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

    @ParameterizedTest
    @ValueSource(strings = {"docs/scenarios.md", "docs/examples/case-2026-017.json"})
    void every_time_in_a_documented_example_falls_in_school_hours_on_a_weekday(String file) throws Exception {
        // GIVEN every timestamp written in the documented example
        String text = Files.readString(Path.of("..").resolve(file));
        Matcher m = TIMESTAMP.matcher(text);
        List<ZonedDateTime> times = new ArrayList<>();
        while (m.find()) {
            times.add(Instant.parse(m.group()).atZone(AMSTERDAM));
        }

        // THEN there are some, and each is on a school day, in school hours
        assertThat(times).isNotEmpty();
        assertThat(times).allSatisfy(t -> {
            assertThat(t.getDayOfWeek()).as(t.toString()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(t.toLocalTime()).as(t.toString()).isBetween(LocalTime.of(8, 0), LocalTime.of(17, 0));
        });
    }
}
