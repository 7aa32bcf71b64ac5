package org.meldcode.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.examples.cli.Cli.meldcode;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Usage errors are one line pointing at the help; the help itself is never an error. */
class UsageAndHelpTest {

    /** Every subcommand of the command line, by name. */
    static Stream<String> subcommands() {
        return MeldcodeCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .getSubcommands()
                .keySet()
                .stream()
                .filter(name -> !name.equals("help")); // "help NAME" is tested with each of them
    }

    @Test
    void an_unknown_option_of_the_main_command_is_one_line_pointing_at_its_help() {
        // GIVEN an option the command line does not have
        // WHEN it is given to meldcode
        Cli.Outcome o = meldcode("--foo");

        // THEN one line names it and points at the help, nothing else is printed, exit 2
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.out()).isEmpty();
        assertThat(o.errLines()).containsExactly("meldcode: Unknown option: '--foo' (see meldcode --help)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subcommands")
    void an_unknown_option_of_any_subcommand_is_one_line_pointing_at_that_subcommands_help(String name) {
        // GIVEN an option no subcommand has
        // WHEN it is given to the subcommand
        Cli.Outcome o = meldcode(name, "--foo");

        // THEN one line points at the subcommand's own help, without the usage, exit 2
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.errLines())
                .singleElement()
                .asString()
                .startsWith("meldcode: ")
                .endsWith("(see meldcode " + name + " --help)");
        assertThat(o.err()).doesNotContain("Usage:");
    }

    @Test
    void a_missing_argument_a_surplus_argument_and_a_bad_value_are_each_one_line() {
        // GIVEN a command without its file, one with an argument too many and one with a bad value
        List<Cli.Outcome> outcomes = List.of(
                meldcode("guide"), meldcode("clauses", "landelijk", "extra"), meldcode("clauses", "--lang", "fr"));

        // THEN each is a single line ending in the pointer to the help, exit 2
        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.code()).isEqualTo(2);
            assertThat(o.errLines()).singleElement().asString().endsWith(" --help)");
        });
        assertThat(outcomes.get(0).err()).contains("Missing required parameter", "(see meldcode guide --help)");
        assertThat(outcomes.get(1).err()).contains("'extra'", "(see meldcode clauses --help)");
        assertThat(outcomes.get(2).err()).contains("expected nl or en, found 'fr'");
    }

    @Test
    void no_subcommand_is_one_line_naming_the_subcommands() {
        // WHEN meldcode is called with nothing
        Cli.Outcome o = meldcode();

        // THEN one line lists the subcommands and points at the help, exit 2
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.errLines())
                .singleElement()
                .asString()
                .contains("Missing required subcommand", "clauses")
                .endsWith("(see meldcode --help)");
    }

    @Test
    void the_main_help_exits_0_as_an_option_and_through_help() {
        // WHEN the main help is asked for in each way
        List<Cli.Outcome> outcomes =
                List.of(meldcode("--help"), meldcode("-h"), meldcode("help"), meldcode("help", "--help"));

        // THEN each prints a usage on standard output and exits 0
        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.code()).as(o.err()).isZero();
            assertThat(o.out()).contains("Usage: meldcode");
            assertThat(o.err()).isEmpty();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subcommands")
    void every_subcommands_help_exits_0_both_as_an_option_and_through_help(String name) {
        // GIVEN a subcommand
        // WHEN its help is asked for as --help, as -h and through "meldcode help"
        List<Cli.Outcome> outcomes = List.of(meldcode(name, "--help"), meldcode(name, "-h"), meldcode("help", name));

        // THEN each prints its usage on standard output and exits 0
        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.code()).as(o.err()).isZero();
            assertThat(o.out()).startsWith("Usage: meldcode " + name);
            assertThat(o.err()).isEmpty();
        });
    }
}
