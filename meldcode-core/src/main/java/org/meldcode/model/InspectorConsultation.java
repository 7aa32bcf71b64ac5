package org.meldcode.model;

import java.time.Instant;

/**
 * The school board consults the confidential inspector (vertrouwensinspecteur) of the education
 * inspectorate about a possible sexual offence by a staff member against a pupil.
 *
 * @param at    when the inspector was consulted
 * @param actor who consulted, for the board
 */
public record InspectorConsultation(Instant at, Actor actor) implements Action {

    /** Validates the fields. */
    public InspectorConsultation {
        Checks.moment(at, "InspectorConsultation.at");
        Checks.present(actor, "InspectorConsultation.actor");
    }

    @Override
    public ActionType type() {
        return ActionType.INSPECTOR_CONSULTATION;
    }
}
