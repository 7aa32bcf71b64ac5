package org.meldcode.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meldcode.render.RenderFixtures.STAFF_IDS;
import static org.meldcode.render.RenderFixtures.STAPPENPLAN;
import static org.meldcode.render.RenderFixtures.day;
import static org.meldcode.render.RenderFixtures.guidance;
import static org.meldcode.render.RenderFixtures.parse;
import static org.meldcode.render.RenderFixtures.reportedCase;
import static org.meldcode.render.RenderFixtures.talkedCase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.Finding;
import org.meldcode.engine.Ruling;
import org.meldcode.model.Case;
import org.meldcode.model.Report;
import org.meldcode.protocol.Message;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TimelineTest {

    private static final Case TALKED = talkedCase();

    @Test
    void given_a_case_when_drawn_then_each_event_is_a_marker_with_a_title_naming_date_action_and_role() {
        Document svg = parse(Timeline.of(TALKED, guidance(TALKED, 4, false)).svg());

        List<String> events = titlesOf(svg, "circle");
        assertThat(events).hasSize(TALKED.size() + 1); // and the legend's
        assertThat(events).contains("2 maart 2026 09:25: de intern begeleider informeren (leerkracht)");
        assertThat(events).contains("5 maart 2026 09:15: gesprek met de ouders (intern begeleider)");
    }

    @Test
    void given_a_case_when_drawn_then_each_marker_sits_in_the_lane_of_its_step_left_to_right_in_time() {
        Document svg = parse(Timeline.of(TALKED, guidance(TALKED, 4, false)).svg());
        NodeList circles = svg.getElementsByTagNameNS("*", "circle");
        double previousX = -1;
        for (int i = 0; i < TALKED.size(); i++) {
            Element c = (Element) circles.item(i);
            double x = Double.parseDouble(c.getAttribute("cx"));
            double y = Double.parseDouble(c.getAttribute("cy"));
            int step = STAPPENPLAN.stepOf(TALKED.events().get(i).action().type());
            int lane = step == 0 ? STAPPENPLAN.steps().size() : step - 1;
            assertThat(y).as("event %d", i + 1).isBetween(74 + lane * 46.0, 74 + (lane + 1) * 46.0);
            assertThat(x).isGreaterThanOrEqualTo(previousX);
            previousX = x;
        }
    }

    @Test
    void given_refusals_and_open_obligations_when_drawn_then_both_are_marked_with_their_clauses() {
        Ruling refused = new Ruling(
                new Report(day(2, 40), RenderFixtures.IB, true, false),
                List.of(new Finding(
                        STAPPENPLAN.clause("SP-5.1"),
                        Message.of("refusal.report-without-decision"),
                        org.meldcode.engine.Remedy.takeFirst(
                                Message.of("remedy.report-without-decision"),
                                java.util.Set.of(org.meldcode.model.ActionType.DECISION),
                                java.util.Set.of(org.meldcode.model.Role.INTERN_BEGELEIDER)))));
        Document svg = parse(Timeline.of(
                        TALKED,
                        guidance(TALKED, 4, false, "SP-4.1", "owed.weigh"),
                        List.of(Attempt.of(refused)),
                        day(6, 0))
                .svg(Locale.ENGLISH));

        String titles = String.join("\n", titlesOf(svg, "path"));
        assertThat(titles).contains("4 March 2026 09:55: refused: report to Veilig Thuis (clause SP-5.1)");
        assertThat(titles)
                .contains(
                        "Still owed: The teacher and the intern begeleider weigh the risk: acute or structural unsafety?"
                                .substring(0, 30));
        assertThat(titles).contains("(clause SP-4.1)");
        assertThat(svg.getDocumentElement().getTextContent()).contains("now");
    }

    @Test
    void given_a_permitted_ruling_when_made_an_attempt_then_it_is_rejected() {
        Ruling permitted = new Ruling(new Report(day(2, 40), RenderFixtures.IB, true, false), List.of());

        assertThatThrownBy(() -> Attempt.of(permitted)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void given_any_case_when_drawn_then_the_svg_is_well_formed_sized_and_shows_no_staff_id_or_free_text() {
        Case reported = reportedCase();
        for (Locale locale : List.of(Message.DUTCH, Locale.ENGLISH)) {
            String text = Timeline.of(reported, guidance(reported, 5, true)).svg(locale);
            Element root = parse(text).getDocumentElement();

            assertThat(root.getAttribute("width")).isNotEmpty();
            assertThat(root.getAttribute("height")).isNotEmpty();
            assertThat(root.getAttribute("viewBox")).startsWith("0 0 ");
            assertThat(root.getAttribute("font-family")).isEqualTo("sans-serif");
            for (String id : STAFF_IDS) {
                assertThat(text).doesNotContain(id);
            }
            assertThat(text)
                    .doesNotContain("Blauwe plek")
                    .doesNotContain("Mirthe")
                    .doesNotContain("<script");
        }
    }

    @Test
    void given_an_empty_case_when_drawn_at_a_moment_then_it_still_draws_the_lanes() {
        Case empty = Case.open("case-empty", "pupil-0", TALKED.protocol());

        Document svg =
                parse(Timeline.of(empty, guidance(empty, 1, false, "SP-1.1", "owed.inform-ib"), List.of(), day(0, 0))
                        .svg());

        assertThat(titlesOf(svg, "rect")).hasSize(STAPPENPLAN.steps().size() + 1);
        assertThat(String.join("\n", titlesOf(svg, "path"))).contains("(artikel SP-1.1)");
    }

    @Test
    void given_hostile_case_id_like_text_when_drawn_then_it_is_escaped() {
        Case c = Case.open("case-1", "pupil-0", TALKED.protocol());
        assertThat(Set.of(Xml.escape("<a href='x'>&</a>")))
                .containsExactly("&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;");
        assertThat(Xml.escape("a\u0000b\uFFFEc")).isEqualTo("abc");
        parse(Timeline.of(c, guidance(c, 1, false)).svg());
    }

    /** The titles of the groups that hold an element of the given kind. */
    @Test
    void given_no_refused_attempts_when_drawn_then_the_legend_shows_no_refused_marker_and_with_some_it_does() {
        // GIVEN a case, drawn once without and once with a refused attempt from the host
        Ruling refusal = new Ruling(
                new Report(day(2, 40), RenderFixtures.IB, true, false),
                List.of(new Finding(
                        STAPPENPLAN.clause("SP-5.1"),
                        Message.of("refusal.report-without-decision"),
                        org.meldcode.engine.Remedy.takeFirst(
                                Message.of("remedy.report-without-decision"),
                                java.util.Set.of(org.meldcode.model.ActionType.DECISION),
                                java.util.Set.of(org.meldcode.model.Role.INTERN_BEGELEIDER)))));
        // WHEN both are drawn
        Document without = parse(Timeline.of(TALKED, guidance(TALKED, 4, false)).svg(Locale.ENGLISH));
        Document with = parse(Timeline.of(TALKED, guidance(TALKED, 4, false), List.of(Attempt.of(refusal)))
                .svg(Locale.ENGLISH));
        // THEN only the second names the refused attempt in its legend and draws its marker
        assertThat(textsOf(without)).doesNotContain("refused attempt").contains("event", "still owed");
        assertThat(titlesOf(without, "path")).noneMatch(t -> t.contains("refused"));
        assertThat(textsOf(with)).contains("refused attempt", "event", "still owed");
        assertThat(titlesOf(with, "path")).anyMatch(t -> t.equals("refused attempt"));
        // AND neither has a group, so neither legend explains one
        assertThat(textsOf(without)).noneMatch(t -> t.contains("close together"));
        assertThat(textsOf(with)).noneMatch(t -> t.contains("close together"));
    }

    @Test
    void given_events_and_attempts_minutes_apart_in_one_lane_when_drawn_then_no_marker_covers_another() {
        // GIVEN six logbook entries a minute apart (step 1) and two refused attempts at the same moments
        List<org.meldcode.model.Action> actions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            actions.add(new org.meldcode.model.LogEntry(
                    day(0, i),
                    RenderFixtures.TEACHER,
                    java.time.LocalDate.of(2026, 3, 2),
                    org.meldcode.model.Signal.INJURY,
                    org.meldcode.model.Source.OWN_OBSERVATION,
                    "Synthetic observation.",
                    false));
        }
        actions.add(new org.meldcode.model.IbNotification(day(3, 0), RenderFixtures.TEACHER));
        Case busy = RenderFixtures.build("case-render-busy", actions);
        List<Attempt> refused = List.of(
                new Attempt(day(0, 1), org.meldcode.model.ActionType.LOG_ENTRY, List.of("SP-1.3")),
                new Attempt(day(0, 2), org.meldcode.model.ActionType.LOG_ENTRY, List.of("SP-1.3")));
        // WHEN its timeline is drawn
        Document svg =
                parse(Timeline.of(busy, guidance(busy, 2, false), refused).svg());
        // THEN the centres of the markers in the lanes are at least a marker apart, and each stays in its lane
        List<double[]> centres = new ArrayList<>();
        NodeList circles = svg.getElementsByTagNameNS("*", "circle");
        for (int i = 0; i < busy.size(); i++) {
            Element c = (Element) circles.item(i);
            centres.add(
                    new double[] {Double.parseDouble(c.getAttribute("cx")), Double.parseDouble(c.getAttribute("cy"))});
        }
        NodeList paths = svg.getElementsByTagNameNS("*", "path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            String title = ((Element) p.getParentNode())
                    .getElementsByTagNameNS("*", "title")
                    .item(0)
                    .getTextContent();
            if (title.contains(": geweigerd: ")) {
                String[] start = p.getAttribute("d").substring(1).split(" ")[0].split(",");
                centres.add(new double[] {Double.parseDouble(start[0]) + 5, Double.parseDouble(start[1]) + 5});
            }
        }
        assertThat(centres).hasSize(busy.size() + 2);
        for (int i = 0; i < centres.size(); i++) {
            double[] a = centres.get(i);
            if (i < 6 || i >= busy.size()) {
                assertThat(a[1]).as("marker %d in the lane of step 1", i).isBetween(74.0, 74.0 + 46);
            }
            for (int j = i + 1; j < centres.size(); j++) {
                double[] b = centres.get(j);
                assertThat(Math.hypot(a[0] - b[0], a[1] - b[1]))
                        .as("markers %d and %d", i, j)
                        .isGreaterThanOrEqualTo(12.0);
            }
        }
    }

    /** The texts the picture shows (its text elements). */
    private static List<String> textsOf(Document doc) {
        List<String> out = new ArrayList<>();
        NodeList list = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < list.getLength(); i++) {
            out.add(list.item(i).getTextContent().trim());
        }
        return out;
    }

    private static List<String> titlesOf(Document doc, String element) {
        List<String> out = new ArrayList<>();
        NodeList list = doc.getElementsByTagNameNS("*", element);
        for (int i = 0; i < list.getLength(); i++) {
            Element parent = (Element) list.item(i).getParentNode();
            NodeList titles = parent.getElementsByTagNameNS("*", "title");
            if (parent.getLocalName().equals("g") && titles.getLength() > 0) {
                out.add(titles.item(0).getTextContent());
            }
        }
        return out;
    }
}
