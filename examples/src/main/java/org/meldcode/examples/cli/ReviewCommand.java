package org.meldcode.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.meldcode.json.SettingsFiles;
import org.meldcode.json.error.InvalidInputException;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Protocol;
import org.meldcode.review.ComplianceReview;
import org.meldcode.review.Review;
import org.meldcode.review.ReviewMarkdown;
import org.meldcode.settings.SchoolSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code meldcode review [PROTOCOL] [--settings FILE]}: the compliance review of a protocol and a
 * school's settings against the national framework, as Markdown.
 */
@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        description = {
            "Reviews a protocol and a school's settings against the national framework for the meldcode and"
                    + " prints the findings as Markdown.",
            "PROTOCOL is id@version (or just the id); the seed protocol stappenplan@2021-09 when none is named."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the review was printed and found no error",
            "1:the review was printed and found at least one ERROR",
            "2:unknown protocol, or the settings file is missing, unreadable or invalid"
        })
final class ReviewCommand implements Callable<Integer> {

    @ParentCommand
    MeldcodeCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    LangOption lang;

    @Parameters(
            arity = "0..1",
            paramLabel = "PROTOCOL",
            description = "The protocol to review, such as stappenplan@2021-09 (default).")
    String protocol;

    @Option(
            names = "--settings",
            paramLabel = "FILE",
            description = "The school's settings (YAML or JSON, see docs/settings.md); none: the protocol as written.")
    Path settingsFile;

    @Override
    public Integer call() {
        Optional<ProtocolRef> ref = MeldcodeCommand.protocolNamed(protocol);
        if (ref.isEmpty()) {
            return root.unknownProtocol(protocol);
        }
        SchoolSettings settings = SchoolSettings.DEFAULTS;
        if (settingsFile != null) {
            Optional<String> unreadable = MeldcodeCommand.unreadable(settingsFile);
            if (unreadable.isPresent()) {
                return root.invalid(unreadable.get(), null);
            }
            try {
                settings = SettingsFiles.read(settingsFile);
            } catch (InvalidInputException | UncheckedIOException e) {
                return root.invalid(MeldcodeCommand.describe(settingsFile, e), e);
            }
        }
        Review review = ComplianceReview.review(Protocol.of(ref.get()), settings);
        PrintWriter out = spec.commandLine().getOut();
        out.print(ReviewMarkdown.render(review, lang.locale));
        out.flush();
        return review.hasErrors() ? MeldcodeCommand.MISMATCH : MeldcodeCommand.OK;
    }
}
