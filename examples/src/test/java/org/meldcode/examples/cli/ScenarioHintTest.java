package org.meldcode.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.examples.cli.Cli.meldcode;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A scenario file given where a case document is expected gets a one-line hint, not a parser error. */
class ScenarioHintTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "guide, scenario.yaml",
        "guide, scenario.json",
        "dossier, scenario.yaml",
        "dossier, scenario.json",
        "timeline, scenario.yaml",
        "timeline, scenario.json"
    })
    void a_scenario_given_to_a_case_command_gets_a_one_line_hint_to_run_it_or_build_its_case(
            String command, String name) throws IOException {
        // GIVEN a valid scenario file, YAML or JSON
        Path scenario = Fixtures.write(dir, name, name.endsWith(".json") ? Fixtures.PASSING_JSON : Fixtures.PASSING);

        // WHEN it is given to a command that reads a case document
        Cli.Outcome o = meldcode(command, scenario);

        // THEN one line says what it is and which commands take it, exit 2
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.out()).isEmpty();
        assertThat(o.errLines())
                .containsExactly("meldcode: " + scenario + ": this is a scenario file; use `meldcode run " + scenario
                        + "` or `meldcode case " + scenario + " -o case.json`");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"guide", "dossier", "timeline"})
    void a_file_that_is_neither_a_case_nor_a_scenario_still_gets_the_case_readers_message(String command)
            throws IOException {
        // GIVEN a JSON file that is neither
        Path other = Fixtures.write(dir, "other.json", "{\"hello\": 1}");

        // WHEN it is given to a case command
        Cli.Outcome o = meldcode(command, other);

        // THEN the message is the case reader's, naming the place, with no scenario hint
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.errLines())
                .singleElement()
                .asString()
                .contains("other.json: /")
                .doesNotContain("scenario");
    }
}
