package org.meldcode.engine;

import java.util.Objects;
import org.meldcode.protocol.Clause;
import org.meldcode.protocol.Message;

/**
 * One reason an action is refused: the clause it breaks, what in the case caused it, and what
 * would make the action permitted.
 *
 * <p>Shown to staff as three parts: the clause in the library's words ({@code clause().text()}),
 * the {@link #explanation()} of what in this case triggered it, and the {@link #remedy()}.
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

    /**
     * What would make the action permitted, for people to read: for an explanation with the key
     * {@code refusal.X}, the bundle text {@code remedy.X} with the same arguments (for example "Let
     * the IB or a director take this action").
     *
     * @return the remedy
     */
    public Message remedy() {
        String key = explanation.key();
        String suffix = key.startsWith("refusal.") ? key.substring("refusal.".length()) : key;
        return new Message("remedy." + suffix, explanation.args());
    }

    /** The id of the clause. */
    public String clauseId() {
        return clause.id();
    }
}
