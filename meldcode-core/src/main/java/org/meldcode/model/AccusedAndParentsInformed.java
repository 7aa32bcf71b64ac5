package org.meldcode.model;

import java.time.Instant;

/**
 * The school board tells the accused and the pupil's parents that it will file a police report,
 * as the law asks before the report (aangifte) is filed.
 *
 * @param at    when they were informed
 * @param actor who informed them, for the board
 */
public record AccusedAndParentsInformed(Instant at, Actor actor) implements Action {

    /** Validates the fields. */
    public AccusedAndParentsInformed {
        Checks.moment(at, "AccusedAndParentsInformed.at");
        Checks.present(actor, "AccusedAndParentsInformed.actor");
    }

    @Override
    public ActionType type() {
        return ActionType.ACCUSED_AND_PARENTS_INFORMED;
    }
}
