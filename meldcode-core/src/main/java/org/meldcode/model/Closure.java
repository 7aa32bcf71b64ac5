package org.meldcode.model;

import java.time.Instant;

/**
 * The case is closed; a closed case accepts nothing more.
 *
 * @param at     when it was closed
 * @param actor  who closed it
 * @param reason why, in a sentence
 */
public record Closure(Instant at, Actor actor, String reason) implements Action {

    /** Validates the fields. */
    public Closure {
        Checks.moment(at, "Closure.at");
        Checks.present(actor, "Closure.actor");
        Checks.text(reason, "Closure.reason");
    }

    @Override
    public ActionType type() {
        return ActionType.CLOSURE;
    }

    /** Leaves out the free text, which may hold pupil data; only its length is shown. */
    @Override
    public String toString() {
        return "Closure[at=" + at + ", actor=" + actor + ", reason=<" + reason.length() + " chars>]";
    }
}
