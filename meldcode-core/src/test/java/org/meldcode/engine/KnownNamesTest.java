package org.meldcode.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lookup the engine uses to keep other children's and parents' names out of the logbook. */
class KnownNamesTest {

    private static final KnownNames NAMES = KnownNames.of(List.of("Zoë", "Bram", "van der Berg", "Jan-Willem"));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bram zei dat hij het gezien had.",
                "Het was volgens bram niet de eerste keer.",
                "Gezien door BRAM.",
                "Dat zei Bram, een klasgenoot.",
                "(Bram)",
                "Bram"
            })
    void a_name_matches_as_a_whole_word_whatever_its_case_or_surrounding_punctuation(String text) {
        assertThat(NAMES.mentionedIn(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Zoë vertelde het.",
                "zoe vertelde het.",
                "ZOE vertelde het.",
                "Zoe\u0308 vertelde het.",
                "ZOË's moeder"
            })
    void a_name_matches_with_or_without_its_diacritics(String text) {
        assertThat(NAMES.mentionedIn(text)).isTrue();
    }

    @Test
    void a_name_written_without_diacritics_matches_a_text_written_with_them() {
        KnownNames plain = KnownNames.of(List.of("Zoe"));

        assertThat(plain.mentionedIn("Zoë was erbij.")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mevrouw Van der Berg zei dat", "VAN DER BERG", "volgens mw. van der Berg."})
    void a_name_of_several_words_matches_those_words_in_sequence(String text) {
        assertThat(NAMES.mentionedIn(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Berg van der zei", "van den Berg zei", "van der mooie Berg", "vanderberg", "Bergen"})
    void a_name_of_several_words_does_not_match_other_orders_or_other_words(String text) {
        assertThat(KnownNames.of(List.of("van der Berg")).mentionedIn(text)).isFalse();
    }

    @Test
    void a_hyphenated_name_matches_with_a_hyphen_or_a_space() {
        assertThat(NAMES.mentionedIn("Jan-Willem was er ook.")).isTrue();
        assertThat(NAMES.mentionedIn("Jan Willem was er ook.")).isTrue();
        assertThat(NAMES.mentionedIn("Jan was er ook.")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Brammetje huilde.", "Abram zei het.", "zoetjes", "Zoëlla", "Het brambos achter school."})
    void a_name_does_not_match_inside_a_longer_word(String text) {
        assertThat(NAMES.mentionedIn(text)).isFalse();
    }

    @Test
    void a_text_without_any_known_name_does_not_match() {
        assertThat(NAMES.mentionedIn("De leerling kwam zonder jas en ontbijt op school."))
                .isFalse();
        assertThat(NAMES.mentionedIn("")).isFalse();
        assertThat(NAMES.mentionedIn("   ")).isFalse();
    }

    @Test
    void blank_names_are_ignored_and_never_match_everything() {
        // GIVEN a list with blank and punctuation-only entries, as a host's data may contain
        List<String> names = new ArrayList<>(List.of("", "   ", "\t", "-", "."));

        // WHEN a lookup is built from it
        KnownNames lookup = KnownNames.of(names);

        // THEN no text matches, not even one consisting of spaces or punctuation
        assertThat(lookup.mentionedIn("Een gewone zin over de leerling.")).isFalse();
        assertThat(lookup.mentionedIn(" ")).isFalse();
        assertThat(lookup.mentionedIn("- . -")).isFalse();
    }

    @Test
    void blank_names_do_not_stop_the_other_names_from_matching() {
        KnownNames lookup = KnownNames.of(List.of(" ", "Bram", ""));

        assertThat(lookup.mentionedIn("Bram zei het.")).isTrue();
    }

    @Test
    void a_name_with_surrounding_spaces_still_matches() {
        assertThat(KnownNames.of(List.of("  Bram  ")).mentionedIn("Volgens Bram."))
                .isTrue();
    }

    @Test
    void a_lookup_over_no_names_never_matches() {
        assertThat(KnownNames.of(List.of()).mentionedIn("Bram en Zoë")).isFalse();
    }

    @Test
    void the_lookup_is_not_affected_by_later_changes_to_the_callers_list() {
        List<String> names = new ArrayList<>(List.of("Bram"));
        KnownNames lookup = KnownNames.of(names);

        names.add("Zoë");

        assertThat(lookup.mentionedIn("Zoë")).isFalse();
        assertThat(lookup.mentionedIn("Bram")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bram", "Zoë Testkind", "mevrouw Van der Berg zei", " "})
    void none_never_matches(String text) {
        assertThat(KnownNames.NONE.mentionedIn(text)).isFalse();
    }

    @Test
    void letters_that_are_not_accented_forms_still_fold_to_their_plain_spelling() {
        // GIVEN names written with ß, ø, ł and the Dutch ligature Ĳ (one character)
        KnownNames names = KnownNames.of(List.of("IJsbrand Testpersoon", "Søren", "Łukasz", "Strauß"));
        // THEN the plain spellings match, and the other way round
        assertThat(names.mentionedIn("\u0132sbrand testpersoon was there")).isTrue();
        assertThat(names.mentionedIn("soren said so")).isTrue();
        assertThat(names.mentionedIn("lukasz said so")).isTrue();
        assertThat(names.mentionedIn("mevrouw Strauss belde")).isTrue();
        assertThat(KnownNames.of(List.of("\u0132sbrand")).mentionedIn("ijsbrand"))
                .isTrue();
    }
}
