package org.meldcode.examples.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.meldcode.render.Dossier;
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
 * {@code meldcode dossier CASE.json}: the case's chronological dossier for Veilig Thuis, as
 * Markdown or as a self-contained HTML page.
 */
@Command(
        name = "dossier",
        mixinStandardHelpOptions = true,
        description = "Writes the case's dossier for Veilig Thuis: its events in order (staff by role only,"
                + " facts from others marked) and what is still owed, as Markdown or self-contained HTML.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the dossier was written",
            "2:the file is missing, unreadable or not a valid case, or the output cannot be written"
        })
final class DossierCommand implements Callable<Integer> {

    enum Format {
        MD,
        HTML
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
            paramLabel = "md|html",
            defaultValue = "md",
            converter = FormatConverter.class,
            description = "md (Markdown, the default) or html (one self-contained page that prints on A4).")
    Format format = Format.MD;

    @Parameters(paramLabel = "CASE.json", description = "A case document (JSON), as written by CaseJson.")
    Path file;

    @Override
    public Integer call() {
        Optional<CaseInput.Guided> guided = CaseInput.read(root, file);
        if (guided.isEmpty()) {
            return MeldcodeCommand.INVALID;
        }
        Dossier dossier = Dossier.of(guided.get().caseFile(), guided.get().guidance());
        String text = format == Format.HTML ? dossier.html(lang.locale) : dossier.markdown(lang.locale);
        return output.write(root, spec.commandLine().getOut(), text);
    }

    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "md", "markdown" -> Format.MD;
                case "html" -> Format.HTML;
                default -> throw new TypeConversionException("expected md or html, found '" + value + "'");
            };
        }
    }
}
