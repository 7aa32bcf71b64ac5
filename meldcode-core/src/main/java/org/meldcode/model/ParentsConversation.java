package org.meldcode.model;

import java.time.Instant;
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
