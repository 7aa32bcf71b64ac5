package org.meldcode.model;

import java.time.Instant;

/**
 * A staff member records that the pupil is in acute danger: safety is not guaranteed for the next
 * hours or days. Any staff member may record it at any moment; from then the case owes contact
 * with Veilig Thuis (or 112) at once, and a report is permitted without the steps before it, which
 * are recorded afterwards (the acute route, clauses {@code AR-*}).
 *
 * @param at    when the danger was recorded
 * @param actor who records it
 * @param what  what the danger is, in a few factual sentences
 */
public record AcuteDanger(Instant at, Actor actor, String what) implements Action {

    /** Validates the fields. */
    public AcuteDanger {
        Checks.moment(at, "AcuteDanger.at");
        Checks.present(actor, "AcuteDanger.actor");
        Checks.text(what, "AcuteDanger.what");
    }

    @Override
    public ActionType type() {
        return ActionType.ACUTE_DANGER;
    }

    /** Leaves out the free text, which may hold pupil data; only its length is shown. */
    @Override
    public String toString() {
        return "AcuteDanger[at=" + at + ", actor=" + actor + ", what=<" + what.length() + " chars>]";
    }
}
