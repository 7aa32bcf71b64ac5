package org.meldcode.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.meldcode.model.ActionType;
import org.meldcode.model.Case;

/** docs/case-format.md stays true: its example reads, and every action type is described. */
class CaseFormatDocTest {

    @Test
    void the_documented_example_reads_and_writes_back_to_the_same_text() throws Exception {
        Path example = Path.of("..", "docs", "examples", "case-2026-017.json");
        String text = Files.readString(example, StandardCharsets.UTF_8);
        Case c = CaseJson.read(example);
        assertThat(c.events()).hasSize(8);
        assertThat(CaseJson.write(c).strip()).isEqualTo(text.strip());
        String doc = Files.readString(Path.of("..", "docs", "case-format.md"), StandardCharsets.UTF_8);
        assertThat(doc).contains(text.strip());
    }

    @Test
    void the_format_page_describes_every_action_type() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "case-format.md"), StandardCharsets.UTF_8);
        for (ActionType t : ActionType.values()) {
            assertThat(doc).contains("| `" + t.name() + "` |");
        }
    }
}
