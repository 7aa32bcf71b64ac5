package org.meldcode.model;

import java.time.Instant;

/**
 * The evaluation of agreed help (national afwegingskader, question 5): did the help reach the
 * needed safety within the agreed time?
 *
 * @param at            when the help was evaluated
 * @param actor         who records it
 * @param safetyReached whether the needed safety was reached and lasts
 * @param findings      what was found, and the agreements on following future (un)safety
 */
public record HelpEvaluation(Instant at, Actor actor, boolean safetyReached, String findings) implements Action {

    /** Validates the fields. */
    public HelpEvaluation {
        Checks.moment(at, "HelpEvaluation.at");
        Checks.present(actor, "HelpEvaluation.actor");
        Checks.text(findings, "HelpEvaluation.findings");
    }

    @Override
    public ActionType type() {
        return ActionType.HELP_EVALUATION;
    }

    /** Leaves out the free text, which may hold pupil data; only its length is shown. */
    @Override
    public String toString() {
        return "HelpEvaluation[at=" + at + ", actor=" + actor + ", safetyReached=" + safetyReached + ", findings=<"
                + findings.length() + " chars>]";
    }
}
