package org.meldcode.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.KnownNames;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Result;
import org.meldcode.model.Case;

/**
 * Replays a scenario through an engine: each step is applied to the case built so far (a refused
 * step leaves it unchanged) and its ruling, and guidance where asked, compared with what the
 * scenario expects.
 */
public final class ScenarioRunner {

    private final Function<KnownNames, MeldcodeEngine> engineForSchool;

    /** A runner that runs every scenario on the given engine, whatever its school configuration. */
    public ScenarioRunner(MeldcodeEngine engine) {
        Objects.requireNonNull(engine, "engine");
        this.engineForSchool = names -> engine;
    }

    /**
     * A runner that builds the engine for each scenario from the names its school knows
     * ({@link Scenario#knownNames()}), such as {@code MeldcodeRules::forSchool}.
     *
     * @param engineForSchool the engine for a school's known names
     */
    public ScenarioRunner(Function<KnownNames, MeldcodeEngine> engineForSchool) {
        this.engineForSchool = Objects.requireNonNull(engineForSchool, "engineForSchool");
    }

    /** Runs every step of the scenario, also after a mismatch. */
    public ScenarioResult run(Scenario scenario) {
        MeldcodeEngine engine = engineForSchool.apply(scenario.knownNames());
        Case caseFile = Case.open(scenario.caseId(), scenario.pupilRef(), scenario.protocol());
        List<StepResult> results = new ArrayList<>(scenario.steps().size());
        for (ScenarioStep step : scenario.steps()) {
            Result result = engine.apply(caseFile, step.action());
            caseFile = result.caseFile();
            List<String> mismatches = new ArrayList<>();
            if (!step.expected().matches(result.ruling())) {
                mismatches.add("expected " + step.expected() + ", was "
                        + (result.permitted()
                                ? "permitted"
                                : "refused " + result.ruling().clauseIds()));
            }
            Optional<Guidance> guidance = Optional.empty();
            if (step.guidance().isPresent()) {
                Guidance g = engine.guide(caseFile);
                guidance = Optional.of(g);
                mismatches.addAll(step.guidance().get().mismatches(g));
            }
            results.add(new StepResult(step, result.ruling(), guidance, mismatches));
        }
        return new ScenarioResult(scenario, results, caseFile);
    }
}
