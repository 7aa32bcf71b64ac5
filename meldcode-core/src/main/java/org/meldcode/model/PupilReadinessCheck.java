package org.meldcode.model;

import java.time.Instant;
import java.util.Set;

/**
 * The teacher and the IB judge whether the pupil can handle a conversation (step 3).
 *
 * @param at           when the judgement was made
 * @param actor        who records it
 * @param participants who judged, the actor included
 * @param pupilCanTalk whether the pupil is judged able to have the conversation
 */
public record PupilReadinessCheck(Instant at, Actor actor, Set<Actor> participants, boolean pupilCanTalk)
        implements Action {

    /**
     * Starts a {@link PupilReadinessCheck} taken by the given staff member; the builder's calls read as a
     * sentence: {@code PupilReadinessCheck.by(ib).at(now).with(teacher).pupilCanTalk().build()}.
     *
     * @param actor who takes the action
     * @return the builder, with every yes/no answer "no" until its method is called
     * @throws NullPointerException when the actor is missing
     */
    public static Builder by(Actor actor) {
        return new Builder(actor);
    }

    /**
     * Builds a {@link PupilReadinessCheck} step by step. Every yes/no answer is {@code false} until
     * its method is called; a required field that is not given makes {@link #build()} fail, naming
     * the field. Not thread-safe.
     */
    public static final class Builder extends ActionBuilder.Together<Builder> {

        private boolean pupilCanTalk;

        private Builder(Actor actor) {
            super(actor, "PupilReadinessCheck");
        }

        /**
         * Records that the pupil is judged able to have the conversation (default: not).
         *
         * @return this builder
         */
        public Builder pupilCanTalk() {
            this.pupilCanTalk = true;
            return this;
        }

        /**
         * Builds the action.
         *
         * @return the action, as its canonical constructor makes it
         * @throws NullPointerException     when a required field is missing (the message names it)
         * @throws IllegalArgumentException when a field is invalid (the message names it)
         */
        public PupilReadinessCheck build() {
            return new PupilReadinessCheck(at, actor, participants(), pupilCanTalk);
        }
    }

    /** Validates the fields. */
    public PupilReadinessCheck {
        Checks.moment(at, "PupilReadinessCheck.at");
        Checks.present(actor, "PupilReadinessCheck.actor");
        participants = Checks.participants(participants, actor, "PupilReadinessCheck");
    }

    @Override
    public ActionType type() {
        return ActionType.PUPIL_READINESS_CHECK;
    }
}
