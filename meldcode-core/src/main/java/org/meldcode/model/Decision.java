package org.meldcode.model;

import java.time.Instant;
import java.util.Set;

/**
 * The decision of step 5: report to Veilig Thuis, or organise help, with the answers to the
 * questions that lead to it.
 *
 * <p>The national framework asks, in this order: can the school offer or organise effective help
 * (question 3, {@code schoolCanHelp})? Do those involved accept the help ({@code helpAccepted}) and
 * are they willing to work on it ({@code willingToWork}) (question 4)? A "no" to any of them means a
 * report. The seed plan asks whether the parents accept help and whether the school may keep contact
 * with the help provider ({@code contactWithHelpAllowed}).
 *
 * @param at                    when it was decided
 * @param actor                 who records it
 * @param participants          who decided, the actor included
 * @param kind                  report or organise help
 * @param schoolCanHelp          whether the school can offer or organise effective help (question 3)
 * @param helpAccepted           whether those involved (the parents, the pupil) accept the help
 * @param willingToWork          whether those involved are willing to work on it (question 4)
 * @param contactWithHelpAllowed whether the school may keep contact with the help provider
 * @param grounds               why, in a few factual sentences
 */
public record Decision(
        Instant at,
        Actor actor,
        Set<Actor> participants,
        DecisionKind kind,
        boolean schoolCanHelp,
        boolean helpAccepted,
        boolean willingToWork,
        boolean contactWithHelpAllowed,
        String grounds)
        implements Action {

    /**
     * Starts a {@link Decision} taken by the given staff member; the builder's calls read as a
     * sentence: {@code Decision.by(ib).at(now).with(director).toReport().schoolCanHelp().grounds("...").build()}.
     *
     * @param actor who takes the action
     * @return the builder, with every yes/no answer "no" until its method is called
     * @throws NullPointerException when the actor is missing
     */
    public static Builder by(Actor actor) {
        return new Builder(actor);
    }

    /**
     * Builds a {@link Decision} step by step. Every yes/no answer is {@code false} until
     * its method is called; a required field that is not given makes {@link #build()} fail, naming
     * the field. Not thread-safe.
     */
    public static final class Builder extends ActionBuilder.Together<Builder> {

        private DecisionKind kind;
        private boolean schoolCanHelp;
        private boolean helpAccepted;
        private boolean willingToWork;
        private boolean contactWithHelpAllowed;
        private String grounds;

        private Builder(Actor actor) {
            super(actor, "Decision");
        }

        /**
         * Sets report or organise help (required; or {@link #toReport()}, {@link #toOrganiseHelp()}).
         *
         * @param kind the value
         * @return this builder
         */
        public Builder kind(DecisionKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Records that the school can offer or organise effective help (question 3) (default: not).
         *
         * @return this builder
         */
        public Builder schoolCanHelp() {
            this.schoolCanHelp = true;
            return this;
        }

        /**
         * Records that those involved (the parents, the pupil) accept the help (default: not).
         *
         * @return this builder
         */
        public Builder helpAccepted() {
            this.helpAccepted = true;
            return this;
        }

        /**
         * Records that those involved are willing to work on it (question 4) (default: not).
         *
         * @return this builder
         */
        public Builder willingToWork() {
            this.willingToWork = true;
            return this;
        }

        /**
         * Records that the school may keep contact with the help provider (default: not).
         *
         * @return this builder
         */
        public Builder contactWithHelpAllowed() {
            this.contactWithHelpAllowed = true;
            return this;
        }

        /**
         * Sets why, in a few factual sentences (required).
         *
         * @param grounds the value
         * @return this builder
         */
        public Builder grounds(String grounds) {
            this.grounds = grounds;
            return this;
        }

        /**
         * Sets the decision to report to Veilig Thuis.
         *
         * @return this builder
         */
        public Builder toReport() {
            return kind(DecisionKind.REPORT);
        }

        /**
         * Sets the decision to organise help without a report.
         *
         * @return this builder
         */
        public Builder toOrganiseHelp() {
            return kind(DecisionKind.ORGANISE_HELP);
        }

        /**
         * Builds the action.
         *
         * @return the action, as its canonical constructor makes it
         * @throws NullPointerException     when a required field is missing (the message names it)
         * @throws IllegalArgumentException when a field is invalid (the message names it)
         */
        public Decision build() {
            return new Decision(
                    at,
                    actor,
                    participants(),
                    kind,
                    schoolCanHelp,
                    helpAccepted,
                    willingToWork,
                    contactWithHelpAllowed,
                    grounds);
        }
    }

    /** Validates the fields. */
    public Decision {
        Checks.moment(at, "Decision.at");
        Checks.present(actor, "Decision.actor");
        participants = Checks.participants(participants, actor, "Decision");
        Checks.present(kind, "Decision.kind");
        Checks.text(grounds, "Decision.grounds");
    }

    /** Whether this decision is the one exception to reporting: help accepted, contact allowed. */
    public boolean helpAcceptedWithContact() {
        return helpAccepted && contactWithHelpAllowed;
    }

    @Override
    public ActionType type() {
        return ActionType.DECISION;
    }

    /** Leaves out the free text, which may hold pupil data; only its length is shown. */
    @Override
    public String toString() {
        return "Decision[at=" + at + ", actor=" + actor + ", participants=" + participants + ", kind=" + kind
                + ", schoolCanHelp=" + schoolCanHelp + ", helpAccepted=" + helpAccepted + ", willingToWork="
                + willingToWork
                + ", contactWithHelpAllowed=" + contactWithHelpAllowed
                + ", grounds=<" + grounds.length() + " chars>]";
    }
}
