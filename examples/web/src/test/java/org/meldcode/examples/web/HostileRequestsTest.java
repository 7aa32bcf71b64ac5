package org.meldcode.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meldcode.examples.web.Running.Answer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Input meant to hurt, over loopback sockets: clients that never finish their headers, bodies that
 * are not UTF-8 or repeat a key, a path with a broken percent escape. Each is answered, or cut off,
 * with a problem document; none stops the server from answering others or reaches a case.
 */
class HostileRequestsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path data;

    static Running app;
    static int port;

    @BeforeAll
    static void start() {
        app = new Running(data);
        port = URI.create(app.base).getPort();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void clients_that_never_finish_their_headers_neither_stop_others_nor_stay_connected() throws Exception {
        // GIVEN twenty connections that send part of a request line, or the request line and one
        // header, and then nothing
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Socket s = new Socket();
                s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                String part = i % 2 == 0 ? "GET /api/cas" : "GET /api/cases HTTP/1.1\r\nHost: localhost\r\n";
                s.getOutputStream().write(part.getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                slow.add(s);
            }
            // WHEN someone else asks for the cases THEN the answer comes within a few seconds
            long start = System.nanoTime();
            String answer = exchange("GET /api/cases HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(answer).startsWith("HTTP/1.1 200");
            assertThat(millis)
                    .as("milliseconds to answer beside 20 slow clients")
                    .isLessThan(5_000);
            // AND the slow connections are closed once the header timeout has passed
            long waited = System.nanoTime();
            for (Socket s : slow) {
                s.setSoTimeout((int) Math.max(1, WebApp.HEADER_TIMEOUT.toMillis() * 3 - elapsed(waited)));
                try {
                    InputStream in = s.getInputStream();
                    while (in.read() != -1) {
                        // whatever Tomcat says before it closes (a 408, or nothing)
                    }
                } catch (SocketTimeoutException e) {
                    throw new AssertionError("a slow client was still connected after " + elapsed(waited)
                            + " ms (header timeout " + WebApp.HEADER_TIMEOUT.toMillis() + " ms)");
                } catch (IOException e) {
                    // reset by the server: closed too
                }
            }
            System.out.printf(
                    "slow clients: %d held, another request answered in %d ms, all closed within %d ms%n",
                    slow.size(), millis, elapsed(waited));
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void a_broken_percent_escape_in_the_path_is_a_400_problem_document() throws IOException {
        // WHEN a path carries an escape that is no escape
        String answer = exchange("GET /api/cases/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        // THEN the answer is a problem document, not the server's HTML error page
        assertThat(answer).startsWith("HTTP/1.1 400");
        String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase();
        assertThat(head).contains("content-type: application/problem+json");
        // AND it carries the headers of every other answer
        assertThat(head).contains("cache-control: no-store", "x-content-type-options: nosniff");
        JsonNode problem = JSON.readTree(body(answer));
        assertThat(problem.get("type").asString()).isEqualTo("urn:meldcode:problem:invalid");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asString()).isEqualTo("Ongeldige invoer");
        assertThat(problem.get("detail").asString()).contains("%");
        assertThat(answer).doesNotContainIgnoringCase("<html").doesNotContain("Tomcat", "Exception");
    }

    @Test
    void a_body_that_is_not_utf8_is_refused_with_a_400_and_nothing_is_stored() throws IOException {
        String caseId = app.newCase();
        byte[] before =
                ("{\"expectedVersion\":0,\"action\":" + Running.logEntry("Tekst ")).getBytes(StandardCharsets.UTF_8);
        // GIVEN a log entry whose text holds the bytes C3 28 FF (no UTF-8)
        String json = new String(before, StandardCharsets.UTF_8);
        int quote = json.indexOf("Tekst ") + "Tekst ".length();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(json.substring(0, quote).getBytes(StandardCharsets.UTF_8));
        body.write(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF});
        body.write(json.substring(quote).getBytes(StandardCharsets.UTF_8));
        body.write('}');
        for (String lang : List.of("nl", "en")) {
            // WHEN it is sent
            Answer answer = app.send(
                    HttpRequest.newBuilder(URI.create(app.base + "/api/cases/" + caseId + "/actions?lang=" + lang))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
            // THEN it is a 400 problem naming the problem, in the language asked for
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            JsonNode p = answer.json();
            assertThat(p.get("type").asString()).isEqualTo("urn:meldcode:problem:invalid");
            assertThat(p.get("detail").asString())
                    .isEqualTo(lang.equals("en") ? "the input is not UTF-8 text" : "De invoer is geen UTF-8-tekst.");
        }
        // AND the case has no event (nothing was rewritten into its chain)
        assertThat(app.get("/api/cases/" + caseId).json().get("events").size()).isZero();
    }

    @Test
    void a_body_with_a_key_twice_is_refused_with_a_400_naming_the_key() {
        String caseId = app.newCase();
        // GIVEN a body whose expectedVersion is given twice, a wrong one first
        Answer twiceVersion = app.post(
                "/api/cases/" + caseId + "/actions?lang=en",
                "{\"expectedVersion\":999,\"expectedVersion\":0,\"action\":" + Running.IB_NOTIFICATION + "}");
        // THEN it is refused, naming the key
        assertThat(twiceVersion.status()).isEqualTo(400);
        assertThat(twiceVersion.contentType()).startsWith("application/problem+json");
        assertThat(twiceVersion.json().get("detail").asString()).isEqualTo("duplicate field 'expectedVersion'");
        // AND a text given twice inside the action is refused too, in Dutch by default
        String shownStored = Running.logEntry("Getoond").replace("\"text\":", "\"text\":\"Opgeslagen\",\"text\":");
        Answer twiceText =
                app.post("/api/cases/" + caseId + "/actions", "{\"expectedVersion\":0,\"action\":" + shownStored + "}");
        assertThat(twiceText.status()).isEqualTo(400);
        assertThat(twiceText.json().get("detail").asString())
                .isEqualTo("Het veld 'text' staat er twee keer in; geef het één keer.");
        assertThat(twiceText.json().get("pointer").asString()).isEqualTo("/action/text");
        // AND nothing was stored
        assertThat(app.get("/api/cases/" + caseId).json().get("events").size()).isZero();
    }

    /** The body of a raw answer, its chunks joined when it came chunked. */
    private static String body(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        String head = answer.substring(0, end).toLowerCase(java.util.Locale.ROOT);
        String rest = answer.substring(end + 4);
        if (!head.contains("transfer-encoding: chunked")) {
            return rest;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int line = rest.indexOf("\r\n", at);
            int size = Integer.parseInt(rest.substring(at, line).trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(rest, line + 2, line + 2 + size); // the problem documents are ASCII
            at = line + 2 + size + 2;
        }
    }

    private static String exchange(String request) throws IOException {
        return exchange(request.getBytes(StandardCharsets.US_ASCII));
    }

    /** Sends the bytes as they are on a new connection; the whole answer until the server closes. */
    private static String exchange(byte[] request) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(request);
            out.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static long elapsed(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
