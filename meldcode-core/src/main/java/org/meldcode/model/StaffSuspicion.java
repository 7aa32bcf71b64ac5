package org.meldcode.model;

import java.time.Instant;

/**
 * The signals point to someone with tasks at the school as the suspected perpetrator (the staff
 * route, available in every protocol).
 *
 * @param at             when the suspicion was recorded
 * @param actor          who records it
 * @param suspect        the suspected person, by opaque id and position (never a name)
 * @param sexualOffence  whether it concerns a possible sexual offence against the pupil
 */
public record StaffSuspicion(Instant at, Actor actor, Suspect suspect, boolean sexualOffence) implements Action {

    /** Validates the fields. */
    public StaffSuspicion {
        Checks.moment(at, "StaffSuspicion.at");
        Checks.present(actor, "StaffSuspicion.actor");
        Checks.present(suspect, "StaffSuspicion.suspect");
    }

    @Override
    public ActionType type() {
        return ActionType.STAFF_SUSPICION;
    }
}
