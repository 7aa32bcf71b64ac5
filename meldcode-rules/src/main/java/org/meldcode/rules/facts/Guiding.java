package org.meldcode.rules.facts;

/**
 * Present when the engine is asked for guidance: the obligation rules match only then, so a
 * plain ruling does not pay for deriving obligations nobody reads.
 */
public record Guiding() {}
