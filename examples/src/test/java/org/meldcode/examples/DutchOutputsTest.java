package org.meldcode.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.meldcode.protocol.Message;

/**
 * The Dutch outputs people read (the dossier, the flow chart and the timeline of the docs' example,
 * which DocPicturesTest keeps as the library renders them, and the demo) are Dutch: no English word
 * from the list, no synonym docs/glossary.md rejects.
 */
class DutchOutputsTest {

    private static final Path DOCS = Path.of("..", "docs");

    /** English words and phrases that have no place in a Dutch output, matched as whole words. */
    private static final List<String> ENGLISH =
            englishWords(Path.of("..", "meldcode-core", "src", "test", "resources", "english-in-dutch.txt"));

    /** The list of English words in {@code english-in-dutch.txt} (meldcode-core's test resources). */
    static List<String> englishWords(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rejected Dutch synonyms of the glossary's table (its fourth column). */
    private static List<String> rejected() throws IOException {
        List<String> words = new ArrayList<>();
        for (String line : Files.readAllLines(DOCS.resolve("glossary.md"), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\\|", -1);
            if (cells.length == 6 && !cells[1].contains("---") && !cells[1].contains("concept")) {
                for (String w : cells[4].split(",")) {
                    if (!w.isBlank()) {
                        words.add(w.trim());
                    }
                }
            }
        }
        return words;
    }

    /** The words people read: no style sheet, no markup, no ids or dates (tokens with a digit). */
    private static String readable(String output) {
        return output.replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("<[^>]*>", " ")
                .replaceAll("[\\w.-]*\\d[\\w.-]*", " ");
    }

    private static List<String> problems(String name, String output, List<String> words) {
        String text = readable(output);
        List<String> found = new ArrayList<>();
        for (String w : words) {
            if (Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])")
                    .matcher(text)
                    .find()) {
                found.add(name + ": " + w);
            }
        }
        return found;
    }

    @Test
    void the_dutch_dossier_flow_chart_and_timeline_of_the_example_carry_no_english_and_no_rejected_synonym()
            throws IOException {
        // GIVEN the English list and the glossary's rejected synonyms ("dossier" stays: the document)
        List<String> words = new ArrayList<>(ENGLISH);
        words.addAll(rejected().stream().filter(w -> !w.equals("dossier")).toList());
        assertThat(words).contains("zaak", "actie");

        // WHEN the Dutch outputs are read
        List<String> found = new ArrayList<>();
        for (String file : List.of(
                "examples/dossier-case-2026-017.md",
                "examples/dossier-case-2026-017.html",
                "images/protocol-stappenplan.svg",
                "images/timeline-case-2026-017.svg")) {
            found.addAll(problems(file, Files.readString(DOCS.resolve(file), StandardCharsets.UTF_8), words));
        }

        // THEN none of the words is found
        assertThat(found).isEmpty();
    }

    @Test
    void the_dutch_demo_carries_no_english_and_no_rejected_synonym() throws Exception {
        // GIVEN the demo run in Dutch
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Demo(new PrintStream(bytes, true, StandardCharsets.UTF_8), Message.DUTCH).run();
        List<String> words = new ArrayList<>(ENGLISH);
        words.addAll(rejected());

        // THEN its output has none of the words
        assertThat(problems("demo", bytes.toString(StandardCharsets.UTF_8), words))
                .isEmpty();
    }

    @Test
    void the_check_finds_english_in_a_half_translated_line() {
        assertThat(problems("example", "Gronden: Weighed on the logbook", ENGLISH))
                .containsExactly("example: the");
        assertThat(problems("example", "<p>De casus case-2026-017 is afgesloten</p>", ENGLISH))
                .isEmpty();
    }
}
