package org.meldcode.rules.facts;

import org.meldcode.model.Decision;

/**
 * The most recent decision (step 5) in the case.
 *
 * @param sequence the event's sequence number
 * @param decision the decision
 */
public record LatestDecision(int sequence, Decision decision) {}
