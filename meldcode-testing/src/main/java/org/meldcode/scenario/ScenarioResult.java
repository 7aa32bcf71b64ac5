package org.meldcode.scenario;

import java.util.List;
import org.meldcode.model.Case;

/**
 * How a scenario went.
 *
 * @param scenario the scenario
 * @param steps    the result of each step
 * @param caseFile the case as the scenario left it
 */
public record ScenarioResult(Scenario scenario, List<StepResult> steps, Case caseFile) {

    /** Copies the steps. */
    public ScenarioResult {
        steps = List.copyOf(steps);
    }

    /** Whether every step went as expected. */
    public boolean passed() {
        return steps.stream().allMatch(StepResult::passed);
    }

    /** How many steps went as expected. */
    public long passedSteps() {
        return steps.stream().filter(StepResult::passed).count();
    }
}
