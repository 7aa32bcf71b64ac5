package org.meldcode.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Message;
import org.meldcode.protocol.Protocol;
import org.meldcode.settings.SchoolSettings;

/** docs/review.md embeds the seed's review as the library renders it now, and lists every requirement. */
class ReviewDocTest {

    private static final Path DOC = Path.of("..", "docs", "review.md");
    private static final String BEGIN = "<!-- review:begin -->\n";
    private static final String END = "<!-- review:end -->";

    @Test
    void the_seeds_review_in_the_docs_is_the_one_the_library_renders() throws IOException {
        String rendered = ReviewMarkdown.render(
                ComplianceReview.review(Protocol.of(ProtocolRef.STAPPENPLAN_2021), SchoolSettings.DEFAULTS),
                Message.DUTCH);
        String block = BEGIN + "\n```markdown\n" + rendered + "```\n\n" + END;
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int from = doc.indexOf(BEGIN);
        int to = doc.indexOf(END);
        assertThat(from).as("%s has the markers", DOC).isNotNegative();
        assertThat(to).isGreaterThan(from);
        String expected = doc.substring(0, from) + block + doc.substring(to + END.length());
        if (Boolean.getBoolean("meldcode.writeReview")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
            doc = expected;
        }
        assertThat(doc)
                .as("docs/review.md is stale; regenerate it with -Dmeldcode.writeReview=true (see the page)")
                .isEqualTo(expected);
    }

    @Test
    void the_seeds_dutch_review_reports_the_staff_route_as_added_by_the_library_and_has_no_english_source_lines() {
        // GIVEN the seed, whose text lacks the staff route that the library adds
        // WHEN its review is rendered in Dutch
        String nl = ReviewMarkdown.render(
                ComplianceReview.review(Protocol.of(ProtocolRef.STAPPENPLAN_2021), SchoolSettings.DEFAULTS),
                Message.DUTCH);
        // THEN NAT-6 and NAT-7 are no errors but added by the library, and every source line is Dutch
        assertThat(nl)
                .contains("| NAT-6 | door de bibliotheek toegevoegd |")
                .contains("| NAT-7 | door de bibliotheek toegevoegd |")
                .doesNotContain("| NAT-7 | fout |");
        for (String line : nl.split("\n")) {
            if (line.startsWith("- landelijke bron: ")) {
                assertThat(line)
                        .as("a Dutch source line")
                        .doesNotContainPattern("\\b(the|every|since|question|questions|merged|report|free)\\b");
            }
        }
    }

    @Test
    void the_docs_list_every_requirement_of_the_national_framework() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (String id : ComplianceReview.requirements()) {
            assertThat(doc).as("requirement %s in docs/review.md", id).contains("| " + id + " |");
        }
    }
}
