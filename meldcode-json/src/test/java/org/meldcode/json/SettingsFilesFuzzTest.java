package org.meldcode.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.meldcode.json.error.InvalidInputException;
import org.meldcode.settings.SchoolSettings;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Random edits of the documented example settings file: each either reads as valid settings or is
 * refused with the documented one-line {@link InvalidInputException}; nothing else ever comes out.
 */
class SettingsFilesFuzzTest {

    private static final String EXAMPLE = read();
    private static final String SIGNIFICANT = ":-{}[],'\"#\n 0123456789P+./~&*!|>%@`\\\u0000é";

    private static String read() {
        try {
            return Files.readString(Path.of("..", "docs", "settings-example.yaml"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An edit: at a position, delete some characters and insert one YAML-significant character. */
    private static Gen<int[]> edits() {
        return SourceDSL.integers()
                .between(0, EXAMPLE.length() - 1)
                .zip(
                        SourceDSL.integers().between(0, 6),
                        SourceDSL.integers().between(0, SIGNIFICANT.length() - 1),
                        (at, delete, insert) -> new int[] {at, delete, insert});
    }

    private static String apply(int[] edit, String text) {
        int at = Math.min(edit[0], text.length());
        int end = Math.min(text.length(), at + edit[1]);
        return text.substring(0, at) + SIGNIFICANT.charAt(edit[2]) + text.substring(end);
    }

    @Test
    void an_edited_example_reads_as_settings_or_gives_the_documented_error_only() {
        qt().withFixedSeed(20261128L)
                .withExamples(3000)
                .forAll(edits(), edits(), edits())
                .checkAssert((a, b, c) -> {
                    String text = apply(c, apply(b, apply(a, EXAMPLE)));
                    try {
                        SchoolSettings s = SettingsFiles.read(text, false);
                        assertThat(s).isNotNull();
                    } catch (InvalidInputException e) {
                        assertThat(e.getMessage()).doesNotContain("\n").isNotBlank();
                    }
                });
    }

    @Test
    void the_example_as_json_reads_the_same_settings() {
        // the same settings in the other syntax: the two readers agree
        SchoolSettings yaml = SettingsFiles.read(EXAMPLE, false);
        String json = """
                {"school": "OBS De Testboom (fictief)",
                 "veiligThuis": {"region": "Regio Voorbeeld (fictief)", "name": "Veilig Thuis Regio Voorbeeld",
                                 "phone": "0800-2000", "website": "https://veiligthuis.nl"},
                 "safeguardingOfficers": [{"role": "INTERN_BEGELEIDER", "staffId": "af-601"},
                                          {"role": "DIRECTOR", "staffId": "af-602"}],
                 "teacherMayJoinParentsConversation": false,
                 "conversationSkipRoles": ["TEACHER", "INTERN_BEGELEIDER", "DIRECTOR"],
                 "followUpAfterHelp": "P6W",
                 "stepDeadlines": {"1": "P1D", "2": 5, "3": "P2W", "4": "P1W", "5": "P1W"}}
                """;

        assertThat(SettingsFiles.read(json, true)).isEqualTo(yaml);
    }
}
