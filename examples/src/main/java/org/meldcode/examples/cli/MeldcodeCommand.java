package org.meldcode.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.meldcode.json.error.InvalidInputException;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Protocol;
import org.meldcode.rules.MeldcodeRules;
import org.meldcode.scenario.ScenarioFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code meldcode} command line: replays scenario files, tells where a stored case stands,
 * lists the clause catalogue and runs the demonstration.
 *
 * <pre>
 * java -jar examples/target/meldcode.jar run scenarios/*.yaml --explain --lang en
 * java -jar examples/target/meldcode.jar case scenario.yaml -o case.json
 * java -jar examples/target/meldcode.jar guide case.json --lang en
 * java -jar examples/target/meldcode.jar clauses landelijk
 * java -jar examples/target/meldcode.jar review --settings school.yaml --lang en
 * java -jar examples/target/meldcode.jar demo --lang en
 * java -jar examples/target/meldcode.jar dossier case.json --format html -o dossier.html
 * java -jar examples/target/meldcode.jar diagram --format mermaid
 * java -jar examples/target/meldcode.jar timeline case.json -o timeline.svg
 * </pre>
 *
 * <p>Exit codes: 0 all went as expected, 1 a scenario step did not match or a review found an
 * ERROR, 2 invalid input or usage, 3 an internal error.
 */
@Command(
        name = "meldcode",
        mixinStandardHelpOptions = true,
        versionProvider = MeldcodeCommand.Version.class,
        description = "The Dutch school meldcode as executable, traceable rules.",
        subcommands = {
            RunCommand.class,
            CaseCommand.class,
            GuideCommand.class,
            ClausesCommand.class,
            ReviewCommand.class,
            MigrateCommand.class,
            DemoCommand.class,
            DossierCommand.class,
            DiagramCommand.class,
            TimelineCommand.class,
            HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:all went as expected",
            "1:a scenario step did not get the ruling or guidance it expects, or a review found an ERROR",
            "2:invalid input (unreadable or invalid file) or invalid usage",
            "3:internal error"
        })
public final class MeldcodeCommand implements Callable<Integer> {

    /** Every scenario step matched; the command did what was asked. */
    public static final int OK = 0;
    /** A scenario step did not match its expectation, or a compliance review found an ERROR. */
    public static final int MISMATCH = 1;
    /** Invalid input or usage: nothing was run. */
    public static final int INVALID = 2;
    /** A fault of the program itself. */
    public static final int INTERNAL = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "On an error, print its stack trace too.")
    boolean debug;

    @Override
    public Integer call() {
        throw new ParameterException(
                spec.commandLine(),
                "Missing required subcommand: run, case, guide, clauses, review, migrate, demo, dossier, diagram or timeline");
    }

    /**
     * The command line, writing to the given streams; {@code execute(args)} returns the exit code.
     *
     * @param out where results go
     * @param err where errors and usage messages go
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new MeldcodeCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(MeldcodeCommand::internalError);
        cli.setParameterExceptionHandler(MeldcodeCommand::usageError);
        return cli;
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), UTF_8), true);
    }

    /**
     * The known protocol a user named: {@code id@version}, or an id alone (its newest known
     * version); the seed protocol when none is named.
     *
     * @param name the name given on the command line, or null
     * @return the protocol, or empty when no known protocol has that name
     */
    static java.util.Optional<ProtocolRef> protocolNamed(String name) {
        if (name == null) {
            return java.util.Optional.of(ProtocolRef.STAPPENPLAN_2021);
        }
        String text = name.strip();
        ProtocolRef found = null;
        for (ProtocolRef r : Protocol.known()) {
            if (r.toString().equals(text)) {
                return java.util.Optional.of(r);
            }
            if (r.id().equals(text) && (found == null || r.version().compareTo(found.version()) > 0)) {
                found = r;
            }
        }
        return java.util.Optional.ofNullable(found);
    }

    /** Reports a protocol name that matches no known protocol, listing the known ones; returns {@link #INVALID}. */
    int unknownProtocol(String name) {
        java.util.StringJoiner known = new java.util.StringJoiner(", ");
        Protocol.known().forEach(r -> known.add(r.toString()));
        return invalid("unknown protocol '" + name + "'; known: " + known, null);
    }

    /**
     * Reports invalid input in one line on the error stream (with the stack trace under
     * {@code --debug}) and returns {@link #INVALID}.
     */
    int invalid(String message, Throwable cause) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("meldcode: " + message);
        if (debug && cause != null) {
            cause.printStackTrace(err);
        }
        err.flush();
        return INVALID;
    }

    /**
     * Starts building the rules of the usual protocol (stappenplan) on a background thread, so
     * that a command that reads a case and then asks the engine builds them while the case is
     * read instead of after it. The engine waits for a build under way rather than starting its
     * own; a case of another protocol has its rules built when the engine needs them, as before.
     */
    static void preloadRules() {
        Thread preload = new Thread(
                () -> {
                    try {
                        MeldcodeRules.preload(ProtocolRef.STAPPENPLAN_2021);
                    } catch (RuntimeException e) {
                        // the engine builds them itself when asked, and reports any problem then
                    }
                },
                "meldcode-preload");
        preload.setDaemon(true);
        preload.start();
    }

    /** The problem with a file named on the command line, if it cannot be read as a file. */
    static Optional<String> unreadable(Path file) {
        if (!Files.exists(file)) {
            return Optional.of(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            return Optional.of(file + ": is a directory, not a file");
        }
        if (!Files.isRegularFile(file)) {
            // a pipe without a writer would block the read for ever; devices and sockets are no documents
            return Optional.of(file + ": is not a regular file (a pipe, device or socket); give a file");
        }
        if (!Files.isReadable(file)) {
            return Optional.of(file + ": cannot be read (permission denied)");
        }
        return Optional.empty();
    }

    /**
     * The one-line hint for a scenario file given where a case document is expected, or empty
     * when the file is not a readable scenario either.
     *
     * @param file the file that could not be read as a case
     * @return the hint naming the commands that take a scenario
     */
    static Optional<String> scenarioHint(Path file) {
        try {
            ScenarioFiles.read(file);
        } catch (RuntimeException notAScenario) {
            return Optional.empty();
        }
        return Optional.of(file + ": this is a scenario file; use `meldcode run " + file + "` or `meldcode case " + file
                + " -o case.json`");
    }

    /** The one-line message for an error while reading input. */
    static String describe(Path file, RuntimeException e) {
        if (e instanceof InvalidInputException) {
            return e.getMessage(); // names the file, the place and the problem
        }
        if (e instanceof UncheckedIOException io) {
            return file + ": cannot read: " + io.getCause();
        }
        return file + ": " + e.getMessage();
    }

    /**
     * Reports invalid usage (an unknown option, a missing or surplus argument) in one line that
     * points at the help of the command it was given to, instead of the whole usage; returns
     * {@link #INVALID}.
     */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        boolean debug = cli.getCommandSpec().root().userObject() instanceof MeldcodeCommand root && root.debug;
        PrintWriter err = cli.getErr();
        String message =
                e.getMessage() == null ? "invalid usage" : e.getMessage().strip();
        err.println("meldcode: " + message.replaceAll("\\s*\\R\\s*", " ") + " (see "
                + cli.getCommandSpec().qualifiedName() + " --help)");
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return INVALID;
    }

    private static int internalError(Exception e, CommandLine cli, ParseResult parsed) {
        boolean debug = cli.getCommandSpec().root().userObject() instanceof MeldcodeCommand root && root.debug;
        PrintWriter err = cli.getErr();
        err.println("meldcode: internal error: " + e);
        if (debug) {
            e.printStackTrace(err);
        } else {
            err.println("meldcode: run again with --debug for the stack trace");
        }
        err.flush();
        return INTERNAL;
    }

    /** The version from the build, with the protocols this build knows. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = MeldcodeCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(new InputStreamReader(in, UTF_8));
                }
            }
            StringBuilder protocols = new StringBuilder();
            for (ProtocolRef ref : Protocol.known()) {
                protocols.append(protocols.length() == 0 ? "" : ", ").append(ref);
            }
            return new String[] {"meldcode " + p.getProperty("version", "(unknown version)"), "protocols: " + protocols
            };
        }
    }
}
