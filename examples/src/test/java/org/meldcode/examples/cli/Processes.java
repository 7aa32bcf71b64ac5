package org.meldcode.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command as a separate process, as a user would, and keeps what it printed: for the *IT tests. */
final class Processes {

    private static final long TIMEOUT_SECONDS = 120;

    private Processes() {}

    /** How a process ended: its exit code, stdout and stderr. */
    record Outcome(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    /**
     * Runs the command in the directory with no input, the given variables added to the
     * environment, and waits for it (at most two minutes).
     */
    static Outcome run(Path dir, Map<String, String> env, List<String> command)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "stdout", ".txt");
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close(); // no input
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("timed out after " + TIMEOUT_SECONDS + " s: " + command);
        }
        return new Outcome(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
