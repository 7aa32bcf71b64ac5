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
 */
public record RiskAssessment(
        Instant at,
        Actor actor,
        Set<Actor> participants,
        SuspicionLevel level,
        boolean acuteUnsafety,
        boolean structuralUnsafety,
        boolean discussedWithManagement)
        implements Action {

    /** Validates the fields. */
    public RiskAssessment {
        Checks.moment(at, "RiskAssessment.at");
        Checks.present(actor, "RiskAssessment.actor");
        participants = Checks.participants(participants, actor, "RiskAssessment");
        Checks.present(level, "RiskAssessment.level");
    }

    @Override
    public ActionType type() {
        return ActionType.RISK_ASSESSMENT;
    }
}
