package org.meldcode.model;

import java.time.Instant;

/**
 * Veilig Thuis is consulted for advice, which may be done without the pupil's name.
 *
 * @param at        when the advice was asked
 * @param actor     who asked it
 * @param anonymous whether the pupil's name was withheld
 */
public record Advice(Instant at, Actor actor, boolean anonymous) implements Action {

    /**
     * Starts an {@link Advice} taken by the given staff member; the builder's calls read as a
     * sentence: {@code Advice.by(ib).at(now).anonymous().build()}.
     *
     * @param actor who takes the action
     * @return the builder, with every yes/no answer "no" until its method is called
     * @throws NullPointerException when the actor is missing
     */
    public static Builder by(Actor actor) {
        return new Builder(actor);
    }

    /**
     * Builds an {@link Advice} step by step. Every yes/no answer is {@code false} until
     * its method is called; a required field that is not given makes {@link #build()} fail, naming
     * the field. Not thread-safe.
     */
    public static final class Builder extends ActionBuilder<Builder> {

        private boolean anonymous;

        private Builder(Actor actor) {
            super(actor, "Advice");
        }

        /**
         * Records that the pupil's name was withheld (default: not).
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
        public Advice build() {
            return new Advice(at, actor, anonymous);
        }
    }

    /** Validates the fields. */
    public Advice {
        Checks.moment(at, "Advice.at");
        Checks.present(actor, "Advice.actor");
    }

    @Override
    public ActionType type() {
        return ActionType.ADVICE;
    }
}
