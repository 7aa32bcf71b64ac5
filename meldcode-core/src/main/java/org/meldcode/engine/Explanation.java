package org.meldcode.engine;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.meldcode.protocol.Message;

/**
 * Why a ruling is what it is: for each refusal, the chain of rules, derived conclusions and events
 * behind it; and the state of the case the rules derived (the steps completed, the latest
 * weighing, ...), each with its own chain, which is what permits an action that is not refused.
 *
 * <p>Built by the engine from the rules' own metadata while they run, not written per rule.
 *
 * @param ruling    the ruling explained
 * @param refusals  one reason per finding of the ruling, in the ruling's order
 * @param state     what the rules derived about the case, each with its chain
 */
public record Explanation(Ruling ruling, List<Reason> refusals, List<Reason> state) {

    /** Validates and copies the fields. */
    public Explanation {
        Objects.requireNonNull(ruling, "Explanation.ruling is required");
        refusals = List.copyOf(refusals);
        state = List.copyOf(state);
    }

    /**
     * The explanation as indented plain text in the given language (Dutch unless English is
     * asked for): the ruling, each refusal with its remedy and chain, then the case's state.
     *
     * @param locale the language
     * @return the text, lines separated by {@code \n}
     */
    public String render(Locale locale) {
        StringBuilder out = new StringBuilder();
        Message head = ruling.permitted()
                ? Message.of("explain.permitted", ruling.action().type())
                : Message.of("explain.refused", ruling.action().type());
        out.append(head.in(locale)).append('\n');
        for (int i = 0; i < refusals.size(); i++) {
            Finding finding = ruling.findings().get(i);
            out.append("- ")
                    .append(finding.clauseId())
                    .append(": ")
                    .append(finding.explanation().in(locale))
                    .append('\n');
            out.append("  ")
                    .append(Message.of("explain.remedy", finding.remedy()).in(locale))
                    .append('\n');
            out.append("    ").append(finding.way().summary().in(locale)).append('\n');
            for (Reason r : refusals.get(i).because()) {
                render(r, locale, 2, out);
            }
        }
        if (!state.isEmpty()) {
            out.append(Message.of("explain.state").in(locale)).append('\n');
            for (Reason r : state) {
                render(r, locale, 1, out);
            }
        }
        return out.toString();
    }

    private static void render(Reason reason, Locale locale, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append("- ").append(reason.conclusion().in(locale));
        reason.clause().ifPresent(c -> out.append(" [").append(c.id()).append(']'));
        out.append('\n');
        if (depth < 12) {
            for (Reason r : reason.because()) {
                render(r, locale, depth + 1, out);
            }
        }
    }
}
