package org.meldcode.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.meldcode.examples.cli.Cli.meldcode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.meldcode.examples.cli.Cli.Outcome;

/**
 * Special files and extreme values on the command line get one line naming the problem, exit 2, and
 * never hang: a pipe without a writer, a clock at the end of time, an unparseable clock, a file
 * name longer than the file system allows.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SpecialInputsTest {

    @TempDir
    Path dir;

    private Path fifo() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeThat(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0)
                .as("mkfifo is available")
                .isTrue();
        return fifo;
    }

    private static void oneLineWithoutInternals(Outcome o) {
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err().lines()).hasSize(1);
        assertThat(o.err()).doesNotContain("Exception", "java.", "at org.", "Drools", "StreamReadConstraints");
    }

    @Test
    void a_pipe_without_a_writer_is_refused_at_once_by_every_command_that_reads_a_file() throws Exception {
        // GIVEN a named pipe nobody writes to
        Path pipe = fifo();
        Path settings = Files.writeString(dir.resolve("s.yaml"), "stepDeadlines: {2: P5D}\n");

        // WHEN guide, dossier, timeline, run, case and --settings are given it
        // THEN each answers at once with one line naming the file as no regular file
        for (Object[] args : new Object[][] {
            {"guide", pipe},
            {"dossier", pipe},
            {"timeline", pipe},
            {"run", pipe},
            {"case", pipe},
            {"guide", settings, "--settings", pipe},
            {"review", "--settings", pipe}
        }) {
            Outcome o = meldcode(args);
            oneLineWithoutInternals(o);
            assertThat(o.err()).contains("pipe.json: is not a regular file");
        }
    }

    @Test
    void a_clock_outside_the_years_1900_to_9999_or_not_a_moment_is_refused_in_one_line() throws Exception {
        // GIVEN a case and settings with a step deadline, so that the clock is used
        Path c = Files.writeString(dir.resolve("case.json"), Fixtures.caseJson(), StandardCharsets.UTF_8);
        Path settings = Files.writeString(dir.resolve("s.yaml"), "stepDeadlines: {2: P5D}\n");

        // WHEN the clock is the end of time, the year 1000, or a word
        Outcome endOfTime = meldcode("guide", c, "--settings", settings, "--now", "+1000000000-12-31T23:59:59Z");
        Outcome longAgo = meldcode("guide", c, "--settings", settings, "--now", "1000-01-01T00:00:00Z");
        Outcome word = meldcode("guide", c, "--now", "yesterday");

        // THEN each is a usage error in one line that says what a clock must be
        oneLineWithoutInternals(endOfTime);
        assertThat(endOfTime.err()).contains("between the years 1900 and 9999");
        oneLineWithoutInternals(longAgo);
        oneLineWithoutInternals(word);
        assertThat(word.err()).contains("expected a moment such as 2026-10-20T08:00:00Z, found 'yesterday'");
        // AND the last moment allowed still works
        assertThat(meldcode("guide", c, "--settings", settings, "--now", "9999-12-31T23:59:59Z")
                        .code())
                .isZero();
    }

    @Test
    void an_output_file_name_longer_than_the_file_system_allows_is_named_without_a_java_class() throws IOException {
        // GIVEN the example case and an output name of 300 characters
        Path c = Files.writeString(dir.resolve("case.json"), Fixtures.caseJson(), StandardCharsets.UTF_8);
        Path tooLong = dir.resolve("d".repeat(300) + ".md");

        // WHEN the dossier is written there
        Outcome o = meldcode("dossier", c, "-o", tooLong);

        // THEN one line says it cannot be written and why, and nothing is left behind
        oneLineWithoutInternals(o);
        assertThat(o.err()).contains("cannot write: File name too long");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("case.json");
        }
    }
}
