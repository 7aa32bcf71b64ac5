package org.meldcode.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.meldcode.render.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code meldcode timeline CASE.json}: the case's events on a time axis by step, as SVG. */
@Command(
        name = "timeline",
        mixinStandardHelpOptions = true,
        description = "Draws the case's timeline as SVG: its events on a time axis, one lane per step, with what"
                + " is still owed marked at the last event.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the timeline was written",
            "2:the file is missing, unreadable or not a valid case, or the output cannot be written"
        })
final class TimelineCommand implements Callable<Integer> {

    @ParentCommand
    MeldcodeCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    LangOption lang;

    @Mixin
    OutputOption output;

    @Parameters(paramLabel = "CASE.json", description = "A case document (JSON), as written by CaseJson.")
    Path file;

    @Override
    public Integer call() {
        Optional<CaseInput.Guided> guided = CaseInput.read(root, file);
        if (guided.isEmpty()) {
            return MeldcodeCommand.INVALID;
        }
        String svg =
                Timeline.of(guided.get().caseFile(), guided.get().guidance()).svg(lang.locale);
        return output.write(root, spec.commandLine().getOut(), svg);
    }
}
