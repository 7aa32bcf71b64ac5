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

    /**
     * Starts a {@link Report} taken by the given staff member; the builder's calls read as a
     * sentence: {@code Report.by(ib).at(now).pupilIdentified().build()}.
     *
     * @param actor who takes the action
     * @return the builder, with every yes/no answer "no" until its method is called
     * @throws NullPointerException when the actor is missing
     */
    public static Builder by(Actor actor) {
        return new Builder(actor);
    }

    /**
     * Builds a {@link Report} step by step. Every yes/no answer is {@code false} until
     * its method is called; a required field that is not given makes {@link #build()} fail, naming
     * the field. Not thread-safe.
     */
    public static final class Builder extends ActionBuilder<Builder> {

        private boolean pupilIdentified;
        private boolean reporterWithheldFromFamily;

        private Builder(Actor actor) {
            super(actor, "Report");
        }

        /**
         * Records that the pupil was named to Veilig Thuis (a report must) (default: not).
         *
         * @return this builder
         */
        public Builder pupilIdentified() {
            this.pupilIdentified = true;
            return this;
        }

        /**
         * Records that Veilig Thuis is asked to keep the reporter's identity from the family (default: not).
         *
         * @return this builder
         */
        public Builder reporterWithheldFromFamily() {
            this.reporterWithheldFromFamily = true;
            return this;
        }

        /**
         * Builds the action.
         *
         * @return the action, as its canonical constructor makes it
         * @throws NullPointerException     when a required field is missing (the message names it)
         * @throws IllegalArgumentException when a field is invalid (the message names it)
         */
        public Report build() {
            return new Report(at, actor, pupilIdentified, reporterWithheldFromFamily);
        }
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
