package org.meldcode.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Clause;
import org.meldcode.protocol.Protocol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code meldcode clauses}: the clause catalogue of the seed protocol, id, step and text. */
@Command(
        name = "clauses",
        mixinStandardHelpOptions = true,
        description = "Lists the clauses of the protocol (stappenplan, September 2021): id, step and text.")
final class ClausesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() {
        Protocol protocol = Protocol.of(ProtocolRef.STAPPENPLAN_2021);
        PrintWriter out = spec.commandLine().getOut();
        out.println(
                "Protocol " + protocol.ref() + ": " + protocol.clauses().size() + lang.say(" artikelen", " clauses"));
        for (Clause c : protocol.clauses()) {
            String step = c.step() == 0 ? lang.say("alle stappen", "all steps") : lang.say("stap ", "step ") + c.step();
            out.printf("%-7s %-12s %s%n", c.id(), step, c.text(lang.locale));
        }
        out.flush();
        return MeldcodeCommand.OK;
    }
}
