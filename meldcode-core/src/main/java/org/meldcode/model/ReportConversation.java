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
