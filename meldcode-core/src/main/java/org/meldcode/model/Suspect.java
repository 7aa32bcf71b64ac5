package org.meldcode.model;

/**
 * The person suspected in the staff route: anyone with tasks at the school, by opaque id (never a
 * name) and position.
 *
 * @param staffId  the host system's opaque identifier of the person
 * @param position what the person does at the school
 */
public record Suspect(String staffId, Position position) {

    /** Validates both fields. */
    public Suspect {
        Checks.identifier(staffId, "Suspect.staffId");
        Checks.present(position, "Suspect.position");
    }

    /**
     * The staff member behind an actor of the case, as a suspect: same staff id, the position of
     * the actor's role (a board member counts as {@link Position#OTHER}).
     */
    public static Suspect of(Actor actor) {
        Position position = actor.role() == Role.BOARD
                ? Position.OTHER
                : Position.valueOf(actor.role().name());
        return new Suspect(actor.staffId(), position);
    }

    /** Shorthand for {@code new Suspect(staffId, position)}. */
    public static Suspect of(String staffId, Position position) {
        return new Suspect(staffId, position);
    }
}
