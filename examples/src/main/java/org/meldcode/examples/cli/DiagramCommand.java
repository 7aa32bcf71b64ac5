package org.meldcode.examples.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Protocol;
import org.meldcode.render.ProtocolDiagram;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code meldcode diagram [PROTOCOL]}: a protocol as a flow chart, generated from its definition,
 * as SVG or Mermaid text.
 */
@Command(
        name = "diagram",
        mixinStandardHelpOptions = true,
        description = "Draws a protocol as a flow chart generated from its definition (steps, who may act,"
                + " the skip of step 3, end states and branches), as SVG or Mermaid text.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the diagram was written", "2:unknown protocol, or the output cannot be written"})
final class DiagramCommand implements Callable<Integer> {

    enum Format {
        SVG,
        MERMAID
    }

    @ParentCommand
    MeldcodeCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    LangOption lang;

    @Mixin
    OutputOption output;

    @Option(
            names = "--format",
            paramLabel = "svg|mermaid",
            defaultValue = "svg",
            converter = FormatConverter.class,
            description = "svg (a standalone picture, the default) or mermaid (flowchart text).")
    Format format = Format.SVG;

    @Parameters(
            paramLabel = "PROTOCOL",
            arity = "0..1",
            description = "The protocol as id@version, or just its id (default: the seed protocol, "
                    + "stappenplan@2021-09).")
    String protocol;

    @Override
    public Integer call() {
        Optional<ProtocolRef> ref = MeldcodeCommand.protocolNamed(protocol);
        if (ref.isEmpty()) {
            return root.unknownProtocol(protocol);
        }
        Protocol p = Protocol.of(ref.get());
        ProtocolDiagram diagram = ProtocolDiagram.of(p);
        String text = format == Format.MERMAID ? diagram.mermaid(lang.locale) : diagram.svg(lang.locale);
        return output.write(root, spec.commandLine().getOut(), text);
    }

    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "svg" -> Format.SVG;
                case "mermaid", "mmd" -> Format.MERMAID;
                default -> throw new TypeConversionException("expected svg or mermaid, found '" + value + "'");
            };
        }
    }
}
