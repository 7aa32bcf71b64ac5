package org.meldcode.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.meldcode.protocol.Message;

/** The README's demonstration walks the whole case and shows its refusals with their clauses. */
class DemoTest {

    private static String run(Locale lang) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Demo(new PrintStream(bytes, true, StandardCharsets.UTF_8), lang).run();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_dutch_demo_reaches_the_parents_conversation_and_explains_three_refusals() throws Exception {
        String out = run(Message.DUTCH);
        assertThat(out).contains("SP-2.2", "SP-3.5", "SP-5.6");
        assertThat(out).contains("De leerkracht is niet bij het gesprek met de ouders.");
        assertThat(out)
                .contains(
                        "De school meldt nooit anoniem: zij vraagt Veilig Thuis niet haar naam als melder voor het gezin geheim te houden.");
        assertThat(out).contains("9 handelingen toegestaan, 3 geweigerd; de casus heeft 9 gebeurtenissen.");
        assertThat(out).contains("de casus afsluiten");
    }

    @Test
    void the_english_demo_says_the_same_in_english() throws Exception {
        String out = run(Locale.ENGLISH);
        assertThat(out)
                .contains(
                        "REFUSED",
                        "The school never reports anonymously: it does not ask Veilig Thuis to keep its name as the reporter from the family.");
        assertThat(out).contains("9 actions permitted, 3 refused; the case has 9 events.");
        assertThat(out).doesNotContain("GEWEIGERD");
    }
}
