package org.meldcode.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.meldcode.json.MeldcodeJsonModule;
import org.meldcode.model.Case;
import org.meldcode.model.Integrity;
import org.meldcode.model.LogEntry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two servers, one database: two processes of the web example on the same PostgreSQL database
 * (skipped when {@code MELDCODE_PG_URL} names none), four writers on each, all racing on the same
 * three cases. No event may be lost or stored twice, every lost race must be answered 409, and
 * each case's chain must verify, read through either server. Runs 8 s by default and 60 s with
 * {@code -Pthorough} ({@code -Dmeldcode.raceSeconds}); prints its figures (docs/web-example.md).
 */
class TwoServersTest {

    static final int SECONDS =
            Integer.getInteger("meldcode.raceSeconds", Boolean.getBoolean("meldcode.thorough") ? 60 : 8);
    static final int WRITERS_PER_SERVER = 4;
    static final int CASES = 3;
    private static final JsonMapper JSON =
            JsonMapper.builder().addModule(new MeldcodeJsonModule()).build();

    /** One append answered 201: by which server, on which case, at which version, with which text. */
    record Appended(int server, String caseId, int version, String text) {}

    @Test
    void two_servers_on_one_database_lose_no_event_store_none_twice_and_answer_every_lost_race_409() throws Exception {
        String url = Server.postgres().orElse(null);
        Assumptions.assumeTrue(url != null, "MELDCODE_PG_URL names no PostgreSQL database");
        // GIVEN two servers on the same database, and three cases opened through the first
        Server[] servers = new Server[2];
        Thread second = new Thread(() -> servers[1] = Server.start(url, Path.of("target", "two-servers-b.log")));
        second.start();
        servers[0] = Server.start(url, Path.of("target", "two-servers-a.log"));
        second.join();
        assertThat(servers[1]).as("the second server started").isNotNull();
        try {
            List<String> cases = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                Server.Answer opened = servers[0].post("/api/cases", "{}");
                assertThat(opened.status()).isEqualTo(201);
                cases.add(opened.json().get("id").asString());
            }
            // WHEN four writers on each server append to the same cases for a while
            ConcurrentLinkedQueue<Appended> appended = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
            AtomicInteger conflicts = new AtomicInteger();
            long end = System.nanoTime() + SECONDS * 1_000_000_000L;
            List<Thread> writers = new ArrayList<>();
            for (int s = 0; s < servers.length; s++) {
                for (int w = 0; w < WRITERS_PER_SERVER; w++) {
                    int server = s;
                    String tag = "s" + s + "w" + w;
                    Thread t = new Thread(
                            () -> write(servers[server], server, cases, tag, end, appended, conflicts, unexpected));
                    t.start();
                    writers.add(t);
                }
            }
            for (Thread t : writers) {
                t.join();
            }
            // THEN no answer was other than 201 or 409
            assertThat(unexpected).as("answers other than 201 and 409").isEmpty();
            // AND each case holds exactly the appends answered 201, once each, in the versions answered
            Map<String, Map<Integer, String>> byCase = new ConcurrentHashMap<>();
            for (Appended a : appended) {
                String earlier = byCase.computeIfAbsent(a.caseId(), k -> new ConcurrentHashMap<>())
                        .put(a.version(), a.text());
                assertThat(earlier)
                        .as("version %d answered 201 twice", a.version())
                        .isNull();
            }
            for (String caseId : cases) {
                Case viaFirst = load(servers[0], caseId);
                Case viaSecond = load(servers[1], caseId);
                assertThat(viaSecond).as("both servers read the same case").isEqualTo(viaFirst);
                assertThat(Integrity.verify(viaFirst)).as("the hash chain").isEmpty();
                Map<Integer, String> answered = byCase.getOrDefault(caseId, Map.of());
                assertThat(viaFirst.version())
                        .as("events stored = appends answered 201")
                        .isEqualTo(answered.size());
                Set<String> texts = new HashSet<>();
                for (int v = 1; v <= viaFirst.version(); v++) {
                    String text = ((LogEntry) viaFirst.events().get(v - 1).action()).text();
                    assertThat(text).as("the event at version %d", v).isEqualTo(answered.get(v));
                    assertThat(texts.add(text)).as("stored twice: event %d", v).isTrue();
                }
            }
            int total = appended.size();
            long perServer0 = appended.stream().filter(a -> a.server() == 0).count();
            System.out.printf(
                    "two servers, one PostgreSQL database: %d writers on %d cases for %d s: %d appends"
                            + " (%.1f per second; %d via the first server, %d via the second), %d conflicts"
                            + " answered 409, none lost or stored twice, chains verified%n",
                    servers.length * WRITERS_PER_SERVER,
                    CASES,
                    SECONDS,
                    total,
                    total / (double) SECONDS,
                    perServer0,
                    total - perServer0,
                    conflicts.get());
            // AND both servers wrote, and raced (else the test proved nothing)
            assertThat(perServer0).isPositive();
            assertThat(total - perServer0).isPositive();
            assertThat(conflicts.get()).as("lost races").isPositive();
        } finally {
            for (Server s : servers) {
                if (s != null) {
                    s.close();
                }
            }
        }
    }

    private static void write(
            Server server,
            int serverIndex,
            List<String> cases,
            String tag,
            long end,
            ConcurrentLinkedQueue<Appended> appended,
            AtomicInteger conflicts,
            ConcurrentLinkedQueue<String> unexpected) {
        int[] expected = new int[cases.size()];
        for (int n = 0; System.nanoTime() < end; n++) {
            int c = n % cases.size();
            String caseId = cases.get(c);
            String text = "Synthetische notitie " + tag + "n" + n;
            try {
                Server.Answer a = server.post(
                        "/api/cases/" + caseId + "/actions",
                        "{\"expectedVersion\":" + expected[c] + ",\"action\":" + Running.logEntry(text) + "}");
                if (a.status() == 201) {
                    expected[c] = a.json().get("version").asInt();
                    appended.add(new Appended(serverIndex, caseId, expected[c], text));
                } else if (a.status() == 409) {
                    conflicts.incrementAndGet();
                    expected[c] = a.json().get("actualVersion").asInt();
                } else {
                    unexpected.add(a.status() + " " + a.body());
                }
            } catch (IOException e) {
                unexpected.add(e.getClass().getName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Case load(Server server, String caseId) throws IOException, InterruptedException {
        Server.Answer document = server.get("/api/cases/" + caseId);
        assertThat(document.status()).isEqualTo(200);
        return JSON.readValue(document.body(), Case.class);
    }
}
