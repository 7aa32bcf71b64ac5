package org.meldcode.rules.facts;

import java.time.Instant;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A state the case is in, derived from its events with {@code insertLogical}.
 *
 * @param fact  the state
 * @param since since when it holds ({@link Since}; not part of equality)
 */
public record Derived(Fact fact, Since since) {

    /** A state without a known moment. */
    public Derived(Fact fact) {
        this(fact, Since.unknown());
    }

    /**
     * The state, derived by the rule that is firing, dated by what it matched.
     *
     * @param context the firing rule's context ({@code kcontext})
     * @param fact    the state
     * @return the fact, to insert logically
     */
    public static Derived of(RuleContext context, Fact fact) {
        return Since.of(context, s -> new Derived(fact, s), Derived.class);
    }

    /** Since when the state holds, or {@code null} when unknown. */
    public Instant at() {
        return since.at();
    }
}
