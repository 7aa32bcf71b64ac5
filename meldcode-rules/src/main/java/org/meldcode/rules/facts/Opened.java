package org.meldcode.rules.facts;

import java.time.Instant;

/**
 * The case's first event took place at this moment: inserted in guidance when the school set step
 * deadlines, since the deadline of step 1 runs from it and that event itself may not be in the
 * session (plain logbook entries are left out).
 *
 * @param at the time of the case's first event
 */
public record Opened(Instant at) {}
