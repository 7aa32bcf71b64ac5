package org.meldcode.rules.facts;

import java.util.List;
import org.kie.api.runtime.rule.RuleContext;
import org.meldcode.model.Action;

/**
 * A rule refuses a proposed action; inserted logically, so the refusal disappears again when a
 * later derived fact (such as "the IB is informed") takes away its reason. The clause is read from the firing rule's own
 * {@code @clause} metadata, so a rule cannot cite a clause other than the one it declares.
 *
 * @param action the refused action
 * @param clause the clause id, or shared clause role, from the rule's metadata
 * @param rule   the name of the rule that refused it
 * @param key    the message key of the explanation
 * @param args   the explanation's arguments
 */
public record Refusal(Action action, String clause, String rule, String key, List<Object> args) {

    /** Copies the arguments. */
    public Refusal {
        args = List.copyOf(args);
    }

    /**
     * Equal when the same rule refuses the very same proposed action (by identity, not by value)
     * for the same reason. Identity keeps the truth maintenance of {@code insertLogical} from
     * comparing whole actions field by field, and two equal-looking proposals stay two.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Refusal r
                && r.action == action
                && r.clause.equals(clause)
                && r.rule.equals(rule)
                && r.key.equals(key)
                && r.args.equals(args);
    }

    @Override
    public int hashCode() {
        return (System.identityHashCode(action) * 31 + rule.hashCode()) * 31 + key.hashCode();
    }

    /**
     * A refusal by the rule that is firing.
     *
     * @param context the firing rule's context ({@code kcontext} in a consequence)
     * @param action  the refused action
     * @param key     the message key of the explanation
     * @param args    the explanation's arguments
     * @return the refusal, to insert
     */
    public static Refusal of(RuleContext context, Action action, String key, Object... args) {
        return new Refusal(
                action, Clauses.of(context.getRule()), context.getRule().getName(), key, List.of(args));
    }
}
