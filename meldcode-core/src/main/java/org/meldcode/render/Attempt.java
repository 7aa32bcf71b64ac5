package org.meldcode.render;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.meldcode.engine.Ruling;
import org.meldcode.model.ActionType;

/**
 * An action someone tried to take in a case and the protocol refused, as the host recorded it:
 * when, what kind of action, and the clauses it broke. A case holds only accepted events, so a
 * host that wants refusals on a {@link Timeline} keeps these itself.
 *
 * @param at        when the action was attempted
 * @param type      the kind of action
 * @param clauseIds the ids of the clauses that refused it
 */
public record Attempt(Instant at, ActionType type, List<String> clauseIds) {

    /** Validates and copies the fields. */
    public Attempt {
        Objects.requireNonNull(at, "Attempt.at is required");
        Objects.requireNonNull(type, "Attempt.type is required");
        clauseIds = List.copyOf(clauseIds);
    }

    /**
     * The attempt behind a refused ruling.
     *
     * @param ruling a ruling from {@code MeldcodeEngine.evaluate} or {@code apply}
     * @throws IllegalArgumentException when the ruling permitted the action
     */
    public static Attempt of(Ruling ruling) {
        if (ruling.permitted()) {
            throw new IllegalArgumentException("the ruling permitted the action; only refusals are attempts");
        }
        return new Attempt(ruling.action().at(), ruling.action().type(), List.copyOf(ruling.clauseIds()));
    }
}
