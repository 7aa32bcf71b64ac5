package org.meldcode.rules.facts;

import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * An open obligation in the case, derived with {@code insertLogical}; its clause is read from
 * the firing rule's {@code @clause} metadata.
 *
 * @param clause the clause id from the rule's metadata
 * @param order  where the obligation sorts among others (the step it belongs to)
 * @param key    the message key of the obligation's text
 * @param args   the text's arguments
 */
public record Owed(String clause, int order, String key, List<Object> args) {

    /** Copies the arguments. */
    public Owed {
        args = List.copyOf(args);
    }

    /**
     * An obligation created by the rule that is firing.
     *
     * @param context the firing rule's context ({@code kcontext} in a consequence)
     * @param order   where it sorts among others (the step it belongs to)
     * @param key     the message key of the obligation's text
     * @param args    the text's arguments
     * @return the obligation, to insert logically
     */
    public static Owed of(RuleContext context, int order, String key, Object... args) {
        return new Owed(Clauses.of(context.getRule()), order, key, List.of(args));
    }
}
