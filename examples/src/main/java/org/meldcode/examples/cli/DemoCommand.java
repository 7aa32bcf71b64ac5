package org.meldcode.examples.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.meldcode.examples.Demo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code meldcode demo}: the README's demonstration, a fictional case from signal to report. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Walks a fictional case from the first signal to the report and the conversation with the"
                + " parents, explaining the refusals.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() throws IOException {
        Demo.run(spec.commandLine().getOut(), lang.locale);
        return MeldcodeCommand.OK;
    }
}
