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

    /**
     * Starts a {@link StaffSuspicion} taken by the given staff member; the builder's calls read as a
     * sentence: {@code StaffSuspicion.by(ib).at(now).suspect(suspect).sexualOffence().build()}.
     *
     * @param actor who takes the action
     * @return the builder, with every yes/no answer "no" until its method is called
     * @throws NullPointerException when the actor is missing
     */
    public static Builder by(Actor actor) {
        return new Builder(actor);
    }

    /**
     * Builds a {@link StaffSuspicion} step by step. Every yes/no answer is {@code false} until
     * its method is called; a required field that is not given makes {@link #build()} fail, naming
     * the field. Not thread-safe.
     */
    public static final class Builder extends ActionBuilder<Builder> {

        private Suspect suspect;
        private boolean sexualOffence;

        private Builder(Actor actor) {
            super(actor, "StaffSuspicion");
        }

        /**
         * Sets the suspected person, by opaque id and position, never a name (required).
         *
         * @param suspect the value
         * @return this builder
         */
        public Builder suspect(Suspect suspect) {
            this.suspect = suspect;
            return this;
        }

        /**
         * Records that it concerns a possible sexual offence against the pupil (default: not).
         *
         * @return this builder
         */
        public Builder sexualOffence() {
            this.sexualOffence = true;
            return this;
        }

        /**
         * Builds the action.
         *
         * @return the action, as its canonical constructor makes it
         * @throws NullPointerException     when a required field is missing (the message names it)
         * @throws IllegalArgumentException when a field is invalid (the message names it)
         */
        public StaffSuspicion build() {
            return new StaffSuspicion(at, actor, suspect, sexualOffence);
        }
    }

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
