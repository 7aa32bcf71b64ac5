package org.meldcode.model;

import java.time.Instant;

/**
 * The school board designates who takes the role that a suspected staff member holds in the
 * protocol (the IB or a director), so that the case never waits for, or tips off, the suspect.
 * The substitute then acts in that role, by their own staff id.
 *
 * @param at           when the substitute was designated
 * @param actor        who designates, for the board
 * @param role         the role the substitute takes over
 * @param substituteId the substitute's opaque staff id (for example the school's aandachtsfunctionaris)
 */
public record Substitution(Instant at, Actor actor, Role role, String substituteId) implements Action {

    /** Validates the fields. */
    public Substitution {
        Checks.moment(at, "Substitution.at");
        Checks.present(actor, "Substitution.actor");
        Checks.present(role, "Substitution.role");
        Checks.identifier(substituteId, "Substitution.substituteId");
    }

    @Override
    public ActionType type() {
        return ActionType.SUBSTITUTION;
    }
}
