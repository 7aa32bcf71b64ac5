package org.meldcode.model;

import java.time.Instant;

/**
 * An arrangement agreed with Veilig Thuis on how the parents are told of a report, where telling
 * them could endanger someone: step 3 was skipped for danger, a weighing found acute unsafety, or
 * acute danger was recorded. The IB records who tells them, and when and how, as agreed.
 *
 * @param at        when the arrangement was made
 * @param actor     who records it
 * @param teller    who tells the parents
 * @param agreement what was agreed: when and how the parents are told
 */
public record TellingArrangement(Instant at, Actor actor, Teller teller, String agreement) implements Action {

    /** Validates the fields. */
    public TellingArrangement {
        Checks.moment(at, "TellingArrangement.at");
        Checks.present(actor, "TellingArrangement.actor");
        Checks.present(teller, "TellingArrangement.teller");
        Checks.text(agreement, "TellingArrangement.agreement");
    }

    @Override
    public ActionType type() {
        return ActionType.TELLING_ARRANGEMENT;
    }

    /** Leaves out the free text, which may hold pupil data; only its length is shown. */
    @Override
    public String toString() {
        return "TellingArrangement[at=" + at + ", actor=" + actor + ", teller=" + teller + ", agreement=<"
                + agreement.length() + " chars>]";
    }
}
