package org.meldcode.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.Guidance;

/** The README's embedding snippet is real code that runs, and the README shows it as it is. */
class EmbeddingTest {

    @Test
    void the_snippet_runs_and_leaves_the_case_in_step_2() {
        Guidance g = Embedding.run(Instant.parse("2026-09-07T08:00:00Z"));
        assertThat(g.currentStep().number()).isEqualTo(2);
    }

    @Test
    void the_readme_shows_the_snippet_as_it_is_in_the_code() throws IOException {
        String code =
                Files.readString(Path.of("src/main/java/org/meldcode/examples/Embedding.java"), StandardCharsets.UTF_8);
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String snippet = code.substring(code.indexOf("// --- README snippet ---") + 25, code.indexOf("// --- end"));
        for (String line : snippet.strip().split("\n")) {
            String statement = line.strip().replaceAll(" *//.*", "");
            if (!statement.isEmpty()) {
                assertThat(readme).as("README line %s", statement).contains(statement);
            }
        }
    }
}
