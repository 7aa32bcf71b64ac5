package org.meldcode.rules.facts;

import java.time.Instant;

/**
 * An event that completes a step (the protocol's {@code completes.N} data) took place at this
 * time; the earliest one is when the step was completed, and the next step's deadline runs from it.
 *
 * @param step the step's number
 * @param at   the time of the event
 */
public record StepCompleted(int step, Instant at) {}
