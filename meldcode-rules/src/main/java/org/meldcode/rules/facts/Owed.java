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
 * @param since  since when it is due ({@link Since}; not part of equality)
 */
public record Owed(String clause, int order, String key, List<Object> args, Since since) {

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
        String clause = Clauses.of(context.getRule());
        List<Object> list = List.of(args);
        return Since.of(context, s -> new Owed(clause, order, key, list, s), Owed.class);
    }
}
