package org.meldcode.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.render.RenderFixtures.STAFF_IDS;
import static org.meldcode.render.RenderFixtures.day;
import static org.meldcode.render.RenderFixtures.guidance;
import static org.meldcode.render.RenderFixtures.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.meldcode.model.ActionType;
import org.meldcode.model.Case;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Timelines of cases with far more events than their lanes have room for. */
class TimelineCrowdingTest {

    private static final Case HUGE = RenderFixtures.entries(32_000);
    private static final Pattern SINGLE = Pattern.compile("^\\d+ \\p{L}+ \\d{4} \\d\\d:\\d\\d: .+");
    private static final Pattern EVENTS = Pattern.compile("^(\\d+) gebeurtenissen van (.+) tot (.+): (.+)$");
    private static final Pattern REFUSALS = Pattern.compile("^(\\d+) geweigerde pogingen van (.+) tot (.+): (.+)$");
    private static final Pattern PART = Pattern.compile("(\\d+) × ");

    @Test
    void given_32000_entries_a_minute_apart_when_drawn_then_few_markers_all_inside_the_picture_stand_for_every_entry() {
        // GIVEN a case of 32,000 logbook entries, one a minute
        // WHEN its timeline is drawn
        String text = Timeline.of(HUGE, guidance(HUGE, 1, false)).svg();
        Document svg = parse(text);
        // THEN there are far fewer markers than entries, each inside the picture's width
        double width = Double.parseDouble(svg.getDocumentElement().getAttribute("width"));
        NodeList circles = svg.getElementsByTagNameNS("*", "circle");
        assertThat(circles.getLength()).isBetween(2, 1_000);
        int events = 0;
        int groups = 0;
        for (int i = 0; i < circles.getLength(); i++) {
            Element c = (Element) circles.item(i);
            double cx = Double.parseDouble(c.getAttribute("cx"));
            double r = Double.parseDouble(c.getAttribute("r"));
            assertThat(cx - r).as("circle %d", i).isGreaterThanOrEqualTo(0);
            assertThat(cx + r).as("circle %d", i).isLessThanOrEqualTo(width);
            String title = titleOf(c);
            Matcher group = EVENTS.matcher(title);
            if (group.matches()) {
                // AND a group's title counts its entries by action and role, which add up to its size
                int size = Integer.parseInt(group.group(1));
                assertThat(size).isGreaterThan(1);
                assertThat(group.group(4)).isEqualTo(size + " × een notitie in het logboek (leerkracht)");
                assertThat(sumOfParts(group.group(4))).isEqualTo(size);
                events += size;
                groups++;
            } else if (SINGLE.matcher(title).matches()) {
                events++;
            }
        }
        // AND the markers together stand for exactly the 32,000 entries, and the legend explains groups
        assertThat(events).isEqualTo(32_000);
        assertThat(groups).isPositive();
        assertThat(text).contains("meerdere gebeurtenissen dicht bij elkaar");
        for (String id : STAFF_IDS) {
            assertThat(text).doesNotContain(id);
        }
    }

    @Test
    void given_a_group_drawn_in_english_then_its_title_counts_the_events_from_first_to_last() {
        // GIVEN the case of 32,000 entries
        // WHEN its timeline is drawn in English
        String text = Timeline.of(HUGE, guidance(HUGE, 1, false)).svg(Locale.ENGLISH);
        // THEN a group's title says how many events, from when to when, of which action and role
        assertThat(text)
                .containsPattern("<title>\\d+ events from \\d+ \\p{L}+ 2026 \\d\\d:\\d\\d to \\d+ \\p{L}+ 2026 "
                        + "\\d\\d:\\d\\d: \\d+ × a logbook entry \\(teacher\\)</title>")
                .contains("several events close together");
    }

    @Test
    void given_refused_attempts_among_thousands_of_events_when_drawn_then_each_keeps_a_cross_of_its_own_kind() {
        // GIVEN 4,000 entries a minute apart, one refused attempt amid them and 50 at one later moment
        Case busy = RenderFixtures.entries(4_000);
        List<Attempt> refused = new ArrayList<>();
        refused.add(new Attempt(day(0, 1_000), ActionType.LOG_ENTRY, List.of("SP-1.3")));
        for (int i = 0; i < 50; i++) {
            refused.add(new Attempt(day(0, 3_000), ActionType.LOG_ENTRY, List.of("SP-1.3")));
        }
        // WHEN its timeline is drawn
        Document svg =
                parse(Timeline.of(busy, guidance(busy, 1, false), refused).svg());
        // THEN every refused attempt is in a cross, never in an event's marker: the lone one on its own
        int attempts = 0;
        boolean lone = false;
        NodeList paths = svg.getElementsByTagNameNS("*", "path");
        for (int i = 0; i < paths.getLength(); i++) {
            String title = titleOf((Element) paths.item(i));
            Matcher group = REFUSALS.matcher(title);
            if (group.matches()) {
                int size = Integer.parseInt(group.group(1));
                assertThat(group.group(4)).isEqualTo(size + " × een notitie in het logboek (artikel SP-1.3)");
                attempts += size;
            } else if (title.contains(": geweigerd: ")) {
                attempts++;
                lone |= title.equals("3 maart 2026 01:55: geweigerd: een notitie in het logboek (artikel SP-1.3)");
            }
        }
        assertThat(attempts).isEqualTo(51);
        assertThat(lone)
                .as("the attempt amid the events has a cross of its own")
                .isTrue();
        NodeList circles = svg.getElementsByTagNameNS("*", "circle");
        for (int i = 0; i < circles.getLength(); i++) {
            assertThat(titleOf((Element) circles.item(i))).doesNotContain("geweigerd");
        }
        // AND the legend explains the group of refused attempts
        assertThat(svg.getDocumentElement().getTextContent()).contains("meerdere geweigerde pogingen dicht bij elkaar");
    }

    @Test
    void given_4000_and_32000_entries_when_drawn_then_placing_the_markers_costs_in_proportion_to_the_entries() {
        // GIVEN a case of 4,000 entries and one of 32,000, one a minute
        Case smaller = RenderFixtures.entries(4_000);
        // WHEN their markers are placed
        long few = Timeline.of(smaller, guidance(smaller, 1, false)).placementChecks();
        long many = Timeline.of(HUGE, guidance(HUGE, 1, false)).placementChecks();
        // THEN eight times the entries cost at most about ten times the distance checks, a bounded number each
        assertThat(few).isPositive();
        assertThat(many).isLessThanOrEqualTo(10 * few);
        assertThat(many).isLessThanOrEqualTo(100L * HUGE.size());
    }

    /** The numbers before "×" in a group's breakdown, added up. */
    private static int sumOfParts(String parts) {
        Matcher m = PART.matcher(parts);
        int sum = 0;
        while (m.find()) {
            sum += Integer.parseInt(m.group(1));
        }
        return sum;
    }

    /** The title of the group an element is drawn in. */
    private static String titleOf(Element element) {
        Element parent = (Element) element.getParentNode();
        NodeList titles = parent.getElementsByTagNameNS("*", "title");
        return titles.getLength() == 0 ? "" : titles.item(0).getTextContent();
    }
}
