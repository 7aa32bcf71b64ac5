package org.meldcode.model;

import java.time.Instant;
import java.util.Set;

/**
 * The weighing of step 4: how great is the risk, is there acute or structural unsafety?
 *
 * @param at                      when the weighing was made
 * @param actor                   who records it
 * @param participants            who weighed, the actor included
 * @param level                   how strong the suspicion is
 * @param acuteUnsafety           whether acute unsafety is suspected
 * @param structuralUnsafety      whether structural unsafety is suspected
 * @param discussedWithManagement whether the findings were discussed with management
 * @param grounds                 how the weighing was made and on what, in a few factual sentences
 *                                (where the level is {@link SuspicionLevel#NONE}: why the suspicion
 *                                is unfounded)
 */
public record RiskAssessment(
        Instant at,
        Actor actor,
        Set<Actor> participants,
        SuspicionLevel level,
        boolean acuteUnsafety,
        boolean structuralUnsafety,
        boolean discussedWithManagement,
        String grounds)
        implements Action {

    /**
     * Starts a {@link RiskAssessment} taken by the given staff member; the builder's calls read as a
     * sentence: {@code RiskAssessment.by(ib).at(now).with(teacher).level(SuspicionLevel.VERY_STRONG).acuteUnsafety().discussedWithManagement().grounds("...").build()}.
     *
     * @param actor who takes the action
     * @return the builder, with every yes/no answer "no" until its method is called
     * @throws NullPointerException when the actor is missing
     */
    public static Builder by(Actor actor) {
        return new Builder(actor);
    }

    /**
     * Builds a {@link RiskAssessment} step by step. Every yes/no answer is {@code false} until
     * its method is called; a required field that is not given makes {@link #build()} fail, naming
     * the field. Not thread-safe.
     */
    public static final class Builder extends ActionBuilder.Together<Builder> {

        private SuspicionLevel level;
        private boolean acuteUnsafety;
        private boolean structuralUnsafety;
        private boolean discussedWithManagement;
        private String grounds;

        private Builder(Actor actor) {
            super(actor, "RiskAssessment");
        }

        /**
         * Sets how strong the suspicion is (required).
         *
         * @param level the value
         * @return this builder
         */
        public Builder level(SuspicionLevel level) {
            this.level = level;
            return this;
        }

        /**
         * Records that acute unsafety is suspected (default: not).
         *
         * @return this builder
         */
        public Builder acuteUnsafety() {
            this.acuteUnsafety = true;
            return this;
        }

        /**
         * Records that structural unsafety is suspected (default: not).
         *
         * @return this builder
         */
        public Builder structuralUnsafety() {
            this.structuralUnsafety = true;
            return this;
        }

        /**
         * Records that the findings were discussed with management (default: not).
         *
         * @return this builder
         */
        public Builder discussedWithManagement() {
            this.discussedWithManagement = true;
            return this;
        }

        /**
         * Sets how the weighing was made and on what, in a few factual sentences (required).
         *
         * @param grounds the value
         * @return this builder
         */
        public Builder grounds(String grounds) {
            this.grounds = grounds;
            return this;
        }

        /**
         * Builds the action.
         *
         * @return the action, as its canonical constructor makes it
         * @throws NullPointerException     when a required field is missing (the message names it)
         * @throws IllegalArgumentException when a field is invalid (the message names it)
         */
        public RiskAssessment build() {
            return new RiskAssessment(
                    at,
                    actor,
                    participants(),
                    level,
                    acuteUnsafety,
                    structuralUnsafety,
                    discussedWithManagement,
                    grounds);
        }
    }

    /** Validates the fields. */
    public RiskAssessment {
        Checks.moment(at, "RiskAssessment.at");
        Checks.present(actor, "RiskAssessment.actor");
        participants = Checks.participants(participants, actor, "RiskAssessment");
        Checks.present(level, "RiskAssessment.level");
        Checks.text(grounds, "RiskAssessment.grounds");
    }

    @Override
    public ActionType type() {
        return ActionType.RISK_ASSESSMENT;
    }

    /** Leaves out the free text, which may hold pupil data; only its length is shown. */
    @Override
    public String toString() {
        return "RiskAssessment[at=" + at + ", actor=" + actor + ", participants=" + participants + ", level=" + level
                + ", acuteUnsafety=" + acuteUnsafety + ", structuralUnsafety=" + structuralUnsafety
                + ", discussedWithManagement=" + discussedWithManagement + ", grounds=<" + grounds.length()
                + " chars>]";
    }
}
