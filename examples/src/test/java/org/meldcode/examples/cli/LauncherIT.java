package org.meldcode.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meldcode.examples.cli.Processes.Outcome;
import org.meldcode.json.CaseJson;
import org.meldcode.model.Actor;
import org.meldcode.model.Case;
import org.meldcode.model.IbNotification;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;

/**
 * The launcher {@code target/meldcode} (from {@code src/main/sh/meldcode}) answers exactly as
 * {@code java -jar meldcode.jar}: it only adds a class-data archive, which its first run writes,
 * and it never fails because of the archive. Run by failsafe after {@code package}.
 */
class LauncherIT {

    private static final Path JAR = Path.of(System.getProperty("meldcode.jar", "target/meldcode.jar"));
    private static final Path LAUNCHER = JAR.resolveSibling("meldcode");

    @TempDir
    Path dir;

    private Path caseFile;

    @BeforeEach
    void a_case_document() throws IOException {
        assumeThat(Path.of("/bin/sh"))
                .as("the launcher is a POSIX shell script")
                .isExecutable();
        Case c = Case.open("case-launch", "pupil-launch", ProtocolRef.STAPPENPLAN_2021)
                .append(new IbNotification(Instant.parse("2026-09-07T08:00:00Z"), Actor.of(Role.TEACHER, "lk-104")));
        caseFile = Files.writeString(dir.resolve("case.json"), CaseJson.write(c), StandardCharsets.UTF_8);
    }

    /** Runs the command with this Java as JAVA_HOME (the launcher's choice of Java) and the given variables. */
    private Outcome run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("JAVA_HOME", System.getProperty("java.home"));
        return Processes.run(dir, all, List.of(command));
    }

    private Outcome launcher(Path archive, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return run(Map.of("MELDCODE_ARCHIVE", archive.toString()), command.toArray(String[]::new));
    }

    private Outcome plainJar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return run(Map.of(), command.toArray(String[]::new));
    }

    @Test
    void the_first_run_writes_the_archive_and_later_runs_use_it_with_the_same_answers_as_the_jar() throws Exception {
        // GIVEN the launcher is executable and no archive exists yet
        assertThat(LAUNCHER).isExecutable();
        Path archive = dir.resolve("meldcode.jsa");
        Outcome expected = plainJar("guide", caseFile.toString());
        // WHEN it guides the case twice
        Outcome first = launcher(archive, "guide", caseFile.toString());
        FileTime written = Files.getLastModifiedTime(archive);
        Outcome second = launcher(archive, "guide", caseFile.toString());
        // THEN the first run wrote the archive, the second left it as it was, and both answered
        // exactly as java -jar, with nothing on stderr
        assertThat(expected.code()).isZero();
        assertThat(first).isEqualTo(expected);
        assertThat(second).isEqualTo(expected);
        assertThat(Files.size(archive)).isGreaterThan(1_000_000);
        assertThat(Files.getLastModifiedTime(archive)).isEqualTo(written);
        assertThat(dir.toFile().list((d, name) -> name.endsWith(".partial"))).isEmpty();
    }

    @Test
    void an_archive_that_cannot_be_written_or_read_changes_nothing_in_the_answer() throws Exception {
        // GIVEN an archive place in a directory that does not exist, and an archive of garbage
        // that is newer than the jar
        Path nowhere = dir.resolve("missing-directory").resolve("meldcode.jsa");
        Path garbage = Files.writeString(dir.resolve("garbage.jsa"), "not an archive");
        Files.setLastModifiedTime(garbage, FileTime.from(Instant.now().plusSeconds(3600)));
        Outcome expected = plainJar("guide", caseFile.toString());
        // WHEN the launcher runs with each
        Outcome unwritable = launcher(nowhere, "guide", caseFile.toString());
        Outcome unreadable = launcher(garbage, "guide", caseFile.toString());
        // THEN both answer as java -jar
        assertThat(unwritable).isEqualTo(expected);
        assertThat(unreadable).isEqualTo(expected);
    }

    @Test
    void a_refused_input_gives_the_jars_exit_code_and_message_through_the_launcher() throws Exception {
        // GIVEN a file that does not exist
        Path archive = dir.resolve("meldcode.jsa");
        // WHEN the launcher and the jar are asked to guide it
        Outcome viaLauncher =
                launcher(archive, "guide", dir.resolve("absent.json").toString());
        Outcome viaJar = plainJar("guide", dir.resolve("absent.json").toString());
        // THEN both exit 2 with the same message
        assertThat(viaJar.code()).isEqualTo(2);
        assertThat(viaLauncher).isEqualTo(viaJar);
    }
}
