package org.meldcode.rules.facts;

/**
 * A step of the protocol is completed, derived from the events with {@code insertLogical}.
 *
 * @param step the step's number
 */
public record StepDone(int step) {}
