package org.meldcode.model;

import java.time.Instant;

/**
 * An open conversation of the teacher or the IB with the pupil (step 3).
 *
 * @param at             when it took place
 * @param actor          who held it
 * @param suspicionNamed whether the suspicion of abuse or violence was named to the pupil
 */
public record PupilConversation(Instant at, Actor actor, boolean suspicionNamed) implements Action {

    /**
     * Starts a {@link PupilConversation} taken by the given staff member; the builder's calls read as a
     * sentence: {@code PupilConversation.by(teacher).at(now).suspicionNamed().build()}.
     *
     * @param actor who takes the action
     * @return the builder, with every yes/no answer "no" until its method is called
     * @throws NullPointerException when the actor is missing
     */
    public static Builder by(Actor actor) {
        return new Builder(actor);
    }

    /**
     * Builds a {@link PupilConversation} step by step. Every yes/no answer is {@code false} until
     * its method is called; a required field that is not given makes {@link #build()} fail, naming
     * the field. Not thread-safe.
     */
    public static final class Builder extends ActionBuilder<Builder> {

        private boolean suspicionNamed;

        private Builder(Actor actor) {
            super(actor, "PupilConversation");
        }

        /**
         * Records that the suspicion of abuse or violence was named to the pupil (default: not).
         *
         * @return this builder
         */
        public Builder suspicionNamed() {
            this.suspicionNamed = true;
            return this;
        }

        /**
         * Builds the action.
         *
         * @return the action, as its canonical constructor makes it
         * @throws NullPointerException     when a required field is missing (the message names it)
         * @throws IllegalArgumentException when a field is invalid (the message names it)
         */
        public PupilConversation build() {
            return new PupilConversation(at, actor, suspicionNamed);
        }
    }

    /** Validates the fields. */
    public PupilConversation {
        Checks.moment(at, "PupilConversation.at");
        Checks.present(actor, "PupilConversation.actor");
    }

    @Override
    public ActionType type() {
        return ActionType.PUPIL_CONVERSATION;
    }
}
