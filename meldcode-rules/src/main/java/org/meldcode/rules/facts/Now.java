package org.meldcode.rules.facts;

import java.time.Instant;

/**
 * The moment the host asks about, passed in by the host (never the wall clock): present only when
 * guidance is asked with a clock, so that the school's deadlines can be checked. It also carries
 * the time of the case's first event, from which the deadline of step 1 runs (that event itself may
 * not be in the session: plain logbook entries are left out).
 *
 * @param at         the moment the host asks about
 * @param firstEvent the time of the case's first event, or null when it has none
 */
public record Now(Instant at, Instant firstEvent) {}
