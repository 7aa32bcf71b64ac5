package org.meldcode.model;

import java.time.Instant;

/**
 * The school board consults the confidential inspector (vertrouwensinspecteur) of the education
 * inspectorate about a possible sexual offence by someone working at the school, and records the
 * outcome: is there a reasonable suspicion of a criminal offence?
 *
 * @param at                  when the inspector was consulted
 * @param actor               who consulted, for the board
 * @param reasonableSuspicion whether the consultation found a reasonable suspicion of a criminal
 *                            offence; then the board files a police report
 */
public record InspectorConsultation(Instant at, Actor actor, boolean reasonableSuspicion) implements Action {

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
