package org.meldcode.engine;

import java.util.Objects;

/**
 * What {@link MeldcodeEngine#applyAndGuide} returns: the result of one action and where the case
 * stands after it, the pair a host shows after each thing a staff member does.
 *
 * @param result   the ruling and the case after the action (unchanged when refused)
 * @param guidance where {@code result.caseFile()} stands
 */
public record Outcome(Result result, Guidance guidance) {

    /** Validates the fields. */
    public Outcome {
        Objects.requireNonNull(result, "Outcome.result is required");
        Objects.requireNonNull(guidance, "Outcome.guidance is required");
    }
}
