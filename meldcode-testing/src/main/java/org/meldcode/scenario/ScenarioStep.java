package org.meldcode.scenario;

import java.util.Objects;
import java.util.Optional;
import org.meldcode.model.Action;

/**
 * One step of a scenario: an action and what the protocol must say of it.
 *
 * @param number   the step's position, from 1
 * @param action   the action, with its time and actor
 * @param expected the ruling the action must get
 * @param guidance what the guidance must say after the step, when the scenario checks it
 */
public record ScenarioStep(int number, Action action, Expectation expected, Optional<GuidanceExpectation> guidance) {

    /** Validates the fields. */
    public ScenarioStep {
        Objects.requireNonNull(action, "ScenarioStep.action is required");
        Objects.requireNonNull(expected, "ScenarioStep.expected is required");
        Objects.requireNonNull(guidance, "ScenarioStep.guidance is required");
    }
}
