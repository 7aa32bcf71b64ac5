package org.meldcode.model;

import java.time.Instant;
import java.util.Set;

/**
 * Step 3 is skipped because a conversation would put someone in danger: the pupil, another
 * member of the family, or the staff member.
 *
 * <p>The skip states whom the conversation would endanger and why. A skip that names no danger to
 * a person ({@link Threat#CHILD}, {@link Threat#FAMILY} or {@link Threat#PROFESSIONAL}) can be
 * built, so that the engine can refuse it with the clause and a reason (SP-3.1), but it is never
 * accepted.
 *
 * @param at         when the skip was decided
 * @param actor      who decided it
 * @param endangered whom a conversation would endanger; may be empty only to be refused
 * @param reason     why a conversation would endanger them
 */
public record ConversationSkip(Instant at, Actor actor, Set<Threat> endangered, String reason) implements Action {

    /** Validates the fields. */
    public ConversationSkip {
        Checks.moment(at, "ConversationSkip.at");
        Checks.present(actor, "ConversationSkip.actor");
        endangered = Set.copyOf(Checks.present(endangered, "ConversationSkip.endangered"));
        Checks.text(reason, "ConversationSkip.reason");
    }

    /** Whether the skip names a danger to a person: the pupil, a family member or the staff member. */
    public boolean namesDanger() {
        return endangered.contains(Threat.CHILD)
                || endangered.contains(Threat.FAMILY)
                || endangered.contains(Threat.PROFESSIONAL);
    }

    @Override
    public ActionType type() {
        return ActionType.CONVERSATION_SKIP;
    }

    /** Leaves out the free text, which may hold pupil data; only its length is shown. */
    @Override
    public String toString() {
        return "ConversationSkip[at=" + at + ", actor=" + actor + ", endangered=" + endangered + ", reason=<"
                + reason.length() + " chars>]";
    }
}
