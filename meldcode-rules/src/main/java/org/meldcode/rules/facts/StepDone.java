package org.meldcode.rules.facts;

import java.time.Instant;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A step of the protocol is completed, derived from the events with {@code insertLogical}.
 *
 * @param step  the step's number
 * @param since since when ({@link Since}; not part of equality)
 */
public record StepDone(int step, Since since) {

    /** A completed step without a known moment. */
    public StepDone(int step) {
        this(step, Since.unknown());
    }

    /**
     * The step, completed as the firing rule found, dated by what it matched.
     *
     * @param context the firing rule's context ({@code kcontext})
     * @param step    the step's number
     * @return the fact, to insert logically
     */
    public static StepDone of(RuleContext context, int step) {
        return Since.of(context, s -> new StepDone(step, s), StepDone.class);
    }

    /** Since when the step is completed, or {@code null} when unknown. */
    public Instant at() {
        return since.at();
    }
}
