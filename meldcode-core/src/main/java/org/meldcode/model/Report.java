package org.meldcode.model;

import java.time.Instant;

/**
 * The report (melding) to Veilig Thuis: the school hands the watch over the pupil's safety to
 * Veilig Thuis, naming the pupil and itself.
 *
 * <p>A report always identifies the pupil and the school to Veilig Thuis; a contact that leaves the
 * pupil unnamed is advice ({@link Advice}), and the rules refuse it as a report. What a report may
 * ask, in rare cases and where the protocol allows it, is that Veilig Thuis keeps the reporter's
 * identity from the family ({@code reporterWithheldFromFamily}); this is what "an anonymous report"
 * means in practice.
 *
 * @param at                         when the report was made
 * @param actor                      who made the contact
 * @param pupilIdentified            whether the pupil was named to Veilig Thuis (a report must)
 * @param reporterWithheldFromFamily whether Veilig Thuis is asked to keep the reporter's identity
 *                                   from the family
 */
public record Report(Instant at, Actor actor, boolean pupilIdentified, boolean reporterWithheldFromFamily)
        implements Action {

    /**
     * A report that names the pupil, with the reporter known to the family: the usual report.
     *
     * @param at    when the report was made
     * @param actor who made the contact
     * @return the report
     */
    public static Report named(Instant at, Actor actor) {
        return new Report(at, actor, true, false);
    }

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
