package org.meldcode.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Clause;
import org.meldcode.protocol.Protocol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code meldcode clauses [PROTOCOL]}: the clause catalogue of a protocol in three aligned
 * columns, id, step and text, the text wrapped under its own column.
 */
@Command(
        name = "clauses",
        mixinStandardHelpOptions = true,
        description = {
            "Lists the clauses of a protocol in aligned columns: id, step and text.",
            "PROTOCOL is id@version (or just the id, such as landelijk); the seed protocol stappenplan@2021-09"
                    + " when none is named."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the catalogue was printed", "2:unknown protocol or invalid usage"})
final class ClausesCommand implements Callable<Integer> {

    /** The width of the text column; longer texts wrap onto lines indented under it. */
    static final int TEXT_WIDTH = 72;

    @ParentCommand
    MeldcodeCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    LangOption lang;

    @Parameters(
            arity = "0..1",
            paramLabel = "PROTOCOL",
            description = "The protocol, such as stappenplan@2021-09 (default), landelijk or landelijk@2019-01.")
    String protocolName;

    @Override
    public Integer call() {
        Optional<ProtocolRef> ref = MeldcodeCommand.protocolNamed(protocolName);
        if (ref.isEmpty()) {
            return root.unknownProtocol(protocolName);
        }
        Protocol protocol = Protocol.of(ref.get());
        List<String[]> rows = new ArrayList<>();
        int idWidth = 0;
        int stepWidth = 0;
        for (Clause c : protocol.clauses()) {
            String step = c.step() == 0 ? lang.say("alle stappen", "all steps") : lang.say("stap ", "step ") + c.step();
            rows.add(new String[] {c.id(), step, c.text(lang.locale)});
            idWidth = Math.max(idWidth, c.id().length());
            stepWidth = Math.max(stepWidth, step.length());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(
                "Protocol " + protocol.ref() + ": " + protocol.clauses().size() + lang.say(" artikelen", " clauses"));
        String indent = " ".repeat(idWidth + 2 + stepWidth + 2);
        for (String[] row : rows) {
            List<String> lines = wrap(row[2], TEXT_WIDTH);
            out.println(pad(row[0], idWidth) + "  " + pad(row[1], stepWidth) + "  " + lines.get(0));
            for (String more : lines.subList(1, lines.size())) {
                out.println(indent + more);
            }
        }
        out.flush();
        return MeldcodeCommand.OK;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    /** The text in lines of at most {@code width} characters, broken between words (a longer word stands alone). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
