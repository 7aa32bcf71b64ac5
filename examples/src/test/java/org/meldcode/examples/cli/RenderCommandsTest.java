package org.meldcode.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code dossier}, {@code diagram} and {@code timeline} called in-process, with output and exit code. */
class RenderCommandsTest {

    /** The example case of docs/case-format.md: reported, parents told, not yet closed. */
    static final Path EXAMPLE = Path.of("../docs/examples/case-2026-017.json");

    @TempDir
    Path dir;

    record Outcome(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static Outcome meldcode(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> strings = new ArrayList<>();
        for (Object a : args) {
            strings.add(a.toString());
        }
        int code = MeldcodeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(strings.toArray(String[]::new));
        return new Outcome(code, out.toString(), err.toString());
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    static Document xml(String text) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + e.getMessage(), e);
        }
    }

    // --- dossier ---

    @Test
    void dossier_of_the_example_case_prints_markdown_in_dutch_by_default() {
        Outcome o = meldcode("dossier", EXAMPLE);

        assertThat(o.code()).isZero();
        assertThat(o.err()).isEmpty();
        assertThat(o.out())
                .startsWith("# Dossier voor Veilig Thuis")
                .contains("- **Casus:** case\\-2026\\-017".replace("\\-", "-"))
                .contains("— Signaal in het logboek")
                .contains("— Melding bij Veilig Thuis")
                .contains("— De ouders zijn over de melding ingelicht")
                .contains("## Nog open")
                .doesNotContain("lk-104", "ib-201", "dir-301", "smw-401");
    }

    @Test
    void dossier_as_html_in_english_to_a_file_writes_one_well_formed_page_and_prints_nothing() throws IOException {
        Path target = dir.resolve("dossier.html");

        Outcome o = meldcode("dossier", EXAMPLE, "--format", "html", "--lang", "en", "-o", target);

        assertThat(o.code()).isZero();
        assertThat(o.out()).isEmpty();
        assertThat(o.err()).isEmpty();
        String html = Files.readString(target);
        assertThat(xml(html).getDocumentElement().getAttribute("lang")).isEqualTo("en");
        assertThat(html).contains("Dossier for Veilig Thuis").doesNotContain("<script");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target); // no temporary file left behind
        }
    }

    @Test
    void dossier_refuses_an_unknown_format_and_a_broken_case_with_exit_2() throws IOException {
        Outcome format = meldcode("dossier", EXAMPLE, "--format", "pdf");
        Path broken = file("broken.json", "{\"schemaVersion\": 1, \"id\": ");
        Outcome bad = meldcode("dossier", broken, "-o", dir.resolve("out.md"));

        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("expected md or html, found 'pdf'");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.errLines()).singleElement().asString().startsWith("meldcode: " + broken);
        assertThat(dir.resolve("out.md")).doesNotExist();
    }

    @Test
    void dossier_to_a_missing_directory_is_a_one_line_error() {
        Outcome o = meldcode("dossier", EXAMPLE, "-o", dir.resolve("no/such/dir/dossier.md"));

        assertThat(o.code()).isEqualTo(2);
        assertThat(o.errLines()).singleElement().asString().contains("cannot write: no such directory");
    }

    // --- diagram ---

    @Test
    void diagram_without_a_protocol_draws_the_seed_protocol_as_svg() {
        Outcome o = meldcode("diagram");

        assertThat(o.code()).isZero();
        assertThat(o.err()).isEmpty();
        Document svg = xml(o.out());
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(o.out())
                .contains("Stap 5: Beslissen: hulp organiseren of melden")
                .contains("stappenplan@2021-09");
    }

    @Test
    void diagram_as_mermaid_in_english_for_a_named_protocol() {
        Outcome byRef = meldcode("diagram", "stappenplan@2021-09", "--format", "mermaid", "--lang", "en");
        Outcome byId = meldcode("diagram", "stappenplan", "--format", "mermaid", "--lang", "en");

        assertThat(byRef.code()).isZero();
        assertThat(byRef.out())
                .contains("flowchart TD")
                .contains("Step 3: Conversation")
                .contains("step5 -->");
        assertThat(byId.out()).isEqualTo(byRef.out());
    }

    @Test
    void diagram_of_an_unknown_protocol_exits_2_with_one_line() {
        Outcome o = meldcode("diagram", "landelijk@2099");
        Outcome odd = meldcode("diagram", "not a protocol!");

        assertThat(o.code()).isEqualTo(2);
        assertThat(o.out()).isEmpty();
        assertThat(o.errLines())
                .singleElement()
                .asString()
                .isEqualTo(
                        "meldcode: unknown protocol 'landelijk@2099'; known: stappenplan@2021-09, landelijk@2019-01");
        assertThat(odd.code()).isEqualTo(2);
        assertThat(odd.errLines()).singleElement().asString().startsWith("meldcode: unknown protocol");
    }

    // --- timeline ---

    @Test
    void timeline_of_the_example_case_writes_an_svg_with_a_marker_per_event() throws IOException {
        Path target = dir.resolve("timeline.svg");

        Outcome o = meldcode("timeline", EXAMPLE, "-o", target);

        assertThat(o.code()).isZero();
        assertThat(o.err()).isEmpty();
        Document svg = xml(Files.readString(target));
        assertThat(svg.getElementsByTagNameNS("*", "circle").getLength()).isEqualTo(8 + 1); // 8 events + legend
        assertThat(Files.readString(target)).contains("Tijdlijn van casus case-2026-017");
    }

    @Test
    void timeline_refuses_a_missing_file() {
        Outcome o = meldcode("timeline", dir.resolve("nowhere.json"));

        assertThat(o.code()).isEqualTo(2);
        assertThat(o.errLines()).singleElement().asString().contains("no such file");
    }

    @Test
    void migrate_reports_what_moving_the_example_case_to_the_national_framework_changes_and_writes_it()
            throws Exception {
        // GIVEN the example case under the seed plan
        Path target = dir.resolve("migrated.json");
        // WHEN it is migrated to the national framework
        Outcome o = meldcode("migrate", EXAMPLE, "--to", "landelijk", "--lang", "en", "-o", target);
        // THEN the report names both protocols and the migrated case is written under the new one
        assertThat(o.code()).as(o.err()).isIn(0, 1);
        assertThat(o.out()).contains("from stappenplan@2021-09 to landelijk@2019-01", "events are kept");
        org.meldcode.model.Case original = org.meldcode.json.CaseJson.read(EXAMPLE);
        org.meldcode.model.Case migrated = org.meldcode.json.CaseJson.read(target);
        assertThat(migrated.protocol()).isEqualTo(org.meldcode.model.ProtocolRef.LANDELIJK_2019);
        assertThat(migrated.size()).isEqualTo(original.size());
    }

    @Test
    void migrate_to_the_case_s_own_protocol_or_an_unknown_one_exits_2_with_one_line() {
        Outcome same = meldcode("migrate", EXAMPLE, "--to", "stappenplan@2021-09");
        Outcome unknown = meldcode("migrate", EXAMPLE, "--to", "nope@1");
        assertThat(same.code()).isEqualTo(2);
        assertThat(same.errLines()).singleElement().asString().contains("already under stappenplan@2021-09");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.errLines()).singleElement().asString().startsWith("meldcode: unknown protocol 'nope@1'");
    }
}
