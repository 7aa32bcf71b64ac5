package org.meldcode.engine;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.meldcode.model.ActionType;
import org.meldcode.protocol.Clause;
import org.meldcode.protocol.Message;

/**
 * Something the protocol still requires in a case, such as telling the parents of a report.
 *
 * @param clause the clause that creates the obligation
 * @param text   what is owed, for people to read
 * @param since  since when it is open: the moment of the latest event among those that made it
 *               due (the report that must be told, the weighing that must be discussed); for an
 *               obligation that no particular event made due (informing the IB), the case's
 *               first event; empty in a case without events
 * @param dueAt  when it falls due under the school's deadlines: the first moment at which the
 *               step it belongs to counts as overdue, that is the start of the day after the
 *               deadline's last day in the school's time zone (a deadline of a step runs from
 *               the completion of the step before it; for step 1 from the case's first event).
 *               Empty when the school set no deadline for the obligation's step, and for
 *               obligations that belong to no step. A host schedules a reminder at this moment
 *               instead of polling ({@link MeldcodeEngine#nextDeadline}).
 * @param dischargedBy the kinds of action that discharge it (such as a report conversation for
 *               telling the parents of a report), in the order of {@link ActionType}; which roles
 *               may take them now is {@link Guidance#takenBy(Obligation)}. Empty only for
 *               obligations built by hand without it.
 */
public record Obligation(
        Clause clause, Message text, Optional<Instant> since, Optional<Instant> dueAt, Set<ActionType> dischargedBy) {

    /** Validates the fields and copies the kinds of action. */
    public Obligation {
        Objects.requireNonNull(clause, "Obligation.clause is required");
        Objects.requireNonNull(text, "Obligation.text is required");
        Objects.requireNonNull(since, "Obligation.since is required");
        Objects.requireNonNull(dueAt, "Obligation.dueAt is required");
        Objects.requireNonNull(dischargedBy, "Obligation.dischargedBy is required");
        dischargedBy =
                dischargedBy.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(dischargedBy));
    }

    /** An obligation without named ways to discharge it. */
    public Obligation(Clause clause, Message text, Optional<Instant> since, Optional<Instant> dueAt) {
        this(clause, text, since, dueAt, Set.of());
    }

    /** An obligation without a due moment. */
    public Obligation(Clause clause, Message text, Optional<Instant> since) {
        this(clause, text, since, Optional.empty());
    }

    /** An obligation without a known opening moment or due moment. */
    public Obligation(Clause clause, Message text) {
        this(clause, text, Optional.empty(), Optional.empty());
    }
}
