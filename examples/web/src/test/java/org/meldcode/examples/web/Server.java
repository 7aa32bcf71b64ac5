package org.meldcode.examples.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web example as a process of its own, started as its command line starts it ({@link
 * WebApp#main}) with the test class path, on a free loopback port and the database given: what a
 * crash can kill ({@link #kill}: SIGKILL, no shutdown hook runs) and what two servers on one
 * database are. Its output goes to a file under {@code target/}.
 */
final class Server implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("meldcode web example: (http://\\S+)/");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A JDBC URL of PostgreSQL from {@code -Dmeldcode.pg.url} or {@code MELDCODE_PG_URL}, if any. */
    static Optional<String> postgres() {
        return Optional.ofNullable(System.getProperty("meldcode.pg.url"))
                .or(() -> Optional.ofNullable(System.getenv("MELDCODE_PG_URL")))
                .filter(u -> !u.isBlank());
    }

    final String base;
    private final Process process;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Server(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    /**
     * Starts the application on a free port over the database and waits until it listens.
     *
     * @param dbUrl the JDBC URL ({@link WebApp.Options#h2} for an H2 file)
     * @param out   the file its output goes to
     */
    static Server start(String dbUrl, Path out) {
        String classPath = Optional.ofNullable(System.getProperty("surefire.test.class.path"))
                .filter(p -> !p.isBlank())
                .orElse(System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx384m");
        command.add("-XX:TieredStopAtLevel=1"); // starts sooner; the server's speed is not measured here
        command.add("-cp");
        command.add(classPath);
        command.add(WebApp.class.getName());
        command.add("--port");
        command.add("0");
        command.add("--db");
        command.add(dbUrl);
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(out.toFile())
                    .start();
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (System.nanoTime() < deadline) {
                Matcher m = STARTED.matcher(Files.readString(out, StandardCharsets.UTF_8));
                if (m.find()) {
                    return new Server(p, m.group(1));
                }
                if (!p.isAlive()) {
                    throw new IllegalStateException(
                            "the server stopped at start-up (exit " + p.exitValue() + "); its output is in " + out);
                }
                Thread.sleep(100);
            }
            p.destroyForcibly();
            throw new IllegalStateException("the server did not start within 180 s; its output is in " + out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: its status and body. */
    record Answer(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Answer post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r =
                client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body());
    }

    /** Kills the process with SIGKILL (on Linux): no shutdown hook, no pending write finished. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the process (SIGTERM: Spring closes the application) and waits for it. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }
}
