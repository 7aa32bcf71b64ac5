package org.meldcode.rules.facts;

import org.meldcode.model.RiskAssessment;

/**
 * The most recent weighing of the risk (step 4) in the case.
 *
 * @param sequence the event's sequence number
 * @param weighing the weighing
 */
public record LatestWeighing(int sequence, RiskAssessment weighing) {}
