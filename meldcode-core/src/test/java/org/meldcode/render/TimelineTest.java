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
                List.of(new Finding(STAPPENPLAN.clause("SP-5.1"), Message.of("refusal.report-without-decision"))));
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
