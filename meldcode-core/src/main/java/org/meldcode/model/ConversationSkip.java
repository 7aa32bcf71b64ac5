package org.meldcode.model;

import java.time.Instant;

/**
 * Step 3 is skipped because a conversation would put the pupil in danger.
 *
 * @param at     when the skip was decided
 * @param actor  who decided it
 * @param reason why a conversation would endanger the pupil
 */
public record ConversationSkip(Instant at, Actor actor, String reason) implements Action {

    /** Validates the fields. */
    public ConversationSkip {
        Checks.moment(at, "ConversationSkip.at");
        Checks.present(actor, "ConversationSkip.actor");
        Checks.text(reason, "ConversationSkip.reason");
    }

    @Override
    public ActionType type() {
        return ActionType.CONVERSATION_SKIP;
    }

    /** Leaves out the free text, which may hold pupil data; only its length is shown. */
    @Override
    public String toString() {
        return "ConversationSkip[at=" + at + ", actor=" + actor + ", reason=<" + reason.length() + " chars>]";
    }
}
