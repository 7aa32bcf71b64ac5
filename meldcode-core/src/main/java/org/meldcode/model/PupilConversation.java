package org.meldcode.model;

import java.time.Instant;

/**
 * An open conversation of the teacher or the IB with the pupil (step 3).
 *
 * @param at             when it took place
 * @param actor          who held it
 * @param suspicionNamed whether the suspicion of abuse or violence was named to the pupil
 */
public record PupilConversation(Instant at, Actor actor, boolean suspicionNamed) implements Action {

    /** Validates the fields. */
    public PupilConversation {
        Checks.moment(at, "PupilConversation.at");
        Checks.present(actor, "PupilConversation.actor");
    }

    @Override
    public ActionType type() {
        return ActionType.PUPIL_CONVERSATION;
    }
}
