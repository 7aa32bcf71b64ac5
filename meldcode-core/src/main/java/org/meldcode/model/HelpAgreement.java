package org.meldcode.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The help agreed with those involved after a decision to organise help (national afwegingskader,
 * question 4): a deadline by which its effect must show, and a case manager who follows it.
 *
 * @param at          when the help was agreed
 * @param actor       who records it
 * @param deadline    the date by which the help must have reached the needed safety
 * @param caseManager the staff member who follows the help (the case manager)
 * @param agreements  what was agreed, in a few factual sentences
 */
public record HelpAgreement(Instant at, Actor actor, LocalDate deadline, Actor caseManager, String agreements)
        implements Action {

    /** Validates the fields. */
    public HelpAgreement {
        Checks.moment(at, "HelpAgreement.at");
        Checks.present(actor, "HelpAgreement.actor");
        Checks.date(deadline, "HelpAgreement.deadline");
        Checks.present(caseManager, "HelpAgreement.caseManager");
        Checks.text(agreements, "HelpAgreement.agreements");
    }

    @Override
    public ActionType type() {
        return ActionType.HELP_AGREEMENT;
    }

    /** Leaves out the free text, which may hold pupil data; only its length is shown. */
    @Override
    public String toString() {
        return "HelpAgreement[at=" + at + ", actor=" + actor + ", deadline=" + deadline + ", caseManager=" + caseManager
                + ", agreements=<" + agreements.length() + " chars>]";
    }
}
