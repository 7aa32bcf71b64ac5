package org.meldcode.model;

import java.time.Instant;

/**
 * The report (melding) to Veilig Thuis.
 *
 * @param at        when the report was made
 * @param actor     who made the contact
 * @param anonymous whether the school withheld its own or the pupil's identity
 */
public record Report(Instant at, Actor actor, boolean anonymous) implements Action {

    /** Validates the fields. */
    public Report {
        Checks.moment(at, "Report.at");
        Checks.present(actor, "Report.actor");
    }

    @Override
    public ActionType type() {
        return ActionType.REPORT;
    }
}
