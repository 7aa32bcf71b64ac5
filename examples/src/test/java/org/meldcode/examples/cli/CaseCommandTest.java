package org.meldcode.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.examples.cli.Cli.meldcode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meldcode.json.CaseJson;
import org.meldcode.model.Case;

/** {@code meldcode case SCENARIO -o CASE.json}: the case a scenario builds, for the case commands to follow. */
class CaseCommandTest {

    @TempDir
    Path dir;

    @Test
    void the_case_holds_the_permitted_steps_and_each_refused_step_is_reported_in_one_line() throws IOException {
        // GIVEN a scenario of a permitted log entry and a refused consultation
        Path scenario = Fixtures.write(dir, "scenario.yaml", Fixtures.PASSING);
        Path target = dir.resolve("case.json");

        // WHEN its case is written
        Cli.Outcome o = meldcode("case", scenario, "-o", target);

        // THEN the case file holds only the permitted step, the refused one is one line on stderr, exit 0
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).isEmpty();
        assertThat(o.errLines())
                .containsExactly("meldcode: " + scenario + ": step 2 (CONSULTATION by TEACHER) refused SP-1.1, SP-2.1;"
                        + " skipped");
        Case written = CaseJson.read(target);
        assertThat(written.size()).isEqualTo(1);
        assertThat(written.events().get(0).action().type().name()).isEqualTo("LOG_ENTRY");
    }

    @Test
    void the_written_case_can_be_followed_by_guide_dossier_and_timeline() throws IOException {
        // GIVEN the case built from a JSON scenario
        Path target = dir.resolve("case.json");
        Cli.Outcome built = meldcode("case", Fixtures.write(dir, "scenario.json", Fixtures.PASSING_JSON), "-o", target);
        assertThat(built.code()).as(built.err()).isZero();

        // WHEN the case commands read it
        Cli.Outcome guide = meldcode("guide", target, "--lang", "en");
        Cli.Outcome dossier = meldcode("dossier", target);
        Cli.Outcome timeline = meldcode("timeline", target);

        // THEN each accepts it and shows its events
        assertThat(guide.code()).as(guide.err()).isZero();
        assertThat(guide.out())
                .contains(
                        "Case ",
                        "(stappenplan@2021-09, " + CaseJson.read(target).size() + " events)");
        assertThat(dossier.code()).as(dossier.err()).isZero();
        assertThat(timeline.code()).as(timeline.err()).isZero();
        assertThat(timeline.out()).contains("<svg", "</svg>");
    }

    @Test
    void without_o_the_case_goes_to_standard_output() throws IOException {
        // GIVEN a scenario
        Path scenario = Fixtures.write(dir, "scenario.json", Fixtures.PASSING_JSON);

        // WHEN its case is asked for without -o
        Cli.Outcome o = meldcode("case", scenario);

        // THEN the case document is printed, readable as a case
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(CaseJson.read(o.out()).size()).isPositive();
    }

    @Test
    void a_file_that_is_no_scenario_is_refused_in_one_line_and_nothing_is_written() throws IOException {
        // GIVEN a broken scenario
        Path bad = Fixtures.write(dir, "bad.yaml", Fixtures.PASSING.replace("type: LOG_ENTRY", "type: LOGENTRY"));
        Path target = dir.resolve("case.json");

        // WHEN its case is asked for
        Cli.Outcome o = meldcode("case", bad, "-o", target);

        // THEN one line names the file and place, exit 2, no case file
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.errLines()).singleElement().asString().contains("bad.yaml: /steps/0/action/type");
        assertThat(Files.exists(target)).isFalse();
    }
}
