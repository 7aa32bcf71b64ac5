package org.meldcode.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.meldcode.engine.Finding;
import org.meldcode.engine.Ruling;
import org.meldcode.json.error.InvalidInputException;
import org.meldcode.model.Action;
import org.meldcode.protocol.Message;
import org.meldcode.rules.MeldcodeRules;
import org.meldcode.scenario.Scenario;
import org.meldcode.scenario.ScenarioFiles;
import org.meldcode.scenario.ScenarioResult;
import org.meldcode.scenario.ScenarioRunner;
import org.meldcode.scenario.StepResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code meldcode run FILE...}: reads every scenario file first (any invalid file stops
 * everything, exit 2), then replays each through the engine and prints each step's ruling and
 * whether it matched, and a summary {@code N passed, N failed} counting files.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Replays scenario files (YAML or JSON) through the rules and checks each step's expected ruling"
                    + " and guidance.",
            "All files are read and checked before any runs; an invalid file stops everything (exit 2)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every step of every file matched",
            "1:a step did not match",
            "2:a file is missing, unreadable or not a valid scenario"
        })
final class RunCommand implements Callable<Integer> {

    private static final String RED = "\u001B[31m";
    private static final String GREEN = "\u001B[32m";
    private static final String BOLD = "\u001B[1m";
    private static final String RESET = "\u001B[0m";

    @ParentCommand
    MeldcodeCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files: .yaml, .yml or .json.")
    List<Path> files;

    @Option(
            names = "--color",
            negatable = true,
            description = "Colour the output (default: only when it goes to a terminal).")
    Boolean color;

    @Option(
            names = "--explain",
            description = "Under each refused step, print each finding: its clause id and text, what in the case"
                    + " caused it and what would make the step permitted (in the language of --lang).")
    boolean explain;

    @Mixin
    LangOption lang;

    private boolean ansi;

    @Override
    public Integer call() {
        ansi = color != null ? color : System.console() != null;
        List<Scenario> scenarios = new ArrayList<>();
        boolean invalid = false;
        for (Path file : files) {
            Optional<String> unreadable = MeldcodeCommand.unreadable(file);
            if (unreadable.isPresent()) {
                root.invalid(unreadable.get(), null);
                invalid = true;
                continue;
            }
            try {
                scenarios.add(ScenarioFiles.read(file));
            } catch (InvalidInputException | UncheckedIOException e) {
                root.invalid(MeldcodeCommand.describe(file, e), e);
                invalid = true;
            }
        }
        if (invalid) {
            return MeldcodeCommand.INVALID;
        }

        ScenarioRunner runner = new ScenarioRunner(MeldcodeRules::forSchool);
        List<ScenarioResult> results = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            try {
                results.add(runner.run(scenarios.get(i)));
            } catch (IllegalArgumentException e) { // the engine refuses the input itself
                return root.invalid(files.get(i) + ": " + e.getMessage(), e);
            }
        }

        PrintWriter out = spec.commandLine().getOut();
        int passed = 0;
        for (int i = 0; i < results.size(); i++) {
            ScenarioResult result = results.get(i);
            print(out, files.get(i), result);
            if (result.passed()) {
                passed++;
            }
        }
        int failed = results.size() - passed;
        out.println(passed + " passed, " + failed + " failed");
        out.flush();
        return failed == 0 ? MeldcodeCommand.OK : MeldcodeCommand.MISMATCH;
    }

    private void print(PrintWriter out, Path file, ScenarioResult result) {
        out.println(paint(BOLD, file + ": " + result.scenario().name()));
        for (StepResult step : result.steps()) {
            Action action = step.step().action();
            Ruling ruling = step.ruling();
            String verdict = ruling.permitted() ? "permitted" : "refused " + String.join(", ", ruling.clauseIds());
            out.printf(
                    "  step %-3d %-21s %-28s %-34s %s%n",
                    step.step().number(),
                    action.type(),
                    action.actor().role() + " " + action.actor().staffId(),
                    verdict,
                    step.passed() ? paint(GREEN, "ok") : paint(RED, "MISMATCH"));
            if (explain && ruling.refused()) {
                explain(out, ruling);
            }
            for (String mismatch : step.mismatches()) {
                out.println("           " + paint(RED, "MISMATCH: " + mismatch));
            }
        }
        long steps = result.steps().size();
        out.println(
                result.passed()
                        ? paint(GREEN, "PASSED") + " (" + steps + (steps == 1 ? " step)" : " steps)")
                        : paint(RED, "FAILED") + " (" + (steps - result.passedSteps()) + " of " + steps
                                + " steps did not match)");
        out.println();
    }

    /** Each finding of a refusal: clause id and text, then its cause and its remedy, indented. */
    private void explain(PrintWriter out, Ruling ruling) {
        for (Finding f : ruling.findings()) {
            out.println("           " + f.clauseId() + "  " + f.clause().text(lang.locale));
            out.println("             " + lang.say("oorzaak: ", "cause: ")
                    + f.explanation().in(lang.locale));
            if (Message.exists(f.remedy().key(), lang.locale)) {
                out.println("             " + lang.say("oplossing: ", "remedy: ")
                        + f.remedy().in(lang.locale));
                out.println("               " + f.way().summary().in(lang.locale));
            }
        }
    }

    private String paint(String colour, String text) {
        return ansi ? colour + text + RESET : text;
    }
}
