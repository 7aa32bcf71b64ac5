package org.meldcode.model;

/**
 * A staff member acting in a case: a role plus an opaque staff id (never a name).
 *
 * @param role    the role the staff member acts in
 * @param staffId the host system's opaque identifier of the staff member
 */
public record Actor(Role role, String staffId) {

    /** Validates both fields. */
    public Actor {
        Checks.present(role, "Actor.role");
        Checks.identifier(staffId, "Actor.staffId");
    }

    /** Shorthand for {@code new Actor(role, staffId)}. */
    public static Actor of(Role role, String staffId) {
        return new Actor(role, staffId);
    }

    @Override
    public String toString() {
        return role + ":" + staffId;
    }
}
