package org.meldcode.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.meldcode.json.error.InvalidInputException;

/** docs/settings.md describes every key the reader accepts, and its sample errors are the real ones. */
class SettingsDocTest {

    private static final String DOC = read();

    private static String read() {
        try {
            return Files.readString(Path.of("..", "docs", "settings.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void every_key_of_a_settings_file_has_a_row_in_the_docs() {
        for (String key : SettingsFiles.TOP) {
            assertThat(DOC).as("key %s in docs/settings.md", key).contains("| `" + key + "` |");
        }
    }

    @Test
    void the_sample_errors_in_the_docs_are_what_the_reader_says() {
        for (String yaml : new String[] {
            "veiligThuis: {region: R, name: N, phone: 088-2000, website: veiligthuis.nl}",
            "conversationSkipRoles: [TEACHER, JANITOR]",
            "stepDeadlines: {2: -3}",
            "stepDeadlines: {7: P2D}",
            "colour: blue"
        }) {
            Throwable e = catchThrowable(() -> SettingsFiles.read(yaml, false));
            assertThat(e).isInstanceOf(InvalidInputException.class);
            assertThat(DOC).contains("school.yaml: " + e.getMessage() + "\n");
        }
    }
}
