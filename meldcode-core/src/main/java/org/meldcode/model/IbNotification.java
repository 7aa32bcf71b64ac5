package org.meldcode.model;

import java.time.Instant;

/**
 * The teacher informs the intern begeleider of the suspicion (step 1).
 *
 * @param at    when the IB was informed
 * @param actor who informed the IB
 */
public record IbNotification(Instant at, Actor actor) implements Action {

    /** Validates the fields. */
    public IbNotification {
        Checks.moment(at, "IbNotification.at");
        Checks.present(actor, "IbNotification.actor");
    }

    @Override
    public ActionType type() {
        return ActionType.IB_NOTIFICATION;
    }
}
