package org.meldcode.model;

import java.time.Instant;

/**
 * The school board (bevoegd gezag) is informed of a suspicion against a staff member.
 *
 * @param at    when the board was informed
 * @param actor who informed it
 */
public record BoardNotification(Instant at, Actor actor) implements Action {

    /** Validates the fields. */
    public BoardNotification {
        Checks.moment(at, "BoardNotification.at");
        Checks.present(actor, "BoardNotification.actor");
    }

    @Override
    public ActionType type() {
        return ActionType.BOARD_NOTIFICATION;
    }
}
