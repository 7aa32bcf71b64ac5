package org.meldcode.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meldcode.examples.cli.Processes.Outcome;

/**
 * Runs the shaded jar ({@code target/meldcode.jar}) as a separate process, as a user would: exit
 * codes, what goes to stdout and stderr, UTF-8 output. Run by failsafe after {@code package}.
 */
class MeldcodeJarIT {

    private static final Path JAR = Path.of(System.getProperty("meldcode.jar", "target/meldcode.jar"));
    private static final Path DEMO_JAR = JAR.resolveSibling("meldcode-demo.jar");

    @TempDir
    Path dir;

    @BeforeAll
    static void the_jars_are_built() {
        assertThat(JAR).as("run `mvn package` first").isRegularFile();
        assertThat(DEMO_JAR).isRegularFile();
    }

    private Outcome java(Path jar, Object... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toAbsolutePath().toString()));
        for (Object a : args) {
            command.add(a.toString());
        }
        return Processes.run(dir, Map.of(), command);
    }

    private Outcome meldcode(Object... args) throws IOException, InterruptedException {
        return java(JAR, args);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void a_passing_scenario_exits_0() throws Exception {
        Outcome o = meldcode("run", file("passing.yaml", Fixtures.PASSING));

        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out())
                .containsPattern("step 2 +CONSULTATION +TEACHER lk-104 +refused SP-1.1, SP-2.1 +ok")
                .doesNotContain("\u001B[");
        assertThat(o.out().lines().reduce((a, b) -> b)).hasValue("1 passed, 0 failed");
        assertThat(o.err()).isEmpty();
    }

    @Test
    void a_wrong_expectation_exits_1_and_shows_the_mismatch() throws Exception {
        Outcome o = meldcode("run", file("wrong.yaml", Fixtures.WRONG_EXPECTATION));

        assertThat(o.code()).as(o.err()).isEqualTo(1);
        assertThat(o.out()).contains("MISMATCH: expected permitted, was refused [SP-1.1, SP-2.1]");
        assertThat(o.out().lines().reduce((a, b) -> b)).hasValue("0 passed, 1 failed");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.meldcode.examples.cli.Fixtures#malformed")
    void malformed_input_exits_2_with_a_short_message_on_stderr_only(String name, String content, String problem)
            throws Exception {
        Path bad = Fixtures.write(dir, name, content);

        Outcome o = meldcode("run", bad);

        assertThat(o.code()).as(o.err()).isEqualTo(2);
        assertThat(o.out()).isEmpty();
        assertThat(o.errLines()).hasSizeBetween(1, 2);
        assertThat(o.err()).contains(bad.getFileName().toString(), problem).doesNotContain("\tat ", "Exception");
    }

    @Test
    void guide_prints_the_step_and_the_obligations() throws Exception {
        Outcome o = meldcode("guide", file("case.json", Fixtures.caseJson()));

        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out())
                .contains("Stap 2: Collegiale consultatie", "Afgesloten: nee")
                .containsPattern("SP-2.1 +De leerkracht en de intern begeleider bespreken de signalen")
                .contains("collegiale consultatie — intern begeleider, leerkracht"); // UTF-8 dash
    }

    @Test
    void guide_in_english() throws Exception {
        Outcome o = meldcode("guide", "--lang", "en", file("case.json", Fixtures.caseJson()));

        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("Step 2: Collegial consultation", "Still owed:", "SP-2.1");
    }

    @Test
    void guide_refuses_an_unknown_schema_version() throws Exception {
        Path future = file("future.json", Fixtures.caseJsonFromTheFuture());

        Outcome o = meldcode("guide", future);

        assertThat(o.code()).as(o.err()).isEqualTo(2);
        assertThat(o.out()).isEmpty();
        assertThat(o.errLines()).singleElement().asString().contains("future.json", "/schemaVersion", "99");
    }

    @Test
    void guide_refuses_a_missing_file_and_broken_json() throws Exception {
        Outcome missing = meldcode("guide", dir.resolve("nowhere.json"));
        Outcome broken = meldcode("guide", file("broken.json", "{\"schemaVersion\": 1,"));

        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.errLines()).singleElement().asString().contains("nowhere.json: no such file");
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.out()).isEmpty();
        assertThat(broken.errLines()).singleElement().asString().contains("broken.json: 1:");
    }

    @Test
    void clauses_lists_sp_0_1_to_sp_6_2() throws Exception {
        Outcome o = meldcode("clauses");

        assertThat(o.code()).as(o.err()).isZero();
        List<String> ids = o.out()
                .lines()
                .filter(l -> l.startsWith("SP-"))
                .map(l -> l.substring(0, l.indexOf(' ')))
                .toList();
        assertThat(ids).isEqualTo(Fixtures.CLAUSE_IDS);
    }

    @Test
    void help_version_and_usage_errors() throws Exception {
        Outcome help = meldcode("--help");
        Outcome version = meldcode("--version");
        Outcome unknown = meldcode("frobnicate");
        Outcome badOption = meldcode("run", "--frobnicate", "x.yaml");

        assertThat(help.code()).isZero();
        assertThat(help.out())
                .contains(
                        "Usage: meldcode",
                        "run",
                        "guide",
                        "clauses",
                        "demo",
                        "dossier",
                        "diagram",
                        "timeline",
                        "review",
                        "migrate");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("meldcode ");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).contains("Unmatched argument", "frobnicate");
        assertThat(badOption.code()).isEqualTo(2);
        assertThat(badOption.err().lines())
                .containsExactly("meldcode: Unknown option: '--frobnicate' (see meldcode run --help)");
    }

    @Test
    void the_jars_subcommand_help_exits_0_and_case_writes_the_case_a_scenario_builds() throws Exception {
        // GIVEN the built jar and a scenario whose second step is refused
        Path scenario = file("scenario.yaml", Fixtures.PASSING);
        Path target = dir.resolve("case.json");

        // WHEN a subcommand's help is asked for and the scenario's case is written, then guided
        Outcome help = meldcode("case", "--help");
        Outcome built = meldcode("case", scenario, "-o", target);
        Outcome guided = meldcode("guide", target, "--lang", "en");

        // THEN the help exits 0, the case holds the permitted step, the refusal is one line
        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("Usage: meldcode case");
        assertThat(built.code()).as(built.err()).isZero();
        assertThat(built.err().lines()).singleElement().asString().contains("step 2 (CONSULTATION by TEACHER) refused");
        assertThat(guided.code()).as(guided.err()).isZero();
        assertThat(guided.out()).contains("1 events)");
    }

    @Test
    void the_demo_runs_as_a_subcommand_and_from_its_own_jar() throws Exception {
        Outcome sub = meldcode("demo", "--lang", "en");
        Outcome own = java(DEMO_JAR);

        assertThat(sub.code()).as(sub.err()).isZero();
        assertThat(sub.out()).contains("9 actions permitted, 3 refused; the case has 9 events.");
        assertThat(own.code()).as(own.err()).isZero();
        assertThat(own.out()).contains("9 handelingen toegestaan, 3 geweigerd; de casus heeft 9 gebeurtenissen.");
    }

    // --- dossier, diagram, timeline ---

    @Test
    void dossier_html_and_timeline_svg_of_the_example_case_are_written_to_files() throws Exception {
        Path example = Path.of("../docs/examples/case-2026-017.json").toAbsolutePath();

        Outcome dossier = meldcode("dossier", example, "--format", "html", "-o", "dossier.html");
        Outcome timeline = meldcode("timeline", example, "--lang", "en", "-o", "timeline.svg");

        assertThat(dossier.code()).as(dossier.err()).isZero();
        assertThat(dossier.out()).isEmpty();
        assertThat(Files.readString(dir.resolve("dossier.html"), StandardCharsets.UTF_8))
                .startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"nl\">", "De intern begeleider is geïnformeerd") // UTF-8 in the file
                .doesNotContain("<script", "lk-104");
        assertThat(timeline.code()).as(timeline.err()).isZero();
        assertThat(Files.readString(dir.resolve("timeline.svg"), StandardCharsets.UTF_8))
                .startsWith("<?xml")
                .contains("Timeline of case case-2026-017");
    }

    @Test
    void diagram_prints_mermaid_and_refuses_an_unknown_protocol_with_exit_2() throws Exception {
        Outcome mermaid = meldcode("diagram", "--format", "mermaid");
        Outcome unknown = meldcode("diagram", "nope@1");

        assertThat(mermaid.code()).as(mermaid.err()).isZero();
        assertThat(mermaid.out()).contains("flowchart TD", "step2 -.->|\"overslaan\"| skip3");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.errLines())
                .singleElement()
                .asString()
                .isEqualTo("meldcode: unknown protocol 'nope@1'; known: stappenplan@2021-09, landelijk@2019-01");
    }

    @Test
    void review_prints_the_seeds_findings_and_settings_fix_the_contact_data() throws Exception {
        Outcome seed = meldcode("review");
        Outcome fixed = meldcode(
                "review", "--lang", "en", "--settings", file("school.yaml", MeldcodeCommandTest.NATIONAL_CONTACT));
        Outcome invalid = meldcode("review", "--settings", file("bad.yaml", "stepDeadlines: {9: P1D}\n"));

        assertThat(seed.code()).as(seed.err()).isEqualTo(1);
        assertThat(seed.out())
                .contains("| NAT-8 | fout | Telefoonnummer van Veilig Thuis | SP-6.1 | `veiligThuis.phone` |")
                .contains("## NAT-1 — Geen afwegingskader in stap 4 en 5 (fout)"); // UTF-8 dash
        assertThat(fixed.code()).isEqualTo(1);
        assertThat(fixed.out())
                .contains("Review against the national framework")
                .doesNotContain("NAT-8", "NAT-9");
        assertThat(invalid.code()).isEqualTo(2);
        assertThat(invalid.out()).isEmpty();
        assertThat(invalid.errLines())
                .singleElement()
                .asString()
                .contains("bad.yaml: /stepDeadlines/9: unknown step 9");
    }
}
