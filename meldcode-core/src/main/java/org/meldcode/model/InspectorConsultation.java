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

    /**
     * Starts an {@link InspectorConsultation} taken by the given staff member; the builder's calls read as a
     * sentence: {@code InspectorConsultation.by(board).at(now).reasonableSuspicion().build()}.
     *
     * @param actor who takes the action
     * @return the builder, with every yes/no answer "no" until its method is called
     * @throws NullPointerException when the actor is missing
     */
    public static Builder by(Actor actor) {
        return new Builder(actor);
    }

    /**
     * Builds an {@link InspectorConsultation} step by step. Every yes/no answer is {@code false} until
     * its method is called; a required field that is not given makes {@link #build()} fail, naming
     * the field. Not thread-safe.
     */
    public static final class Builder extends ActionBuilder<Builder> {

        private boolean reasonableSuspicion;

        private Builder(Actor actor) {
            super(actor, "InspectorConsultation");
        }

        /**
         * Records that the consultation found a reasonable suspicion of a criminal offence (default: not).
         *
         * @return this builder
         */
        public Builder reasonableSuspicion() {
            this.reasonableSuspicion = true;
            return this;
        }

        /**
         * Builds the action.
         *
         * @return the action, as its canonical constructor makes it
         * @throws NullPointerException     when a required field is missing (the message names it)
         * @throws IllegalArgumentException when a field is invalid (the message names it)
         */
        public InspectorConsultation build() {
            return new InspectorConsultation(at, actor, reasonableSuspicion);
        }
    }

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
