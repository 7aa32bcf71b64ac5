package org.meldcode.model;

import java.time.Instant;
import java.util.Set;

/**
 * The collegial consultation of step 2: the signals are discussed with the school social worker
 * or the care team.
 *
 * @param at           when the consultation took place
 * @param actor        who records it
 * @param participants everyone who took part, the actor included
 * @param anonymous    whether the pupil was discussed without being identified
 */
public record Consultation(Instant at, Actor actor, Set<Actor> participants, boolean anonymous) implements Action {

    /**
     * Starts a {@link Consultation} taken by the given staff member; the builder's calls read as a
     * sentence: {@code Consultation.by(ib).at(now).with(teacher).anonymous().build()}.
     *
     * @param actor who takes the action
     * @return the builder, with every yes/no answer "no" until its method is called
     * @throws NullPointerException when the actor is missing
     */
    public static Builder by(Actor actor) {
        return new Builder(actor);
    }

    /**
     * Builds a {@link Consultation} step by step. Every yes/no answer is {@code false} until
     * its method is called; a required field that is not given makes {@link #build()} fail, naming
     * the field. Not thread-safe.
     */
    public static final class Builder extends ActionBuilder.Together<Builder> {

        private boolean anonymous;

        private Builder(Actor actor) {
            super(actor, "Consultation");
        }

        /**
         * Records that the pupil was discussed without being identified (default: not).
         *
         * @return this builder
         */
        public Builder anonymous() {
            this.anonymous = true;
            return this;
        }

        /**
         * Builds the action.
         *
         * @return the action, as its canonical constructor makes it
         * @throws NullPointerException     when a required field is missing (the message names it)
         * @throws IllegalArgumentException when a field is invalid (the message names it)
         */
        public Consultation build() {
            return new Consultation(at, actor, participants(), anonymous);
        }
    }

    /** Validates the fields. */
    public Consultation {
        Checks.moment(at, "Consultation.at");
        Checks.present(actor, "Consultation.actor");
        participants = Checks.participants(participants, actor, "Consultation");
    }

    @Override
    public ActionType type() {
        return ActionType.CONSULTATION;
    }
}
