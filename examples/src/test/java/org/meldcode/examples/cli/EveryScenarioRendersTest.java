package org.meldcode.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.examples.cli.Cli.meldcode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every case the scenario corpus builds (both protocols, the staff and acute routes) can be
 * followed by the case commands: a dossier in both formats and languages and a timeline, never an
 * internal error (a missing text for a kind of action once made the dossier fail on the staff route).
 */
class EveryScenarioRendersTest {

    private static final Path CORPUS = Path.of("..", "meldcode-rules", "src", "test", "resources", "scenarios");

    @TempDir
    Path dir;

    @Test
    void the_case_of_every_scenario_gets_a_dossier_and_a_timeline() throws IOException {
        List<Path> scenarios;
        try (Stream<Path> files = Files.walk(CORPUS)) {
            scenarios = files.filter(
                            p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
        assertThat(scenarios).hasSizeGreaterThan(200);
        int i = 0;
        for (Path scenario : scenarios) {
            // GIVEN the case a scenario builds
            Path target = dir.resolve("case-" + i++ + ".json");
            Cli.Outcome built = meldcode("case", scenario, "-o", target);
            assertThat(built.code()).as("%s: %s", scenario, built.err()).isZero();
            // WHEN the dossier (Markdown in Dutch, HTML in English) and the timeline are made
            // THEN each succeeds
            for (Cli.Outcome o : List.of(
                    meldcode("dossier", target, "--format", "md"),
                    meldcode("dossier", target, "--format", "html", "--lang", "en"),
                    meldcode("timeline", target))) {
                assertThat(o.code()).as("%s: %s", scenario, o.err()).isZero();
            }
        }
    }
}
