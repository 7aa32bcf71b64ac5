package org.meldcode.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.meldcode.protocol.Clause;
import org.meldcode.protocol.Message;

/**
 * One link in the chain behind a ruling: a conclusion the rules drew, the rule and clause that
 * drew it, and the conclusions and events it rests on.
 *
 * <p>A reason with no rule is a fact of the case itself: one of its events.
 *
 * @param conclusion what was concluded, for people to read
 * @param rule       the name of the rule that drew it; empty for an event of the case
 * @param clause     the clause that rule enforces; empty for an event of the case
 * @param event      the sequence number of the event, for an event of the case; 0 otherwise
 * @param because    what the conclusion rests on (conclusions and events), in the rule's order
 */
public record Reason(
        Message conclusion, Optional<String> rule, Optional<Clause> clause, int event, List<Reason> because) {

    /** Validates and copies the fields. */
    public Reason {
        Objects.requireNonNull(conclusion, "Reason.conclusion is required");
        Objects.requireNonNull(rule, "Reason.rule is required");
        Objects.requireNonNull(clause, "Reason.clause is required");
        because = List.copyOf(because);
    }

    /** Whether this reason is an event of the case rather than a conclusion of a rule. */
    public boolean isEvent() {
        return event > 0;
    }
}
