package org.meldcode.engine;

import java.util.Objects;
import org.meldcode.protocol.Clause;
import org.meldcode.protocol.Message;

/**
 * One reason an action is refused: the clause it breaks and what in the case caused it.
 *
 * @param clause      the clause the action breaks
 * @param explanation what in this case triggered the clause, for people to read
 */
public record Finding(Clause clause, Message explanation) {

    /** Validates the fields. */
    public Finding {
        Objects.requireNonNull(clause, "Finding.clause is required");
        Objects.requireNonNull(explanation, "Finding.explanation is required");
    }

    /** The id of the clause. */
    public String clauseId() {
        return clause.id();
    }
}
