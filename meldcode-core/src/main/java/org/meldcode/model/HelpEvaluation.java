package org.meldcode.model;

import java.time.Instant;

/**
 * The evaluation of agreed help (national afwegingskader, question 5): did the help reach the
 * needed safety within the agreed time?
 *
 * @param at            when the help was evaluated
 * @param actor         who records it
 * @param safetyReached whether the needed safety was reached and lasts
 * @param findings      what was found, and the agreements on following future (un)safety
 */
public record HelpEvaluation(Instant at, Actor actor, boolean safetyReached, String findings) implements Action {

    /**
     * Starts a {@link HelpEvaluation} taken by the given staff member; the builder's calls read as a
     * sentence: {@code HelpEvaluation.by(ib).at(now).safetyReached().findings("...").build()}.
     *
     * @param actor who takes the action
     * @return the builder, with every yes/no answer "no" until its method is called
     * @throws NullPointerException when the actor is missing
     */
    public static Builder by(Actor actor) {
        return new Builder(actor);
    }

    /**
     * Builds a {@link HelpEvaluation} step by step. Every yes/no answer is {@code false} until
     * its method is called; a required field that is not given makes {@link #build()} fail, naming
     * the field. Not thread-safe.
     */
    public static final class Builder extends ActionBuilder<Builder> {

        private boolean safetyReached;
        private String findings;

        private Builder(Actor actor) {
            super(actor, "HelpEvaluation");
        }

        /**
         * Records that the needed safety was reached and lasts (default: not).
         *
         * @return this builder
         */
        public Builder safetyReached() {
            this.safetyReached = true;
            return this;
        }

        /**
         * Sets what was found, and the agreements on following future (un)safety (required).
         *
         * @param findings the value
         * @return this builder
         */
        public Builder findings(String findings) {
            this.findings = findings;
            return this;
        }

        /**
         * Builds the action.
         *
         * @return the action, as its canonical constructor makes it
         * @throws NullPointerException     when a required field is missing (the message names it)
         * @throws IllegalArgumentException when a field is invalid (the message names it)
         */
        public HelpEvaluation build() {
            return new HelpEvaluation(at, actor, safetyReached, findings);
        }
    }

    /** Validates the fields. */
    public HelpEvaluation {
        Checks.moment(at, "HelpEvaluation.at");
        Checks.present(actor, "HelpEvaluation.actor");
        Checks.text(findings, "HelpEvaluation.findings");
    }

    @Override
    public ActionType type() {
        return ActionType.HELP_EVALUATION;
    }

    /** Leaves out the free text, which may hold pupil data; only its length is shown. */
    @Override
    public String toString() {
        return "HelpEvaluation[at=" + at + ", actor=" + actor + ", safetyReached=" + safetyReached + ", findings=<"
                + findings.length() + " chars>]";
    }
}
