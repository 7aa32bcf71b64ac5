package org.meldcode.model;

import java.time.Instant;

/**
 * The school board files a police report (aangifte) after the confidential inspector's
 * consultation found a reasonable suspicion of a criminal offence. Objections of those involved do
 * not release the board from it.
 *
 * @param at    when the report was filed
 * @param actor who filed it, for the board
 */
public record PoliceReport(Instant at, Actor actor) implements Action {

    /** Validates the fields. */
    public PoliceReport {
        Checks.moment(at, "PoliceReport.at");
        Checks.present(actor, "PoliceReport.actor");
    }

    @Override
    public ActionType type() {
        return ActionType.POLICE_REPORT;
    }
}
