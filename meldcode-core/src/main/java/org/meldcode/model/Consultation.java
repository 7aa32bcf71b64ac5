package org.meldcode.model;

import java.time.Instant;
import java.util.Set;

/**
 * The collegial consultation of step 2: the signals are discussed with the school social worker
 * or the care team.
 *
 * @param at           when the consultation took place
 * @param actor        who records it
 * @param participants everyone who took part, the actor included
 * @param anonymous    whether the pupil was discussed without being identified
 */
public record Consultation(Instant at, Actor actor, Set<Actor> participants, boolean anonymous) implements Action {

    /** Validates the fields. */
    public Consultation {
        Checks.moment(at, "Consultation.at");
        Checks.present(actor, "Consultation.actor");
        participants = Checks.participants(participants, actor, "Consultation");
    }

    @Override
    public ActionType type() {
        return ActionType.CONSULTATION;
    }
}
