package org.meldcode.model;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The conversation with the parents about the concerns (step 3).
 *
 * @param at               when it took place
 * @param actor            who records it
 * @param participants     the staff present, the actor included
 * @param topics           the points covered
 * @param suspicionRemoved whether the conversation removed the suspicion
 */
public record ParentsConversation(
        Instant at, Actor actor, Set<Actor> participants, Set<Topic> topics, boolean suspicionRemoved)
        implements Action {

    /**
     * Starts a {@link ParentsConversation} taken by the given staff member; the builder's calls read as a
     * sentence: {@code ParentsConversation.by(ib).at(now).with(teacher).topics(Topic.PURPOSE, Topic.LOGGED_SIGNALS).build()}.
     *
     * @param actor who takes the action
     * @return the builder, with every yes/no answer "no" until its method is called
     * @throws NullPointerException when the actor is missing
     */
    public static Builder by(Actor actor) {
        return new Builder(actor);
    }

    /**
     * Builds a {@link ParentsConversation} step by step. Every yes/no answer is {@code false} until
     * its method is called; a required field that is not given makes {@link #build()} fail, naming
     * the field. Not thread-safe.
     */
    public static final class Builder extends ActionBuilder.Together<Builder> {

        private final Set<Topic> topics = new LinkedHashSet<>();
        private boolean suspicionRemoved;

        private Builder(Actor actor) {
            super(actor, "ParentsConversation");
        }

        /**
         * Sets the points covered (default: none); calls add up.
         *
         * @param topics the points covered
         * @return this builder
         */
        public Builder topics(Topic... topics) {
            Checks.present(topics, "ParentsConversation.topics");
            for (Topic t : topics) {
                this.topics.add(Checks.present(t, "ParentsConversation.topics element"));
            }
            return this;
        }

        /**
         * Records that the conversation removed the suspicion (default: not).
         *
         * @return this builder
         */
        public Builder suspicionRemoved() {
            this.suspicionRemoved = true;
            return this;
        }

        /**
         * Builds the action.
         *
         * @return the action, as its canonical constructor makes it
         * @throws NullPointerException     when a required field is missing (the message names it)
         * @throws IllegalArgumentException when a field is invalid (the message names it)
         */
        public ParentsConversation build() {
            return new ParentsConversation(at, actor, participants(), topics, suspicionRemoved);
        }
    }

    /** Validates the fields. */
    public ParentsConversation {
        Checks.moment(at, "ParentsConversation.at");
        Checks.present(actor, "ParentsConversation.actor");
        participants = Checks.participants(participants, actor, "ParentsConversation");
        topics = Set.copyOf(Checks.present(topics, "ParentsConversation.topics"));
    }

    @Override
    public ActionType type() {
        return ActionType.PARENTS_CONVERSATION;
    }
}
