package org.meldcode.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.render.RenderFixtures.STAPPENPLAN;
import static org.meldcode.render.RenderFixtures.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;
import org.meldcode.protocol.ActionSpec;
import org.meldcode.protocol.Clause;
import org.meldcode.protocol.Flow;
import org.meldcode.protocol.Message;
import org.meldcode.protocol.Protocol;
import org.meldcode.protocol.Step;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ProtocolDiagramTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void given_the_protocol_when_drawn_as_svg_then_every_step_action_role_outcome_and_branch_is_in_the_picture(
            String language) {
        Locale locale = Locale.forLanguageTag(language);
        Document svg = parse(ProtocolDiagram.of(STAPPENPLAN).svg(locale));
        String titles = texts(svg, "title");
        String drawn = texts(svg, "text") + " " + texts(svg, "tspan");

        for (Step step : STAPPENPLAN.steps()) {
            assertThat(titles)
                    .contains(Message.of("diagram.step", step.number(), step.name())
                            .in(locale));
            assertThat(drawn).contains(words(step.name(locale)).get(0));
        }
        for (ActionSpec spec : STAPPENPLAN.actions().values()) {
            String action = Message.render(spec.type(), locale);
            assertThat(titles).as("action %s", spec.type()).contains(action + ": ");
            for (Role role : STAPPENPLAN.flow().rolesShown(spec.type(), spec.roles())) {
                assertThat(lineOf(titles, action + ": "))
                        .as("%s of %s", role, spec.type())
                        .contains(Message.render(role, locale));
            }
        }
        Flow flow = STAPPENPLAN.flow();
        for (Flow.Outcome outcome : flow.outcomes()) {
            assertThat(titles).contains(Message.of(flow.outcomeKey(outcome)).in(locale));
        }
        for (Flow.Branch branch : flow.branches()) {
            assertThat(titles).contains("(" + Message.of(flow.branchKey(branch)).in(locale) + ")");
        }
        assertThat(titles).contains(Message.of("diagram.skip", 3).in(locale));
    }

    @Test
    void given_the_protocol_when_drawn_as_svg_then_it_is_standalone_with_explicit_size_and_a_generic_font() {
        String text = ProtocolDiagram.of(STAPPENPLAN).svg();
        Element root = parse(text).getDocumentElement();

        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        double width = Double.parseDouble(root.getAttribute("width"));
        double height = Double.parseDouble(root.getAttribute("height"));
        assertThat(width).isGreaterThan(600);
        assertThat(height).isGreaterThan(600);
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + Svg.n(width) + " " + Svg.n(height));
        assertThat(root.getAttribute("font-family")).isEqualTo("sans-serif");
        assertThat(root.getAttribute("xml:lang")).isEqualTo("nl");
        assertThat(text).doesNotContain("<script").doesNotContain("href").doesNotContain("<image");
        assertThat(text.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http");
        assertThat(root.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo("Het stappenplan (stappenplan@2021-09) als stroomschema");
    }

    @Test
    void given_the_protocol_when_drawn_then_every_box_lies_inside_the_picture_and_no_two_boxes_overlap() {
        Document svg = parse(ProtocolDiagram.of(STAPPENPLAN).svg(Locale.ENGLISH));
        double width = Double.parseDouble(svg.getDocumentElement().getAttribute("width"));
        double height = Double.parseDouble(svg.getDocumentElement().getAttribute("height"));
        List<double[]> boxes = new ArrayList<>();
        NodeList groups = svg.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (!g.getAttribute("id").isEmpty()) {
                Element r = (Element) g.getElementsByTagNameNS("*", "rect").item(0);
                double[] b = {
                    Double.parseDouble(r.getAttribute("x")), Double.parseDouble(r.getAttribute("y")),
                    Double.parseDouble(r.getAttribute("width")), Double.parseDouble(r.getAttribute("height"))
                };
                assertThat(b[0] + b[2]).isLessThanOrEqualTo(width);
                assertThat(b[1] + b[3]).isLessThanOrEqualTo(height);
                for (double[] o : boxes) {
                    boolean apart =
                            b[0] + b[2] <= o[0] || o[0] + o[2] <= b[0] || b[1] + b[3] <= o[1] || o[1] + o[3] <= b[1];
                    assertThat(apart)
                            .as("box %s overlaps another", g.getAttribute("id"))
                            .isTrue();
                }
                boxes.add(b);
            }
        }
        // start, any step, 5 steps, 1 skip, 4 outcomes
        assertThat(boxes)
                .hasSize(2
                        + STAPPENPLAN.steps().size()
                        + STAPPENPLAN.flow().skips().size()
                        + STAPPENPLAN.flow().outcomes().size());
    }

    @Test
    void given_the_protocol_when_written_as_mermaid_then_it_has_a_node_per_step_and_the_skip_and_branch_edges() {
        String mermaid = ProtocolDiagram.of(STAPPENPLAN).mermaid();

        assertThat(mermaid).contains("flowchart TD");
        for (Step step : STAPPENPLAN.steps()) {
            assertThat(mermaid).contains("    step" + step.number() + "[\"<b>Stap " + step.number() + ": ");
        }
        for (int i = 1; i < STAPPENPLAN.steps().size(); i++) {
            assertThat(mermaid).contains("    step" + i + " --> step" + (i + 1) + "\n");
        }
        assertThat(mermaid).contains("    step2 -.->|\"overslaan\"| skip3\n").contains("    skip3 -.-> step4\n");
        assertThat(mermaid).contains("    step5 -->|\"melden\"| outcome_reported\n");
        assertThat(mermaid).contains("    outcome_help_organised -->|\"verslechtering: opnieuw wegen\"| step4\n");
        assertThat(mermaid).contains("outcome_closed([\"<b>Casus afgesloten</b>\"])");
        for (ActionSpec spec : STAPPENPLAN.actions().values()) {
            assertThat(mermaid).contains(Message.render(spec.type(), Message.DUTCH) + ": ");
        }
        assertThat(ProtocolDiagram.of(STAPPENPLAN).mermaid(Locale.ENGLISH)).contains("|\"report\"| outcome_reported");
    }

    @Test
    void given_text_with_quotes_and_markup_when_escaped_for_mermaid_then_no_raw_quote_or_bracket_is_left() {
        assertThat(ProtocolDiagram.mermaidText("a \"b\" <i>c</i> #1 & d"))
                .isEqualTo("a #quot;b#quot; #lt;i#gt;c#lt;/i#gt; #35;1 #amp; d");
    }

    @Test
    void given_a_protocol_built_in_code_without_a_file_when_drawn_then_its_steps_are_drawn_without_flow() {
        Protocol bare = new Protocol(
                new ProtocolRef("bare", "1"),
                STAPPENPLAN.steps().subList(0, 2),
                List.<Clause>of(),
                STAPPENPLAN.actions(),
                java.util.Map.of(),
                java.util.Map.of());

        assertThat(bare.flow().outcomes()).isEmpty();
        Document svg = parse(ProtocolDiagram.of(bare).svg());
        assertThat(texts(svg, "title"))
                .contains("Stap 2: Collegiale consultatie")
                .doesNotContain("Stap 3");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "stappenplan@2021-09 nl",
                "stappenplan@2021-09 en",
                "landelijk@2019-01 nl",
                "landelijk@2019-01 en"
            })
    void given_a_shipped_protocol_when_drawn_then_the_picture_fits_1280_px_and_step_1_follows_the_start_without_a_band(
            String which) {
        // GIVEN a protocol the library ships, in a language
        String[] parts = which.split(" ");
        Protocol protocol = Protocol.of(
                parts[0].startsWith("stappenplan") ? ProtocolRef.STAPPENPLAN_2021 : ProtocolRef.LANDELIJK_2019);
        // WHEN it is drawn as SVG
        Element svg = parse(ProtocolDiagram.of(protocol).svg(Locale.forLanguageTag(parts[1])))
                .getDocumentElement();
        // THEN it is at most 1280 px wide (width and viewBox agree), step 1 comes right below the start,
        // and no two boxes overlap
        double width = Double.parseDouble(svg.getAttribute("width"));
        assertThat(width).isLessThanOrEqualTo(1280);
        assertThat(svg.getAttribute("viewBox")).startsWith("0 0 " + svg.getAttribute("width") + " ");
        double[] start = rect(svg, "start");
        double[] step1 = rect(svg, "step1");
        assertThat(step1[1] - (start[1] + start[3]))
                .as("the gap between the start and step 1")
                .isBetween(0.0, 60.0);
        assertThat(start[1]).as("the start's top").isLessThan(80);
        List<double[]> boxes = new ArrayList<>();
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (!g.getAttribute("id").isEmpty()) {
                boxes.add(rect(svg, g.getAttribute("id")));
            }
        }
        for (int i = 0; i < boxes.size(); i++) {
            double[] a = boxes.get(i);
            assertThat(a[0] + a[2]).as("box inside the picture").isLessThanOrEqualTo(width);
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] b = boxes.get(j);
                boolean apart =
                        a[0] + a[2] <= b[0] || b[0] + b[2] <= a[0] || a[1] + a[3] <= b[1] || b[1] + b[3] <= a[1];
                assertThat(apart).as("boxes %d and %d do not overlap", i, j).isTrue();
            }
        }
    }

    /** The x, y, width and height of the first rect of the group with the id. */
    private static double[] rect(Element svg, String id) {
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (id.equals(g.getAttribute("id"))) {
                Element r = (Element) g.getElementsByTagName("rect").item(0);
                return new double[] {
                    Double.parseDouble(r.getAttribute("x")),
                    Double.parseDouble(r.getAttribute("y")),
                    Double.parseDouble(r.getAttribute("width")),
                    Double.parseDouble(r.getAttribute("height"))
                };
            }
        }
        throw new AssertionError("no group " + id);
    }

    private static String texts(Document doc, String element) {
        NodeList list = doc.getElementsByTagNameNS("*", element);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < list.getLength(); i++) {
            out.append(list.item(i).getTextContent()).append('\n');
        }
        return out.toString();
    }

    private static String lineOf(String titles, String start) {
        for (String part : titles.split("[;\n]")) {
            if (part.trim().startsWith(start)) {
                return part;
            }
        }
        throw new AssertionError("no line starting with " + start);
    }

    private static List<String> words(String text) {
        return List.of(text.split(" "));
    }
}
