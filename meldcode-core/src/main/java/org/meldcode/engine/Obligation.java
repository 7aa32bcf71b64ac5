package org.meldcode.engine;

import java.util.Objects;
import org.meldcode.protocol.Clause;
import org.meldcode.protocol.Message;

/**
 * Something the protocol still requires in a case, such as telling the parents of a report.
 *
 * @param clause the clause that creates the obligation
 * @param text   what is owed, for people to read
 */
public record Obligation(Clause clause, Message text) {

    /** Validates the fields. */
    public Obligation {
        Objects.requireNonNull(clause, "Obligation.clause is required");
        Objects.requireNonNull(text, "Obligation.text is required");
    }
}
