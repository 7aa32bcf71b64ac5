package org.meldcode.model;

import java.time.Instant;

/**
 * Veilig Thuis is consulted for advice, which may be done without the pupil's name.
 *
 * @param at        when the advice was asked
 * @param actor     who asked it
 * @param anonymous whether the pupil's name was withheld
 */
public record Advice(Instant at, Actor actor, boolean anonymous) implements Action {

    /** Validates the fields. */
    public Advice {
        Checks.moment(at, "Advice.at");
        Checks.present(actor, "Advice.actor");
    }

    @Override
    public ActionType type() {
        return ActionType.ADVICE;
    }
}
