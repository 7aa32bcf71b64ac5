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
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Dutch bundle is Dutch: none of its texts carries an English word or sentence from the list. */
class NoEnglishInDutchTextsTest {

    /**
     * English words and phrases that have no place in a Dutch text, read from english-in-dutch.txt
     * (shared with the examples' Dutch-output tests): the wording of input errors
     * ("missing required field", "must be", "expected", "not a", "invalid", "unknown") and common
     * English words a half-translated sentence would keep. Matched as whole words, any case.
     */
    static final List<String> ENGLISH = englishWords(Path.of("src", "test", "resources", "english-in-dutch.txt"));

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

    /** The English words of the list that the text uses, each as a whole word. */
    static List<String> english(String text) {
        List<String> found = new ArrayList<>();
        for (String word : ENGLISH) {
            if (Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])")
                    .matcher(text)
                    .find()) {
                found.add(word);
            }
        }
        return found;
    }

    @Test
    void no_dutch_text_of_the_library_carries_an_english_word_from_the_list() throws IOException {
        // GIVEN every Dutch text of the library's bundle
        Properties dutch = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/meldcode/messages.properties");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            dutch.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        // WHEN each is searched for the English words
        List<String> found = new ArrayList<>();
        for (String key : dutch.stringPropertyNames().stream().sorted().toList()) {
            List<String> words = english(dutch.getProperty(key));
            if (!words.isEmpty()) {
                found.add(key + " " + words + ": " + dutch.getProperty(key));
            }
        }

        // THEN there are none
        assertThat(found).isEmpty();
    }

    @Test
    void the_search_finds_the_english_of_an_input_error_and_passes_a_dutch_sentence() {
        assertThat(english("/events/3: missing required field")).contains("missing required field");
        assertThat(english("De leerkracht informeert direct de intern begeleider."))
                .isEmpty();
        assertThat(english("Orde en rust; de casus is gestept")).isEmpty();
    }
}
