package org.meldcode.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.meldcode.json.CaseJson;
import org.meldcode.json.error.InvalidInputException;
import org.meldcode.model.Action;
import org.meldcode.rules.MeldcodeRules;
import org.meldcode.scenario.Scenario;
import org.meldcode.scenario.ScenarioFiles;
import org.meldcode.scenario.ScenarioResult;
import org.meldcode.scenario.ScenarioRunner;
import org.meldcode.scenario.StepResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code meldcode case SCENARIO [-o CASE.json]}: the case document a scenario builds, so that
 * {@code guide}, {@code dossier} and {@code timeline} can follow a scenario. Every step goes
 * through the engine; only permitted steps become events, and each refused step is skipped and
 * reported on the error stream in one line (step number, kind of action, role and clause ids).
 */
@Command(
        name = "case",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the case document (JSON) that a scenario file builds: its steps applied in order through"
                    + " the rules.",
            "Only permitted steps become events; a refused step is skipped and reported in one line on the"
                    + " error output."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the case was written (refused steps, if any, were skipped and reported)",
            "2:the file is missing, unreadable or not a valid scenario, or the output cannot be written"
        })
final class CaseCommand implements Callable<Integer> {

    @ParentCommand
    MeldcodeCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOption output;

    @Parameters(paramLabel = "SCENARIO", description = "A scenario file: .yaml, .yml or .json.")
    Path file;

    @Override
    public Integer call() {
        Optional<String> unreadable = MeldcodeCommand.unreadable(file);
        if (unreadable.isPresent()) {
            return root.invalid(unreadable.get(), null);
        }
        Scenario scenario;
        try {
            scenario = ScenarioFiles.read(file);
        } catch (InvalidInputException | UncheckedIOException e) {
            return root.invalid(MeldcodeCommand.describe(file, e), e);
        }
        ScenarioResult result;
        try {
            result = new ScenarioRunner(MeldcodeRules::forSchool).run(scenario);
        } catch (IllegalArgumentException e) { // the engine refuses the input itself
            return root.invalid(file + ": " + e.getMessage(), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        for (StepResult step : result.steps()) {
            if (step.ruling().refused()) {
                Action action = step.step().action();
                err.println("meldcode: " + file + ": step " + step.step().number() + " (" + action.type() + " by "
                        + action.actor().role() + ") refused "
                        + String.join(", ", step.ruling().clauseIds())
                        + "; skipped");
            }
        }
        err.flush();
        return output.write(root, spec.commandLine().getOut(), CaseJson.write(result.caseFile()));
    }
}
