package org.meldcode.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meldcode.json.MeldcodeJsonModule;
import org.meldcode.model.Case;
import org.meldcode.model.Integrity;
import org.meldcode.model.LogEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What was answered is kept: six writers append to two cases over HTTP while the server, a process
 * of its own, is killed with SIGKILL at a random moment; restarted on the same database, every
 * append it answered 201 and every refused attempt it answered 422 must be there, and both hash
 * chains must verify. On H2 (a file) always, on PostgreSQL when {@code MELDCODE_PG_URL} (or
 * {@code -Dmeldcode.pg.url}) names one. Rounds: {@code -Dmeldcode.crashRounds}, else 2 per database
 * by default and 15 with {@code -Pthorough}.
 */
class CrashTest {

    static final int ROUNDS =
            Integer.getInteger("meldcode.crashRounds", Boolean.getBoolean("meldcode.thorough") ? 15 : 2);
    static final int WRITERS = 6;
    private static final JsonMapper CASES =
            JsonMapper.builder().addModule(new MeldcodeJsonModule()).build();

    @TempDir
    Path data;

    static Stream<String> databases() {
        List<String> dbs = new ArrayList<>(List.of("h2"));
        Server.postgres().ifPresent(u -> dbs.add("postgresql"));
        return dbs.stream();
    }

    /** What the server answered: per case, each appended version's text, and each attempt's number. */
    private final Map<String, Map<Integer, String>> appended = new ConcurrentHashMap<>();

    private final Map<String, Set<Integer>> refused = new ConcurrentHashMap<>();

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void every_append_answered_before_a_kill_is_there_after_the_restart_and_the_chain_verifies(String db)
            throws Exception {
        String url =
                db.equals("h2") ? WebApp.Options.h2(data) : Server.postgres().orElseThrow();
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path logs = Path.of("target", "crash-" + db);
        // GIVEN the server on a database with two cases
        Server server = Server.start(url, logs.resolve("start.log"));
        List<String> cases = List.of(open(server), open(server));
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                // WHEN six writers append and try refused actions, and the server is killed mid-way
                AtomicBoolean stop = new AtomicBoolean();
                List<Thread> writers = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    Server target = server;
                    String caseId = cases.get(w % cases.size());
                    String tag = "r" + round + "w" + w;
                    Thread t = new Thread(() -> write(target, caseId, tag, stop), "writer-" + w);
                    t.start();
                    writers.add(t);
                }
                Thread.sleep(400 + random.nextInt(1600));
                server.kill();
                stop.set(true);
                for (Thread t : writers) {
                    t.join();
                }
                // AND it is started again on the same database
                server = Server.start(url, logs.resolve("round-" + round + ".log"));
                // THEN every answered append and attempt is there, and the chains verify
                for (String caseId : cases) {
                    verify(server, caseId);
                }
            }
        } finally {
            server.close();
        }
        int appends = appended.values().stream().mapToInt(Map::size).sum();
        int attempts = refused.values().stream().mapToInt(Set::size).sum();
        System.out.printf(
                "crash test on %s: %d rounds killed with SIGKILL, %d answered appends and %d answered refused"
                        + " attempts all found after the restarts (seed %d)%n",
                db, ROUNDS, appends, attempts, seed);
        // AND the writers did write in every round (else the test proved nothing)
        assertThat(appends).as("appends answered 201").isGreaterThanOrEqualTo(ROUNDS * 2);
        assertThat(attempts).as("refused attempts answered 422").isPositive();
    }

    /** Appends log entries (and now and then a refused report) until stopped; records what was answered. */
    private void write(Server server, String caseId, String tag, AtomicBoolean stop) {
        int expected = -1; // the first answer, a 409, tells the version
        for (int n = 0; !stop.get(); n++) {
            boolean refuse = n % 5 == 4;
            String text = "Synthetische notitie " + tag + "n" + n;
            try {
                Server.Answer a = server.post(
                        "/api/cases/" + caseId + "/actions",
                        "{\"expectedVersion\":" + expected + ",\"action\":"
                                + (refuse ? Running.REPORT_BY_TEACHER : Running.logEntry(text)) + "}");
                JsonNode body = a.json();
                switch (a.status()) {
                    case 201 -> {
                        expected = body.get("version").asInt();
                        appended.computeIfAbsent(caseId, k -> new ConcurrentHashMap<>())
                                .put(expected, text);
                    }
                    case 409 -> expected = body.get("actualVersion").asInt();
                    case 422 ->
                        refused.computeIfAbsent(caseId, k -> ConcurrentHashMap.newKeySet())
                                .add(body.get("attempt").asInt());
                    default -> throw new AssertionError("unexpected answer " + a.status() + ": " + a.body());
                }
            } catch (IOException e) { // the server was killed: nothing was answered
                Thread.onSpinWait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void verify(Server server, String caseId) throws IOException, InterruptedException {
        Server.Answer document = server.get("/api/cases/" + caseId);
        assertThat(document.status())
                .as("the case loads (its chain verifies on the server)")
                .isEqualTo(200);
        Case stored = CASES.readValue(document.body(), Case.class);
        assertThat(Integrity.verify(stored)).as("the hash chain").isEmpty();
        appended.getOrDefault(caseId, Map.of()).forEach((version, text) -> {
            assertThat(stored.version())
                    .as("an append answered 201 at version %d was lost", version)
                    .isGreaterThanOrEqualTo(version);
            assertThat(((LogEntry) stored.events().get(version - 1).action()).text())
                    .as("the event at version %d", version)
                    .isEqualTo(text);
        });
        Server.Answer history = server.get("/api/cases/" + caseId + "/history");
        assertThat(history.status())
                .as("the attempts load (their chain verifies)")
                .isEqualTo(200);
        Set<Integer> stored422 = ConcurrentHashMap.newKeySet();
        for (JsonNode entry : history.json().get("entries")) {
            if (entry.get("kind").asString().equals("attempt")) {
                stored422.add(entry.get("attempt").asInt());
            }
        }
        assertThat(stored422)
                .as("the refused attempts answered 422")
                .containsAll(refused.getOrDefault(caseId, Set.of()));
    }

    private static String open(Server server) throws IOException, InterruptedException {
        Server.Answer a = server.post("/api/cases", "{}");
        assertThat(a.status()).isEqualTo(201);
        return a.json().get("id").asString();
    }
}
