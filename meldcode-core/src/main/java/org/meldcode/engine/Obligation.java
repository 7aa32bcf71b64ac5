package org.meldcode.engine;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
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
 */
public record Obligation(Clause clause, Message text, Optional<Instant> since) {

    /** Validates the fields. */
    public Obligation {
        Objects.requireNonNull(clause, "Obligation.clause is required");
        Objects.requireNonNull(text, "Obligation.text is required");
        Objects.requireNonNull(since, "Obligation.since is required");
    }

    /** An obligation without a known opening moment. */
    public Obligation(Clause clause, Message text) {
        this(clause, text, Optional.empty());
    }
}
