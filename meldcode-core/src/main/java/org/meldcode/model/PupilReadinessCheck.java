package org.meldcode.model;

import java.time.Instant;
import java.util.Set;

/**
 * The teacher and the IB judge whether the pupil can handle a conversation (step 3).
 *
 * @param at           when the judgement was made
 * @param actor        who records it
 * @param participants who judged, the actor included
 * @param pupilCanTalk whether the pupil is judged able to have the conversation
 */
public record PupilReadinessCheck(Instant at, Actor actor, Set<Actor> participants, boolean pupilCanTalk)
        implements Action {

    /** Validates the fields. */
    public PupilReadinessCheck {
        Checks.moment(at, "PupilReadinessCheck.at");
        Checks.present(actor, "PupilReadinessCheck.actor");
        participants = Checks.participants(participants, actor, "PupilReadinessCheck");
    }

    @Override
    public ActionType type() {
        return ActionType.PUPIL_READINESS_CHECK;
    }
}
