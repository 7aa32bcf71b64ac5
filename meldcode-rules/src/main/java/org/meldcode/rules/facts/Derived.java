package org.meldcode.rules.facts;

/**
 * A state the case is in, derived from its events with {@code insertLogical}.
 *
 * @param fact the state
 */
public record Derived(Fact fact) {}
