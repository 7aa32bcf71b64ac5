package org.meldcode.rules.facts;

import java.time.Instant;

/**
 * A step falls due under the school's deadlines at this moment, derived with
 * {@code insertLogical} in guidance; the engine sets it as the due moment of the step's open
 * obligations, which keep their own clauses.
 *
 * @param step the step's number
 * @param at   the first moment at which the step counts as overdue
 */
public record Due(int step, Instant at) {}
