package org.meldcode.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.examples.cli.Cli.meldcode;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command line the README shows for the command-line jar runs as shown: the files it names
 * exist in the repository, and it exits 0 unless its comment documents another exit code
 * ({@code # exit 1: ...}). Output files named by {@code -o} go to a temporary directory.
 */
class ReadmeCommandsTest {

    private static final Path ROOT = Path.of("..");

    /** {@code java -jar examples/target/meldcode.jar ARGS}, ARGS up to a comment, a backtick, {@code &&} or the end of the line. */
    private static final Pattern COMMAND =
            Pattern.compile("java -jar examples/target/meldcode\\.jar((?:(?!&&)[^`#\\n|])*)(#[^\\n`]*)?");

    private static final Pattern EXIT = Pattern.compile("\\bexit (\\d)\\b");

    @TempDir
    Path dir;

    /** A command line shown in the README: its arguments and the exit code the README documents. */
    record Shown(List<String> args, int exit) {
        @Override
        public String toString() {
            return "meldcode " + String.join(" ", args) + (exit == 0 ? "" : " (exit " + exit + ")");
        }
    }

    static List<Shown> shown() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        List<Shown> commands = new ArrayList<>();
        Matcher m = COMMAND.matcher(readme);
        while (m.find()) {
            String args = m.group(1).strip();
            if (args.isEmpty() || args.equals("...")) {
                continue; // the table's heading names the jar, not a command
            }
            int exit = 0;
            if (m.group(2) != null) {
                Matcher documented = EXIT.matcher(m.group(2));
                if (documented.find()) {
                    exit = Integer.parseInt(documented.group(1));
                }
            }
            commands.add(new Shown(Arrays.asList(args.split("\\s+")), exit));
        }
        return commands;
    }

    static Stream<Shown> commands() throws IOException {
        return shown().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void every_command_line_in_the_readme_runs_and_exits_as_documented(Shown command) {
        // GIVEN a command line as the README shows it, run from the repository's root
        List<String> args = new ArrayList<>();
        Path output = null;
        for (int i = 0; i < command.args().size(); i++) {
            String arg = command.args().get(i);
            if ((arg.equals("-o") || arg.equals("--output"))
                    && i + 1 < command.args().size()) {
                output = dir.resolve(Path.of(command.args().get(++i)).getFileName());
                args.add(arg);
                args.add(output.toString());
            } else if (!arg.startsWith("-") && arg.contains("/")) {
                // a file the README names must exist in the repository
                Path file = ROOT.resolve(arg);
                assertThat(file).as("README names " + arg).isRegularFile();
                args.add(file.toString());
            } else {
                args.add(arg);
            }
        }

        // WHEN it is run
        Cli.Outcome o = meldcode(args.toArray());

        // THEN it exits as documented (0 unless the README says otherwise) and writes what -o names
        assertThat(o.code()).as(command + "\n" + o.err()).isEqualTo(command.exit());
        if (output != null) {
            assertThat(output).as(command.toString()).isNotEmptyFile();
        } else {
            assertThat(o.out()).as(command.toString()).isNotBlank();
        }
    }

    @Test
    void the_readme_shows_every_subcommand_in_its_table_and_runs_a_command_line_of_each_but_help() throws IOException {
        // GIVEN the README's command lines and its command table
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        List<String> run = shown().stream().map(s -> s.args().get(0)).toList();

        // WHEN the subcommands of the command line are listed
        List<String> subcommands = MeldcodeCommand.commandLine(
                        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .getSubcommands()
                .keySet()
                .stream()
                .filter(name -> !name.equals("help"))
                .toList();

        // THEN each has a row in the table and at least one command line that runs
        assertThat(subcommands).isNotEmpty().allSatisfy(name -> {
            assertThat(readme).as(name).containsPattern("\\| `([a-z]+`, `)*" + name + "[ `]");
            assertThat(run).as(name).contains(name);
        });
    }
}
