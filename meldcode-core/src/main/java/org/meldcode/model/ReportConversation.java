package org.meldcode.model;

import java.time.Instant;
import java.util.Set;

/**
 * The parents are told of the report to Veilig Thuis.
 *
 * @param at           when they were told
 * @param actor        who records it
 * @param participants the staff who told them, the actor included
 * @param inPerson     whether it was a personal conversation (not a letter, mail or phone call)
 */
public record ReportConversation(Instant at, Actor actor, Set<Actor> participants, boolean inPerson) implements Action {

    /**
     * Starts a {@link ReportConversation} taken by the given staff member; the builder's calls read as a
     * sentence: {@code ReportConversation.by(ib).at(now).with(director).inPerson().build()}.
     *
     * @param actor who takes the action
     * @return the builder, with every yes/no answer "no" until its method is called
     * @throws NullPointerException when the actor is missing
     */
    public static Builder by(Actor actor) {
        return new Builder(actor);
    }

    /**
     * Builds a {@link ReportConversation} step by step. Every yes/no answer is {@code false} until
     * its method is called; a required field that is not given makes {@link #build()} fail, naming
     * the field. Not thread-safe.
     */
    public static final class Builder extends ActionBuilder.Together<Builder> {

        private boolean inPerson;

        private Builder(Actor actor) {
            super(actor, "ReportConversation");
        }

        /**
         * Records that it was a personal conversation (not a letter, mail or phone call) (default: not).
         *
         * @return this builder
         */
        public Builder inPerson() {
            this.inPerson = true;
            return this;
        }

        /**
         * Builds the action.
         *
         * @return the action, as its canonical constructor makes it
         * @throws NullPointerException     when a required field is missing (the message names it)
         * @throws IllegalArgumentException when a field is invalid (the message names it)
         */
        public ReportConversation build() {
            return new ReportConversation(at, actor, participants(), inPerson);
        }
    }

    /** Validates the fields. */
    public ReportConversation {
        Checks.moment(at, "ReportConversation.at");
        Checks.present(actor, "ReportConversation.actor");
        participants = Checks.participants(participants, actor, "ReportConversation");
    }

    @Override
    public ActionType type() {
        return ActionType.REPORT_CONVERSATION;
    }
}
