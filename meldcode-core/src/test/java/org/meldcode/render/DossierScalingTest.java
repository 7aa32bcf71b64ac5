package org.meldcode.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.render.RenderFixtures.TEACHER;
import static org.meldcode.render.RenderFixtures.guidance;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.meldcode.model.Action;
import org.meldcode.model.Case;
import org.meldcode.model.LogEntry;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.quicktheories.generators.SourceDSL;

/** A long case's dossier looks its labels up once, and escapes its texts as it always did. */
class DossierScalingTest {

    private static Case logbook(int count) {
        List<Action> actions = new ArrayList<>();
        Instant start = Instant.parse("2026-09-07T07:00:00Z");
        for (int i = 0; i < count; i++) {
            actions.add(new LogEntry(
                    start.plusSeconds(60L * i),
                    TEACHER,
                    LocalDate.of(2026, 9, 7),
                    i % 2 == 0 ? Signal.BEHAVIOUR : Signal.INJURY,
                    i % 3 == 0 ? Source.OWN_OBSERVATION : Source.OTHER_CHILD,
                    "Synthetic observation " + i + ".\nA second line.",
                    i % 5 == 0));
        }
        return RenderFixtures.build("case-scaling", actions);
    }

    @Test
    void rendering_the_dossier_of_many_events_looks_up_as_many_texts_as_that_of_a_few() {
        // GIVEN a case of six logbook entries and one of two thousand of the same kinds
        Case few = logbook(6);
        Case many = logbook(2_000);

        // WHEN the dossier of each is rendered as Markdown, in Dutch and in English
        long before = Fmt.said();
        Dossier.of(few, guidance(few, 1, false)).markdown();
        Dossier.of(few, guidance(few, 1, false)).markdown(Locale.ENGLISH);
        long forFew = Fmt.said() - before;
        before = Fmt.said();
        String dutch = Dossier.of(many, guidance(many, 1, false)).markdown();
        String english = Dossier.of(many, guidance(many, 1, false)).markdown(Locale.ENGLISH);
        long forMany = Fmt.said() - before;

        // THEN every event is shown, with the bundle consulted no more often than for the short case
        assertThat(dutch).contains("### 2000. ").contains("  > Synthetic observation 1999.\n  > A second line.");
        assertThat(english).contains("### 2000. ");
        assertThat(forMany).isEqualTo(forFew);
    }

    /** The escaping as it was written before it learnt to leave unchanged texts uncopied. */
    private static String escapedAsBefore(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>#|!~&{}".indexOf(c) >= 0) {
                out.append('\\');
            } else if ((c == '-' || c == '+' || c == '=') && out.length() == 0) {
                out.append('\\');
            } else if ((c == '.' || c == ')')
                    && i > 0
                    && text.substring(0, i).chars().allMatch(Character::isDigit)) {
                out.append('\\');
            }
            out.append(c == '\r' || c == '\n' ? ' ' : c);
        }
        return out.toString();
    }

    @Test
    void any_text_is_escaped_and_split_into_lines_as_before() {
        // GIVEN texts over an alphabet of every character the escaping treats apart, digits and line breaks
        String alphabet = "a1٣.)-+=*_[]<>#|!~&{}\\` \r\n\u2028\u0085\u000B";

        // WHEN and THEN each is escaped as before, and split into the lines the \R pattern finds
        qt().forAll(SourceDSL.lists()
                        .of(SourceDSL.integers().between(0, alphabet.length() - 1))
                        .ofSizeBetween(0, 10))
                .checkAssert(indexes -> {
                    StringBuilder b = new StringBuilder();
                    indexes.forEach(i -> b.append(alphabet.charAt(i)));
                    String text = b.toString();
                    assertThat(DossierMarkdown.escape(text)).as("'%s'", text).isEqualTo(escapedAsBefore(text));
                    assertThat(DossierMarkdown.lines(text)).as("'%s'", text).containsExactly(text.split("\\R", -1));
                });
    }
}
