package org.meldcode.engine;

import java.util.Objects;
import org.meldcode.protocol.Clause;
import org.meldcode.protocol.Message;

/**
 * One reason an action is refused: the clause it breaks, what in this attempt caused it, and the
 * way forward that would make progress possible.
 *
 * <p>Shown to staff as three parts: the clause in the library's words ({@code clause().text()}),
 * the {@link #explanation()} of what in this attempt or case triggered it, and the {@link
 * #remedy()}; {@link #way()} gives the same way forward as data (kind of step, actions, roles,
 * fields to change).
 *
 * @param clause      the clause the action breaks
 * @param explanation what in this attempt or case triggered the clause, for people to read
 * @param way         the way forward, as data and as text
 */
public record Finding(Clause clause, Message explanation, Remedy way) {

    /** Validates the fields. */
    public Finding {
        Objects.requireNonNull(clause, "Finding.clause is required");
        Objects.requireNonNull(explanation, "Finding.explanation is required");
        Objects.requireNonNull(way, "Finding.way is required");
    }

    /**
     * The way forward for people to read: {@code way().text()}, for an explanation with the key
     * {@code refusal.X} the bundle text {@code remedy.X} with the same arguments (for example "Let
     * the IB or a director take this action").
     *
     * @return the remedy's text
     */
    public Message remedy() {
        return way.text();
    }

    /**
     * The text of the way forward that goes with an explanation: for the key {@code refusal.X},
     * {@code remedy.X} with the same arguments.
     *
     * @param explanation the explanation
     * @return the remedy's text
     */
    public static Message remedyText(Message explanation) {
        String key = explanation.key();
        String suffix = key.startsWith("refusal.") ? key.substring("refusal.".length()) : key;
        return new Message("remedy." + suffix, explanation.args());
    }

    /** The id of the clause. */
    public String clauseId() {
        return clause.id();
    }
}
