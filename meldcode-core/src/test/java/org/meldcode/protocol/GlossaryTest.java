package org.meldcode.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Dutch bundle uses one word per thing: the one docs/glossary.md names, never a rejected synonym. */
class GlossaryTest {

    private static final Path GLOSSARY = Path.of("..", "docs", "glossary.md");

    /** Keys whose text names the dossier document, the one place the word "dossier" belongs. */
    private static final Set<String> DOSSIER_DOCUMENT = Set.of("dossier.title");

    /**
     * The rejected Dutch synonyms of docs/glossary.md, by the Dutch word chosen: the table's rows
     * with a fourth column.
     */
    static Map<String, List<String>> rejected(Path glossary) throws IOException {
        Map<String, List<String>> rejected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(glossary, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\\|", -1);
            if (cells.length != 6
                    || cells[1].isBlank()
                    || cells[1].trim().equals("concept")
                    || cells[1].trim().startsWith("---")) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (String w : cells[4].split(",")) {
                if (!w.isBlank()) {
                    words.add(w.trim());
                }
            }
            if (!words.isEmpty()) {
                rejected.put(cells[2].trim(), words);
            }
        }
        return rejected;
    }

    /** Where a text uses a word as a whole word, case-insensitive. */
    static boolean uses(String text, String word) {
        return Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])")
                .matcher(text)
                .find();
    }

    private static Properties dutch() {
        Properties p = new Properties();
        try (InputStream in = GlossaryTest.class.getResourceAsStream("/org/meldcode/messages.properties");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Test
    void the_glossary_names_one_dutch_word_for_the_case_and_rejects_zaak_and_dossier_for_it() throws IOException {
        // WHEN the glossary is read
        Map<String, List<String>> rejected = rejected(GLOSSARY);

        // THEN the case is a "casus", never a "zaak" or a "dossier"
        assertThat(rejected).containsKey("casus");
        assertThat(rejected.get("casus")).contains("zaak", "dossier");
    }

    @Test
    void no_dutch_text_uses_a_synonym_the_glossary_rejects() throws IOException {
        // GIVEN the rejected synonyms and every Dutch text of the library
        Map<String, List<String>> rejected = rejected(GLOSSARY);
        Properties dutch = dutch();

        // WHEN each text is searched for them (the dossier document may say "dossier")
        List<String> found = new ArrayList<>();
        for (String key : dutch.stringPropertyNames().stream().sorted().toList()) {
            String text = dutch.getProperty(key);
            rejected.forEach((chosen, words) -> {
                for (String word : words) {
                    boolean document = word.equals("dossier") && DOSSIER_DOCUMENT.contains(key);
                    if (!document && uses(text, word)) {
                        found.add(key + ": \"" + word + "\" (say \"" + chosen + "\") in: " + text);
                    }
                }
            });
        }

        // THEN none is found
        assertThat(found).isEmpty();
    }

    @Test
    void the_search_finds_a_rejected_word_as_a_whole_word_only() {
        assertThat(uses("Het dossier is afgesloten.", "dossier")).isTrue();
        assertThat(uses("Zaak 17: van A naar B", "zaak")).isTrue();
        assertThat(uses("zonder dossiernummer", "dossier")).isFalse();
        assertThat(uses("de zaakwaarnemer", "zaak")).isFalse();
    }
}
