package org.meldcode.examples.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code detail} of a bad-input problem in the language asked for. The JSON codec and the model
 * say what is wrong in English, in a few known forms ("missing required field", "unknown value 'X';
 * valid: …"). English answers give that text as it came; Dutch answers give the known form's Dutch
 * text from the page's bundle ({@code input.*}, its parts filled in), and for a form not known here a
 * general sentence (the problem's {@code pointer} still names the place), so a Dutch answer carries
 * no English sentence.
 */
final class InputProblems {

    /** A known form of a problem text and the key of its text for people. */
    private record Form(Pattern pattern, String key) {
        Form(String regex, String key) {
            this(Pattern.compile(regex, Pattern.DOTALL), key);
        }
    }

    private static final String KIND =
            "(a string|a number|true/false|an array|an object|null|something else" + "|true or false|a whole number)";

    private static final List<Form> FORMS = List.of(
            new Form("missing required field", "input.missing"),
            new Form("unknown field; expected one of: (.*)", "input.unknown-field"),
            new Form("unknown action type '(.*)'; valid: (.*)", "input.unknown-action-type"),
            new Form("unknown value '(.*)'; valid: (.*)", "input.unknown-value"),
            new Form("expected a UTC timestamp such as (\\S+), found '(.*)'", "input.timestamp"),
            new Form("expected a date such as (\\S+), found '(.*)'", "input.date"),
            new Form("expected " + KIND + ", found " + KIND, "input.expected-found"),
            new Form("expected " + KIND, "input.expected"),
            new Form("the same element is listed twice", "input.twice"),
            new Form("duplicate field '(.*)'", "input.duplicate"),
            new Form("the input is empty", "input.empty"),
            new Form("the input is binary, not text", "input.binary"),
            new Form("the input is not UTF-8 text", "input.not-utf8"),
            new Form("the document is larger than (\\d+) MB", "input.too-large"),
            new Form(".* over the maximum of ([\\d,]+) .*", "input.limit"),
            new Form("unexpected content after the end of the document", "input.trailing"),
            new Form("the request body is empty; send a JSON object", "input.body-empty"),
            new Form("the request body must be a JSON object", "input.body-not-object"),
            new Form("the request body is not valid JSON: .*", "input.not-json"),
            new Form("required: the version of the case the person saw \\(a whole number\\)", "input.version"),
            new Form("required: the action, as in the case document \\(docs/case-format.md\\)", "input.action"),
            new Form("unknown format '(.*)'; (.*)", "input.format"),
            new Form("([\\w.]+) is required", "input.required"),
            new Form("([\\w.]+) must not be blank", "input.blank"),
            new Form("([\\w.]+) must not be empty", "input.blank"));

    private InputProblems() {}

    /**
     * The problem text in the language asked for.
     *
     * @param problem what the codec or the model said, in English
     * @param locale  the language of the answer
     * @return the text for people
     */
    static String say(String problem, Locale locale) {
        if ("en".equals(locale.getLanguage())) {
            return problem;
        }
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(problem);
            if (m.matches()) {
                Object[] parts = new Object[m.groupCount()];
                for (int i = 0; i < parts.length; i++) {
                    String part = m.group(i + 1) == null ? "" : m.group(i + 1);
                    String kind = "input.kind." + part.replace(' ', '-').replace('/', '-');
                    parts[i] = part.matches("\\d{1,3}(,\\d{3})*")
                            ? String.format(
                                    locale,
                                    "%,d",
                                    Long.parseLong(part.replace(",", ""))) // a bound, grouped as the language does
                            : Texts.has(locale, kind) ? Texts.get(locale, kind) : part.replace(" or ", " of ");
                }
                return Texts.get(locale, form.key(), parts);
            }
        }
        return Texts.get(locale, "input.other");
    }
}
