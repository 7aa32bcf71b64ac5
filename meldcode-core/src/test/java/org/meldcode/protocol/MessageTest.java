package org.meldcode.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.meldcode.model.ActionType;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;
import org.meldcode.model.Topic;

/** The texts for people: the two bundles, and how a {@link Message} renders them. */
class MessageTest {

    private static final Properties DUTCH = load("/org/meldcode/messages.properties");
    private static final Properties ENGLISH = load("/org/meldcode/messages_en.properties");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(?:,[a-z]+)?}");

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = MessageTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static Stream<Arguments> everyKeyOfBothBundles() {
        List<Arguments> all = new ArrayList<>();
        DUTCH.stringPropertyNames().stream()
                .sorted()
                .forEach(k -> all.add(Arguments.of("nl", k, DUTCH.getProperty(k))));
        ENGLISH.stringPropertyNames().stream()
                .sorted()
                .forEach(k -> all.add(Arguments.of("en", k, ENGLISH.getProperty(k))));
        return all.stream();
    }

    static Stream<Enum<?>> everyConstantOfRoleActionTypeAndTopic() {
        return Stream.of(Role.values(), ActionType.values(), Topic.values()).flatMap(Stream::of);
    }

    // --- The bundles ----------------------------------------------------------------------------

    @Test
    void both_bundles_have_exactly_the_same_keys() {
        assertThat(DUTCH.stringPropertyNames()).isNotEmpty();
        assertThat(ENGLISH.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(DUTCH.stringPropertyNames());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyConstantOfRoleActionTypeAndTopic")
    void every_role_action_type_and_topic_has_a_name_in_both_bundles(Enum<?> constant) {
        String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();

        assertThat(DUTCH.getProperty(key)).as("nl " + key).isNotBlank();
        assertThat(ENGLISH.getProperty(key)).as("en " + key).isNotBlank();
        assertThat(Message.exists(key, Message.DUTCH)).isTrue();
        assertThat(Message.exists(key, Locale.ENGLISH)).isTrue();
    }

    @Test
    void every_clause_has_a_dutch_and_an_english_text_that_differ() {
        for (Clause clause : Protocol.of(ProtocolRef.STAPPENPLAN_2021).clauses()) {
            String dutch = clause.text().dutch();
            String english = clause.text().english();

            assertThat(dutch).as("Dutch text of %s", clause.id()).isNotBlank();
            assertThat(english).as("English text of %s", clause.id()).isNotBlank();
            assertThat(dutch).as("texts of %s", clause.id()).isNotEqualTo(english);
            assertThat(clause.text(Message.DUTCH)).isEqualTo(dutch);
            assertThat(clause.text(Locale.ENGLISH)).isEqualTo(english);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyKeyOfBothBundles")
    void every_placeholder_of_every_text_is_filled_when_given_five_arguments(
            String language, String key, String pattern) {
        // GIVEN the pattern uses only {0} to {4}
        Matcher m = PLACEHOLDER.matcher(pattern);
        List<Integer> used = new ArrayList<>();
        while (m.find()) {
            used.add(Integer.parseInt(m.group(1)));
        }
        assertThat(used).as("placeholders of %s", key).allMatch(i -> i < 5);

        // WHEN it is rendered with five arguments
        Locale locale = language.equals("en") ? Locale.ENGLISH : Message.DUTCH;
        String rendered =
                Message.of(key, "ARG-A", "ARG-B", "ARG-C", "ARG-D", "ARG-E").in(locale);

        // THEN no placeholder is left, and each argument that was asked for is in the text
        assertThat(rendered).doesNotContain("{0}", "{1}", "{2}", "{0,", "{1,", "{2,");
        for (int i : used) {
            assertThat(rendered).contains("ARG-" + (char) ('A' + i));
        }
        if (used.isEmpty()) {
            assertThat(rendered).isEqualTo(pattern);
        }
    }

    // --- Rendering ------------------------------------------------------------------------------

    @Test
    void a_placeholder_is_replaced_by_its_argument() {
        assertThat(Message.of("refusal.order", 4, 3).dutch())
                .isEqualTo("Deze handeling hoort bij stap 4, maar stap 3 is nog niet afgerond.");
        assertThat(Message.of("refusal.order", 4, 3).english())
                .isEqualTo("This action belongs to step 4, but step 3 is not completed yet.");
    }

    @Test
    void a_placeholder_without_an_argument_is_left_as_it_is() {
        assertThat(Message.of("refusal.order", 4).english())
                .isEqualTo("This action belongs to step 4, but step {1} is not completed yet.");
    }

    @Test
    void an_enum_argument_is_rendered_through_the_bundle_in_the_messages_language() {
        Message m = Message.of("refusal.report-not-by-ib", Role.TEACHER);

        assertThat(m.dutch())
                .isEqualTo(
                        "Deze melding wordt gedaan door de leerkracht; contact met Veilig Thuis is aan de intern begeleider.");
        assertThat(m.english())
                .isEqualTo("This report is made by the teacher; the contact with Veilig Thuis is for the IB.");
    }

    @Test
    void a_placeholder_with_the_definite_form_renders_the_role_with_its_own_article() {
        // GIVEN a sentence that names the role with {0,definite}; "directielid" takes "het"
        Message m = Message.of("refusal.report-not-by-ib", Role.DIRECTOR);

        // THEN each language renders the role with its article, not the sentence's guess
        assertThat(m.dutch())
                .isEqualTo(
                        "Deze melding wordt gedaan door het directielid; contact met Veilig Thuis is aan de intern begeleider.");
        assertThat(m.english())
                .isEqualTo("This report is made by the director; the contact with Veilig Thuis is for the IB.");
    }

    @Test
    void a_placeholder_with_a_form_the_argument_lacks_renders_the_plain_argument() {
        // GIVEN an argument that is not an enum constant, and so has no definite form
        Message m = Message.of("refusal.report-not-by-ib", "ARG");

        // THEN the argument is rendered as it is
        assertThat(m.dutch())
                .isEqualTo("Deze melding wordt gedaan door ARG; contact met Veilig Thuis is aan de intern begeleider.");
    }

    @Test
    void an_enum_argument_without_a_bundle_name_is_rendered_as_its_constant() {
        assertThat(Message.of("refusal.missing-participants", java.time.DayOfWeek.MONDAY)
                        .english())
                .isEqualTo("This action lacks: MONDAY.");
    }

    @Test
    void a_collection_argument_is_rendered_element_by_element_sorted_and_joined_with_commas() {
        // GIVEN the topics in an order that is not alphabetical in either language
        List<Topic> topics = List.of(Topic.PURPOSE, Topic.FOLLOW_UP, Topic.LOGGED_SIGNALS);

        // WHEN / THEN each language sorts its own rendered names
        assertThat(Message.of("refusal.topics-missing", topics).dutch())
                .isEqualTo("In dit gesprek met de ouders ontbreekt nog: "
                        + "de signalen uit het logboek, het doel van het gesprek, vervolgafspraken.");
        assertThat(Message.of("refusal.topics-missing", topics).english())
                .isEqualTo("This conversation with the parents still lacks: "
                        + "follow-up agreements, the purpose of the conversation, the signals in the logbook.");
        assertThat(Message.of("refusal.missing-participants", EnumSet.of(Role.DIRECTOR, Role.CARE_TEAM))
                        .dutch())
                .isEqualTo("Bij deze handeling ontbreekt: directielid, zorgteam.");
        assertThat(Message.of("refusal.missing-participants", List.of("b", "c", "a"))
                        .dutch())
                .isEqualTo("Bij deze handeling ontbreekt: a, b, c.");
    }

    @Test
    void an_empty_collection_argument_renders_as_nothing() {
        assertThat(Message.of("refusal.missing-participants", List.of()).english())
                .isEqualTo("This action lacks: .");
    }

    @Test
    void a_nested_message_is_rendered_in_the_same_language() {
        Message m = Message.of("refusal.ib-not-informed", Message.of("ActionType.CONSULTATION"));

        assertThat(m.dutch())
                .isEqualTo("De intern begeleider is nog niet geïnformeerd; dat gaat voor collegiale consultatie.");
        assertThat(m.english())
                .isEqualTo("The IB has not been informed yet; that comes before collegial consultation.");
    }

    @Test
    void a_nested_message_with_its_own_arguments_is_rendered_in_full() {
        Message inner = Message.of("refusal.report-not-by-ib", Role.DIRECTOR);
        Message outer = Message.of("refusal.missing-participants", inner);

        assertThat(outer.english())
                .isEqualTo(
                        "This action lacks: This report is made by the director; the contact with Veilig Thuis is for the IB..");
    }

    @Test
    void any_english_locale_renders_english() {
        Message m = Message.of("Role.TEACHER");

        assertThat(m.in(Locale.ENGLISH)).isEqualTo("teacher");
        assertThat(m.in(Locale.UK)).isEqualTo("teacher");
        assertThat(m.in(Locale.US)).isEqualTo("teacher");
        assertThat(m.in(Locale.forLanguageTag("en-NL"))).isEqualTo("teacher");
    }

    @Test
    void any_locale_other_than_english_renders_dutch() {
        Message m = Message.of("Role.TEACHER");

        assertThat(m.dutch()).isEqualTo("leerkracht");
        for (Locale locale : List.of(
                Locale.GERMAN,
                Locale.ROOT,
                Locale.FRENCH,
                Locale.forLanguageTag("nl-BE"),
                Locale.forLanguageTag("fy"))) {
            assertThat(m.in(locale)).as(locale.toLanguageTag()).isEqualTo("leerkracht");
        }
    }

    @Test
    void the_rendering_does_not_depend_on_the_jvms_default_locale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(Message.of("Role.TEACHER").dutch()).isEqualTo("leerkracht");
            Locale.setDefault(Locale.GERMAN);
            assertThat(Message.of("Role.TEACHER").english()).isEqualTo("teacher");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void non_ascii_letters_apostrophes_and_quotes_survive_rendering() {
        // 'ï' in Dutch: the bundle is read as UTF-8.
        assertThat(Message.of("refusal.ib-not-informed", "x").dutch()).contains("geïnformeerd");
        // Apostrophes are not MessageFormat quotes here.
        assertThat(Message.of("clause.SP-6.1").english()).contains("the pupil's safety");
        assertThat(Message.of("Topic.PARENTS_RESPONSE").english()).isEqualTo("the parents' response");
        assertThat(Message.of("clause.SP-0.2").dutch()).contains("(kolom \"Wie?\")");
        // An argument with an apostrophe, braces or a diacritic is inserted verbatim.
        assertThat(Message.of("refusal.missing-participants", "Zoë's {0}").dutch())
                .isEqualTo("Bij deze handeling ontbreekt: Zoë's {0}.");
    }

    @Test
    void an_unknown_key_cannot_be_rendered() {
        assertThat(Message.exists("no.such.key", Message.DUTCH)).isFalse();
        assertThat(Message.exists("no.such.key", Locale.ENGLISH)).isFalse();
        assertThatThrownBy(() -> Message.of("no.such.key").dutch()).isInstanceOf(MissingResourceException.class);
    }

    @Test
    void a_message_requires_a_key_and_keeps_an_immutable_copy_of_its_arguments() {
        assertThatNullPointerException().isThrownBy(() -> Message.of(null)).withMessage("Message.key is required");
        assertThatNullPointerException()
                .isThrownBy(() -> new Message("Role.TEACHER", null))
                .withMessage("Message.args is required");

        List<Object> args = new ArrayList<>(List.of("a"));
        Message m = new Message("refusal.missing-participants", args);
        args.add("b");

        assertThat(m.args()).containsExactly("a");
        assertThatThrownBy(() -> m.args().add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Message.of("refusal.order", 4, 3)).isEqualTo(Message.of("refusal.order", 4, 3));
    }
}
