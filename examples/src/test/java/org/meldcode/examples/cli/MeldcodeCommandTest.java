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
    void run_replays_issue_13s_actions_acute_danger_a_suspect_by_position_and_a_skip_that_must_name_a_danger()
            throws IOException {
        Outcome o = meldcode("run", file("issue-13.yaml", Fixtures.ISSUE_13));

        assertThat(o.code()).as(o.out() + o.err()).isZero();
        assertThat(o.out())
                .containsPattern("step 2 +REPORT +TEACHER lk-104 +permitted +ok")
                .containsPattern("step 3 +STAFF_SUSPICION +TEACHER lk-104 +permitted +ok")
                .containsPattern("step 4 +BOARD_NOTIFICATION +TEACHER lk-104 +refused SR-1.2 +ok")
                .containsPattern("step 8 +CONVERSATION_SKIP +INTERN_BEGELEIDER ib-201 +refused SP-3.1 +ok")
                .containsPattern("step 9 +CONVERSATION_SKIP +INTERN_BEGELEIDER ib-201 +permitted +ok")
                .doesNotContain("MISMATCH");
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
        assertThat(o.err()).contains("Missing required parameter", "(see meldcode run --help)");
    }

    // --- guide ---

    @Test
    void guide_tells_the_step_what_is_owed_and_who_may_act_in_dutch() throws IOException {
        Outcome o = meldcode("guide", file("case.json", Fixtures.caseJson()));

        assertThat(o.code()).isZero();
        assertThat(o.err()).isEmpty();
        assertThat(o.out())
                .contains("Casus case-cli-1 (stappenplan@2021-09, 2 gebeurtenissen)")
                .contains("Stap 2: Collegiale consultatie")
                .contains("Afgesloten: nee")
                .containsPattern("SP-2.1 +De leerkracht en de intern begeleider")
                .contains("afhandelen: collegiale consultatie (")
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
                .contains("discharged by: collegial consultation (")
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
        assertThat(scenario.errLines()).singleElement().asString().contains("scenario.json: this is a scenario file");
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
        assertThat(help.out()).contains("Usage: meldcode", "run", "guide", "clauses", "review", "demo", "Exit codes:");
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

    // --- review ---

    /** Settings with the national Veilig Thuis number and site (fictional school). */
    static final String NATIONAL_CONTACT = """
            school: OBS De Testboom (fictief)
            veiligThuis: {region: Regio Voorbeeld, name: Veilig Thuis Regio Voorbeeld, phone: 0800-2000, \
            website: https://veiligthuis.nl}
            """;

    @Test
    void review_of_the_seed_prints_markdown_in_dutch_and_exits_1_for_its_errors() {
        Outcome o = meldcode("review");

        assertThat(o.code()).isEqualTo(1);
        assertThat(o.err()).isEmpty();
        assertThat(o.out())
                .startsWith("# Toetsing aan het landelijk kader: stappenplan@2021-09")
                .contains("| NAT-1 | fout | Geen afwegingskader in stap 4 en 5 | SP-4.1, SP-5.2 | — |")
                .contains("088-2000 (uit het protocol) is geen telefoonnummer van Veilig Thuis.")
                .contains("www.amk-nederland.nl (uit het protocol) is een site van het AMK");
        assertThat(meldcode("review", "stappenplan@2021-09").out()).isEqualTo(o.out());
        assertThat(meldcode("review", "stappenplan").out()).isEqualTo(o.out());
    }

    @Test
    void review_in_english_with_settings_that_fix_the_contact_data() throws IOException {
        Outcome o = meldcode("review", "--settings", file("school.yaml", NATIONAL_CONTACT), "--lang", "en");

        assertThat(o.code()).isEqualTo(1);
        assertThat(o.out())
                .startsWith("# Review against the national framework: stappenplan@2021-09\n\nSchool: OBS De Testboom")
                .contains("NAT-1", "NAT-7")
                .doesNotContain("NAT-8", "NAT-9", "088-2000");
    }

    @Test
    void review_refuses_an_unknown_protocol_and_invalid_settings_with_one_line() throws IOException {
        Outcome unknown = meldcode("review", "leerlingzorg@2020-01");
        Path bad = file("bad.yaml", "veiligThuis: {region: R, name: N, phone: 088-2000, website: veiligthuis.nl}\n");
        Outcome invalid = meldcode("review", "--settings", bad);
        Outcome role = meldcode("review", "--settings", file("role.yaml", "conversationSkipRoles: [JANITOR]\n"));
        Outcome missing = meldcode("review", "--settings", dir.resolve("nowhere.yaml"));

        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.errLines())
                .containsExactly(
                        "meldcode: unknown protocol 'leerlingzorg@2020-01'; known: stappenplan@2021-09, landelijk@2019-01");
        assertThat(invalid.code()).isEqualTo(2);
        assertThat(invalid.out()).isEmpty();
        assertThat(invalid.errLines())
                .singleElement()
                .asString()
                .isEqualTo("meldcode: " + bad + ": /veiligThuis/phone: '088-2000' is not a Dutch phone number"
                        + " (expected e.g. 0800-2000, 088-1234567, 036-1234567 or +31 36 1234567)");
        assertThat(role.code()).isEqualTo(2);
        assertThat(role.err()).contains("role.yaml: /conversationSkipRoles/0: unknown role 'JANITOR'");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nowhere.yaml: no such file");
    }

    @Test
    void review_help_documents_its_exit_codes() throws IOException {
        // The seed always has errors of its own; the exit code follows the review, shown by the help.
        Outcome help = meldcode("review", "--help");

        assertThat(help.code()).isZero();
        assertThat(help.out())
                .contains("Usage: meldcode review", "--settings=FILE", "0   the review was printed and found no error")
                .contains("1   the review was printed and found at least one ERROR");
    }

    @Test
    void guide_with_settings_and_a_clock_shows_what_is_overdue() throws IOException {
        Path c = file("case.json", Fixtures.caseJson()); // the IB informed on 7 September 2026
        Path settings = file("school.yaml", "stepDeadlines: {2: P5D}\n");

        Outcome inTime = meldcode("guide", c, "--settings", settings, "--now", "2026-09-12T08:00:00Z");
        Outcome late = meldcode("guide", c, "--settings", settings, "--now", "2026-09-13T08:00:00Z", "--lang", "en");
        Outcome noClock = meldcode("guide", c, "--settings", settings);

        assertThat(inTime.code()).isZero();
        assertThat(inTime.out()).doesNotContain("ST-1");
        assertThat(late.code()).isZero();
        assertThat(late.out()).containsPattern("ST-1 +Deadline passed: step 2 was to be completed by 2026-09-12");
        assertThat(noClock.out()).doesNotContain("ST-1");
        assertThat(noClock.out()).containsPattern("SP-2\\.1 .*\\(uiterlijk 2026-09-12\\)");
        assertThat(meldcode("guide", c).out()).doesNotContain("uiterlijk");
        assertThat(meldcode("guide", c, "--now", "yesterday").code()).isEqualTo(2);
        assertThat(meldcode("guide", c, "--settings", file("x.yaml", "stepDeadlines: {2: -1}\n"))
                        .err())
                .contains("x.yaml: /stepDeadlines/2: must be a positive number of days");
    }
}
