package org.meldcode.model;

import java.time.Instant;
import java.util.Set;

/**
 * The weighing of step 4: how great is the risk, is there acute or structural unsafety?
 *
 * @param at                      when the weighing was made
 * @param actor                   who records it
 * @param participants            who weighed, the actor included
 * @param level                   how strong the suspicion is
 * @param acuteUnsafety           whether acute unsafety is suspected
 * @param structuralUnsafety      whether structural unsafety is suspected
 * @param discussedWithManagement whether the findings were discussed with management
 * @param grounds                 how the weighing was made and on what, in a few factual sentences
 *                                (where the level is {@link SuspicionLevel#NONE}: why the suspicion
 *                                is unfounded)
 */
public record RiskAssessment(
        Instant at,
        Actor actor,
        Set<Actor> participants,
        SuspicionLevel level,
        boolean acuteUnsafety,
        boolean structuralUnsafety,
        boolean discussedWithManagement,
        String grounds)
        implements Action {

    /** Validates the fields. */
    public RiskAssessment {
        Checks.moment(at, "RiskAssessment.at");
        Checks.present(actor, "RiskAssessment.actor");
        participants = Checks.participants(participants, actor, "RiskAssessment");
        Checks.present(level, "RiskAssessment.level");
        Checks.text(grounds, "RiskAssessment.grounds");
    }

    @Override
    public ActionType type() {
        return ActionType.RISK_ASSESSMENT;
    }

    /** Leaves out the free text, which may hold pupil data; only its length is shown. */
    @Override
    public String toString() {
        return "RiskAssessment[at=" + at + ", actor=" + actor + ", participants=" + participants + ", level=" + level
                + ", acuteUnsafety=" + acuteUnsafety + ", structuralUnsafety=" + structuralUnsafety
                + ", discussedWithManagement=" + discussedWithManagement + ", grounds=<" + grounds.length()
                + " chars>]";
    }
}
