package org.meldcode.model;

import java.time.Instant;

/**
 * The school board (bevoegd gezag) is informed of a suspicion against someone working at the
 * school. The law asks the staff member to inform the board directly; a message that reached only
 * school management does not count ({@link Channel#VIA_SCHOOL_MANAGEMENT} is refused).
 *
 * @param at      when the board was informed
 * @param actor   who informed it
 * @param channel whether the board was informed directly
 */
public record BoardNotification(Instant at, Actor actor, Channel channel) implements Action {

    /** Validates the fields. */
    public BoardNotification {
        Checks.moment(at, "BoardNotification.at");
        Checks.present(actor, "BoardNotification.actor");
        Checks.present(channel, "BoardNotification.channel");
    }

    @Override
    public ActionType type() {
        return ActionType.BOARD_NOTIFICATION;
    }
}
