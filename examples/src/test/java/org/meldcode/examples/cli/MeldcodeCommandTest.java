package org.meldcode.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line called in-process through picocli, each subcommand with its output and exit code. */
class MeldcodeCommandTest {

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

    // --- run ---

    @Test
    void run_a_passing_scenario_prints_each_step_and_exits_0() throws IOException {
        Outcome o = meldcode("run", file("passing.yaml", Fixtures.PASSING));

        assertThat(o.code()).isZero();
        assertThat(o.err()).isEmpty();
        assertThat(o.out())
                .contains("passing.yaml: A consultation before the IB is informed is refused.")
                .containsPattern("step 1 +LOG_ENTRY +TEACHER lk-104 +permitted +ok")
                .containsPattern("step 2 +CONSULTATION +TEACHER lk-104 +refused SP-1.1, SP-2.1 +ok")
                .doesNotContain("MISMATCH")
                .doesNotContain("\u001B[");
        assertThat(o.out().lines().reduce((a, b) -> b)).hasValue("1 passed, 0 failed");
    }

    @Test
    void run_a_wrong_expectation_shows_the_mismatch_and_exits_1() throws IOException {
        Outcome o = meldcode("run", file("wrong.yaml", Fixtures.WRONG_EXPECTATION));

        assertThat(o.code()).isEqualTo(1);
        assertThat(o.out())
                .containsPattern("step 2 +CONSULTATION +TEACHER lk-104 +refused SP-1.1, SP-2.1 +MISMATCH")
                .contains("MISMATCH: expected permitted, was refused [SP-1.1, SP-2.1]")
                .contains("FAILED (1 of 2 steps did not match)")
                .endsWith("0 passed, 1 failed" + System.lineSeparator());
    }

    @Test
    void run_counts_files_not_steps() throws IOException {
        Outcome o = meldcode(
                "run",
                file("a.yaml", Fixtures.PASSING),
                file("b.yaml", Fixtures.WRONG_EXPECTATION),
                file("c.json", Fixtures.PASSING_JSON));

        assertThat(o.code()).isEqualTo(1);
        assertThat(o.out()).contains("2 passed, 1 failed");
        assertThat(o.out()).containsPattern("step 2 +REPORT +DIRECTOR dir-301 +refused [^\\n]*SP-5.3[^\\n]* ok");
    }

    @Test
    void run_colours_only_when_asked_off_a_terminal() throws IOException {
        Path wrong = file("wrong.yaml", Fixtures.WRONG_EXPECTATION);

        assertThat(meldcode("run", wrong).out()).doesNotContain("\u001B[");
        assertThat(meldcode("run", "--color", wrong).out()).contains("\u001B[31mMISMATCH\u001B[0m");
        assertThat(meldcode("run", "--no-color", wrong).out()).doesNotContain("\u001B[");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.meldcode.examples.cli.Fixtures#malformed")
    void run_refuses_malformed_input_with_one_line_naming_file_place_and_problem(
            String name, String content, String problem) throws IOException {
        Path bad = Fixtures.write(dir, name, content);

        Outcome o = meldcode("run", bad);

        assertThat(o.code()).isEqualTo(2);
        assertThat(o.out()).isEmpty();
        assertThat(o.errLines()).hasSize(1);
        assertThat(o.err()).startsWith("meldcode: " + bad).contains(problem);
    }

    @Test
    void run_reads_every_file_before_running_any() throws IOException {
        Path good = file("good.yaml", Fixtures.PASSING);
        Path bad = file("bad.yaml", Fixtures.PASSING.replace("type: LOG_ENTRY", "type: LOGENTRY"));
        Path worse = file("worse.yaml", "");

        Outcome o = meldcode("run", good, bad, worse);

        assertThat(o.code()).isEqualTo(2);
        assertThat(o.out()).isEmpty();
        assertThat(o.errLines())
                .satisfiesExactly(
                        l -> assertThat(l).contains("bad.yaml: /steps/0/action/type"),
                        l -> assertThat(l).contains("worse.yaml: the input is empty"));
    }

    @Test
    void debug_adds_the_stack_trace_wherever_it_is_given() throws IOException {
        Path bad = file("bad.yaml", "steps: [");

        assertThat(meldcode("run", bad).err()).doesNotContain("\tat ");
        assertThat(meldcode("run", "--debug", bad).err()).contains("InvalidInputException", "\tat ");
        assertThat(meldcode("--debug", "run", bad).err()).contains("InvalidInputException", "\tat ");
    }

    @Test
    void run_needs_a_file() {
        Outcome o = meldcode("run");

        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("Missing required parameter", "Usage: meldcode run");
    }

    // --- guide ---

    @Test
    void guide_tells_the_step_what_is_owed_and_who_may_act_in_dutch() throws IOException {
        Outcome o = meldcode("guide", file("case.json", Fixtures.caseJson()));

        assertThat(o.code()).isZero();
        assertThat(o.err()).isEmpty();
        assertThat(o.out())
                .contains("Zaak case-cli-1 (stappenplan@2021-09, 2 gebeurtenissen)")
                .contains("Stap 2: Collegiale consultatie")
                .contains("Afgesloten: nee")
                .containsPattern("SP-2.1 +De leerkracht en de intern begeleider")
                .contains("collegiale consultatie — ")
                .doesNotContain("CONSULTATION", "TEACHER");
    }

    @Test
    void guide_speaks_english_when_asked() throws IOException {
        Outcome o = meldcode("guide", file("case.json", Fixtures.caseJson()), "--lang", "en");

        assertThat(o.code()).isZero();
        assertThat(o.out())
                .contains("Step 2: Collegial consultation")
                .contains("Closed: no")
                .containsPattern("SP-2.1 +The teacher and the IB discuss the signals")
                .contains("collegial consultation — ")
                .contains("teacher");
    }

    @Test
    void guide_refuses_a_newer_schema_version() throws IOException {
        Path future = file("future.json", Fixtures.caseJsonFromTheFuture());

        Outcome o = meldcode("guide", future);

        assertThat(o.code()).isEqualTo(2);
        assertThat(o.out()).isEmpty();
        assertThat(o.errLines()).singleElement().asString().contains(future + ": /schemaVersion: schema version 99");
    }

    @Test
    void guide_refuses_an_unknown_protocol() throws IOException {
        Path unknown = file("unknown.json", Fixtures.caseJsonOfUnknownProtocol());

        Outcome o = meldcode("guide", unknown);

        assertThat(o.code()).isEqualTo(2);
        assertThat(o.out()).isEmpty();
        assertThat(o.errLines()).singleElement().asString().contains(unknown + ": /protocol: unknown protocol");
    }

    @Test
    void guide_refuses_a_missing_file_and_a_scenario_that_is_no_case() throws IOException {
        Outcome missing = meldcode("guide", dir.resolve("nowhere.json"));
        Outcome scenario = meldcode("guide", file("scenario.json", Fixtures.PASSING_JSON));

        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nowhere.json: no such file");
        assertThat(scenario.code()).isEqualTo(2);
        assertThat(scenario.errLines()).singleElement().asString().contains("scenario.json: /");
    }

    // --- clauses, demo, help, version ---

    @Test
    void clauses_lists_the_catalogue_in_order() {
        Outcome o = meldcode("clauses");

        assertThat(o.code()).isZero();
        List<String> ids = o.out()
                .lines()
                .filter(l -> l.startsWith("SP-"))
                .map(l -> l.substring(0, l.indexOf(' ')))
                .toList();
        assertThat(ids).isEqualTo(Fixtures.CLAUSE_IDS);
        assertThat(o.out()).containsPattern("SP-0.1 +alle stappen +De stappen").containsPattern("SP-5.6 +stap 5 +");
    }

    @Test
    void clauses_in_english() {
        Outcome o = meldcode("clauses", "--lang", "en");

        assertThat(o.out()).containsPattern("SP-5.6 +step 5 +The school never reports anonymously.");
    }

    @Test
    void demo_runs_as_a_subcommand() {
        Outcome o = meldcode("demo", "--lang", "en");

        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("REFUSED", "9 actions permitted, 3 refused; the case has 9 events.");
    }

    @Test
    void help_and_version() {
        Outcome help = meldcode("--help");
        Outcome version = meldcode("--version");
        Outcome runHelp = meldcode("help", "run");

        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: meldcode", "run", "guide", "clauses", "demo", "Exit codes:");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("meldcode ").contains("stappenplan@2021-09");
        assertThat(runHelp.out()).contains("Usage: meldcode run", "--[no-]color");
    }

    @Test
    void usage_errors_exit_2() {
        assertThat(meldcode().code()).isEqualTo(2);
        assertThat(meldcode("frobnicate").err()).contains("Unmatched argument at index 0: 'frobnicate'");
        assertThat(meldcode("frobnicate").code()).isEqualTo(2);
        assertThat(meldcode("clauses", "--frobnicate").code()).isEqualTo(2);
        assertThat(meldcode("clauses", "--lang", "fr").err()).contains("expected nl or en, found 'fr'");
        assertThat(meldcode("clauses", "--lang", "fr").code()).isEqualTo(2);
    }
}
