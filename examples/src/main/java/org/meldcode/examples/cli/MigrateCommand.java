package org.meldcode.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.meldcode.engine.Migration;
import org.meldcode.json.CaseJson;
import org.meldcode.model.ProtocolRef;
import org.meldcode.render.MigrationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code meldcode migrate CASE.json --to PROTOCOL}: what moving a case to another protocol or
 * version changes, as Markdown; with {@code -o}, the migrated case is written too.
 */
@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        description = "Replays a case under another protocol or version and reports the past events it would"
                + " have refused and the obligations that change; -o writes the migrated case.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every past event is permitted under the new protocol",
            "1:the new protocol would have refused some past events (listed); the case is still written with -o",
            "2:the file is missing or invalid, the protocol is unknown or the case's own, or -o cannot be written"
        })
final class MigrateCommand implements Callable<Integer> {

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

    @Option(
            names = "--to",
            required = true,
            paramLabel = "PROTOCOL",
            description = "The protocol to move to, as id@version or just its id (the newest version).")
    String to;

    @Override
    public Integer call() {
        Optional<CaseInput.Guided> guided = CaseInput.read(root, file);
        if (guided.isEmpty()) {
            return MeldcodeCommand.INVALID;
        }
        Optional<ProtocolRef> target = MeldcodeCommand.protocolNamed(to);
        if (target.isEmpty()) {
            return root.unknownProtocol(to);
        }
        Migration migration;
        try {
            migration = guided.get().engine().migrate(guided.get().caseFile(), target.get());
        } catch (IllegalArgumentException e) {
            return root.invalid(file + ": " + e.getMessage(), e);
        }
        if (output.file != null) {
            int written = output.write(root, spec.commandLine().getOut(), CaseJson.write(migration.migrated()));
            if (written != MeldcodeCommand.OK) {
                return written;
            }
        }
        spec.commandLine().getOut().print(MigrationReport.markdown(migration, lang.locale));
        spec.commandLine().getOut().flush();
        return migration.clean() ? MeldcodeCommand.OK : MeldcodeCommand.MISMATCH;
    }
}
