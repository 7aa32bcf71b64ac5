package org.meldcode.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.meldcode.json.CaseJson;
import org.meldcode.json.error.InvalidInputException;

/** The codec's problems in Dutch: every limit the reader enforces is said with its bound. */
class InputProblemsTest {

    private static String problemOf(String json) {
        try {
            CaseJson.read(json);
        } catch (InvalidInputException e) {
            return e.problem();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void a_nesting_depth_over_the_limit_is_said_in_dutch_with_the_limit() {
        // GIVEN a document nested 40 levels deep
        String problem = problemOf("[".repeat(40) + "]".repeat(40));

        // WHEN it is said to a Dutch reader
        String dutch = InputProblems.say(problem, Locale.forLanguageTag("nl"));

        // THEN the Dutch text names the bound, and the English one is the codec's own
        assertThat(dutch).isEqualTo("De invoer is hier te groot of te diep genest (grens: 32).");
        assertThat(InputProblems.say(problem, Locale.ENGLISH)).isEqualTo("nesting depth over the maximum of 32 levels");
    }

    @Test
    void a_text_over_the_limit_is_said_in_dutch_with_the_limit() {
        // GIVEN a document with a text of 200,000 characters
        String problem = problemOf("{\"id\":\"" + "x".repeat(200_000) + "\"}");

        // THEN the Dutch text names the bound, grouped the Dutch way
        assertThat(InputProblems.say(problem, Locale.forLanguageTag("nl")))
                .isEqualTo("De invoer is hier te groot of te diep genest (grens: 100.000).");
    }
}
