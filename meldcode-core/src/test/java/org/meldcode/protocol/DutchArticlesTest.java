package org.meldcode.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.meldcode.model.Position;
import org.meldcode.model.Role;

/**
 * Dutch texts put the right article in front of a role: "het directielid", "het zorgteam", "het
 * bevoegd gezag", "de intern begeleider", also where a role is filled into a sentence.
 */
class DutchArticlesTest {

    private static final Properties DUTCH = load("/org/meldcode/messages.properties");

    /** Wrong combinations found by hand, kept whatever the bundles say of the roles. */
    private static final List<String> WRONG = List.of(
            "de directielid",
            "de zorgteam",
            "de bevoegd gezag",
            "de schoolbestuur",
            "de lid van",
            "het leerkracht",
            "het intern begeleider",
            "het schoolmaatschappelijk werker",
            "het aandachtsfunctionaris",
            "het casusregisseur",
            "het vertrouwensinspecteur",
            "de dossier",
            "het casus");

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = DutchArticlesTest.class.getResourceAsStream(resource);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The wrong article for each role and position: "de" where the bundle says "het", and back. */
    private static List<String> wrongArticles() {
        List<String> wrong = new ArrayList<>(WRONG);
        Stream.of(Role.values(), Position.values()).flatMap(Stream::of).forEach(constant -> {
            String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            String definite = DUTCH.getProperty(key + ".definite");
            assertThat(definite).as("nl " + key + ".definite").isNotBlank();
            if (definite.startsWith("het ")) {
                wrong.add("de " + definite.substring(4));
            } else if (definite.startsWith("de ")) {
                wrong.add("het " + definite.substring(3));
            }
        });
        return wrong.stream().distinct().toList();
    }

    private static List<String> problems(String key, String text, List<String> wrong) {
        List<String> found = new ArrayList<>();
        for (String w : wrong) {
            if (Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])")
                    .matcher(text)
                    .find()) {
                found.add(key + ": \"" + w + "\" in: " + text);
            }
        }
        return found;
    }

    @Test
    void every_role_and_position_has_a_dutch_definite_form_that_starts_with_its_name_or_an_article() {
        for (Enum<?> constant :
                Stream.of(Role.values(), Position.values()).flatMap(Stream::of).toList()) {
            String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            String name = DUTCH.getProperty(key);
            String definite = DUTCH.getProperty(key + ".definite");

            assertThat(definite).as(key).isIn("de " + name, "het " + name, name);
        }
    }

    @Test
    void no_dutch_text_puts_a_wrong_article_before_a_role_whichever_role_fills_it_in() {
        // GIVEN every Dutch text, and every role and position as every argument
        List<String> wrong = wrongArticles();
        List<Object> fillings = new ArrayList<>();
        Collections.addAll(fillings, (Object[]) Role.values());
        Collections.addAll(fillings, (Object[]) Position.values());

        // WHEN each text is rendered with each of them
        List<String> found = new ArrayList<>();
        for (String key : DUTCH.stringPropertyNames().stream().sorted().toList()) {
            found.addAll(problems(key, DUTCH.getProperty(key), wrong));
            for (Object filling : fillings) {
                String text = Message.of(key, filling, filling, filling, filling, filling)
                        .in(Message.DUTCH);
                found.addAll(problems(key, text, wrong));
            }
        }

        // THEN no text says "de directielid", "de zorgteam", "de bevoegd gezag" or the like
        assertThat(found).isEmpty();
    }

    @Test
    void the_check_finds_a_wrong_article_when_a_sentence_puts_de_before_a_het_word() {
        // GIVEN a sentence as the bundles had it before roles had their own article
        String text = "De intern begeleider neemt contact op met Veilig Thuis, niet de "
                + Message.render(Role.DIRECTOR, Locale.forLanguageTag("nl")) + ".";

        // THEN the check finds it
        assertThat(problems("example", text, wrongArticles())).hasSize(1);
    }
}
