package org.meldcode.rules.facts;

import java.time.Instant;
import org.kie.api.runtime.rule.RuleContext;
import org.meldcode.model.Event;

/**
 * When a derived fact became true: the moment of the latest event among the facts the firing rule
 * matched, looking through derived facts to the events they rest on. Read from the match itself,
 * so no rule names its own dates.
 */
public final class Provenance {

    private Provenance() {}

    /**
     * The latest moment among the facts the firing rule matched.
     *
     * @param context the firing rule's context
     * @return the moment, or {@code null} when the rule matched no event nor dated fact
     */
    public static Instant latest(RuleContext context) {
        Instant latest = null;
        for (Object o : context.getMatch().getObjects()) {
            Instant at = at(o);
            if (at != null && (latest == null || at.isAfter(latest))) {
                latest = at;
            }
        }
        return latest;
    }

    /** The moment a fact rests on, or {@code null} when it has none (proposals, the protocol). */
    static Instant at(Object o) {
        if (o instanceof Event e) {
            return e.action().at();
        } else if (o instanceof Derived d) {
            return d.at();
        } else if (o instanceof StepDone s) {
            return s.at();
        } else if (o instanceof LatestWeighing w) {
            return w.weighing().at();
        } else if (o instanceof LatestDecision d) {
            return d.decision().at();
        } else if (o instanceof LatestHelp h) {
            return h.agreement().at();
        }
        return null;
    }
}
