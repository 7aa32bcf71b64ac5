package org.meldcode.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.meldcode.protocol.Message;

/** The README's demonstration walks the whole case and shows its refusals with their clauses. */
class DemoTest {

    private static String run(Locale lang) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Demo(new PrintStream(bytes, true, StandardCharsets.UTF_8), lang).run();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_dutch_demo_reaches_the_parents_conversation_and_explains_three_refusals() throws Exception {
        String out = run(Message.DUTCH);
        assertThat(out).contains("SP-2.2", "SP-3.5", "SP-5.6");
        assertThat(out).contains("De leerkracht is niet bij het gesprek met de ouders.");
        assertThat(out)
                .contains(
                        "Deze melding is als anoniem gemarkeerd: zij vraagt Veilig Thuis de naam van de school als melder voor het gezin geheim te houden.");
        assertThat(out).contains("9 handelingen toegestaan, 3 geweigerd; de casus heeft 9 gebeurtenissen.");
        assertThat(out).contains("de casus afsluiten");
    }

    @Test
    void the_english_demo_says_the_same_in_english() throws Exception {
        String out = run(Locale.ENGLISH);
        assertThat(out)
                .contains(
                        "REFUSED",
                        "This report was marked anonymous: it asks Veilig Thuis to keep the school's name as the reporter from the family.");
        assertThat(out).contains("9 actions permitted, 3 refused; the case has 9 events.");
        assertThat(out).doesNotContain("GEWEIGERD");
    }

    @Test
    void every_action_of_the_demo_happens_in_school_hours_on_a_weekday() throws Exception {
        // GIVEN the demo's output: each action on a line starting with its time in Europe/Amsterdam
        String out = run(Message.DUTCH);
        Matcher m =
                Pattern.compile("(?m)^(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2})  ").matcher(out);
        List<LocalDateTime> times = new ArrayList<>();
        while (m.find()) {
            times.add(LocalDateTime.parse(m.group(1), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        }

        // THEN all twelve actions (nine permitted, three refused) fall between 08:00 and 17:00, Monday to Friday
        assertThat(times).hasSize(12);
        assertThat(times).allSatisfy(t -> {
            assertThat(t.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(t.toLocalTime()).isBetween(LocalTime.of(8, 0), LocalTime.of(17, 0));
        });
        assertThat(times).isSorted();
    }

    @Test
    void the_demo_clock_moves_from_friday_afternoon_to_monday_morning() {
        // GIVEN Friday 11 September 2026, 16:00 in Amsterdam
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        Instant friday = LocalDateTime.of(2026, 9, 11, 16, 0).atZone(amsterdam).toInstant();

        // WHEN the clock moves on
        Instant next = Demo.nextSchoolMoment(friday);

        // THEN it is Monday 14 September, 08:30, and a moment within the day moves two hours on
        assertThat(next.atZone(amsterdam).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 9, 14, 8, 30));
        assertThat(Demo.nextSchoolMoment(next).atZone(amsterdam).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 9, 14, 10, 30));
        assertThat(Demo.isSchoolHours(friday.plusSeconds(3 * 3600))).isFalse();
    }
}
