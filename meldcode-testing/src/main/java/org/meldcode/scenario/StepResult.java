package org.meldcode.scenario;

import java.util.List;
import java.util.Optional;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.Ruling;

/**
 * How one scenario step went.
 *
 * @param step       the step
 * @param ruling     the engine's ruling on it
 * @param guidance   the guidance after it, when the step checks guidance
 * @param mismatches how the outcome differs from the expectation; empty when it matches
 */
public record StepResult(ScenarioStep step, Ruling ruling, Optional<Guidance> guidance, List<String> mismatches) {

    /** Copies the mismatches. */
    public StepResult {
        mismatches = List.copyOf(mismatches);
    }

    /** Whether the step went as expected. */
    public boolean passed() {
        return mismatches.isEmpty();
    }
}
