package org.meldcode.examples.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application started as its command line starts it ({@link WebApp#start}), on a random loopback
 * port over a fresh H2 database, with an HTTP client.
 */
final class Running implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final ConfigurableApplicationContext app;
    final String base;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Running(Path dataDir) {
        try {
            this.app = WebApp.start(new WebApp.Options("127.0.0.1", 0, WebApp.Options.h2(dataDir)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.base = "http://127.0.0.1:" + WebApp.port(app);
    }

    /** An answer: status, content type, body and (when JSON) its tree. */
    record Answer(int status, String contentType, String body, HttpResponse<String> raw) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r =
                    client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens a new case and returns its id. */
    String newCase() {
        Answer a = post("/api/cases", "{}");
        if (a.status() != 201) {
            throw new AssertionError("cannot open a case: " + a.body());
        }
        return a.json().get("id").asString();
    }

    /** Takes an action at the case's version; the answer as it comes. */
    Answer act(String caseId, int expectedVersion, String actionJson) {
        return post(
                "/api/cases/" + caseId + "/actions",
                "{\"expectedVersion\":" + expectedVersion + ",\"action\":" + actionJson + "}");
    }

    @Override
    public void close() {
        app.close();
    }

    // --- the fictional school's staff and a walk through the plan, as JSON actions ---

    static final String TEACHER = "{\"role\":\"TEACHER\",\"staffId\":\"lk-104\"}";
    static final String IB = "{\"role\":\"INTERN_BEGELEIDER\",\"staffId\":\"ib-201\"}";
    static final String DIRECTOR = "{\"role\":\"DIRECTOR\",\"staffId\":\"dir-301\"}";
    static final String SOCIAL_WORKER = "{\"role\":\"SCHOOL_SOCIAL_WORKER\",\"staffId\":\"smw-401\"}";
    /** The school's aandachtsfunctionaris, who can stand in for a suspected IB. */
    static final String SUBSTITUTE_IB = "{\"role\":\"INTERN_BEGELEIDER\",\"staffId\":\"af-202\"}";

    static final String BOARD = "{\"role\":\"BOARD\",\"staffId\":\"bg-601\"}";

    static String logEntry(String text) {
        return "{\"type\":\"LOG_ENTRY\",\"actor\":" + TEACHER + ",\"observedOn\":\"2026-01-05\",\"signal\":\"INJURY\","
                + "\"source\":\"OWN_OBSERVATION\",\"text\":\"" + text + "\",\"deterioration\":false}";
    }

    static final String IB_NOTIFICATION = "{\"type\":\"IB_NOTIFICATION\",\"actor\":" + TEACHER + "}";
    static final String CONSULTATION = "{\"type\":\"CONSULTATION\",\"actor\":" + IB + ",\"participants\":[" + TEACHER
            + "," + IB + "," + SOCIAL_WORKER + "],\"anonymous\":true}";
    static final String PARENTS_CONVERSATION = "{\"type\":\"PARENTS_CONVERSATION\",\"actor\":" + IB
            + ",\"participants\":[" + IB + "," + DIRECTOR + "],\"topics\":[\"PURPOSE\",\"LOGGED_SIGNALS\","
            + "\"PARENTS_RESPONSE\",\"INTERPRETATION\",\"FOLLOW_UP\"],\"suspicionRemoved\":false}";
    static final String RISK_ASSESSMENT = "{\"type\":\"RISK_ASSESSMENT\",\"actor\":" + IB + ",\"participants\":["
            + TEACHER + "," + IB + "],\"level\":\"VERY_STRONG\",\"acuteUnsafety\":false,\"structuralUnsafety\":true,"
            + "\"discussedWithManagement\":true,\"grounds\":\"Gewogen op het logboek, het overleg en het gesprek.\"}";
    static final String DECISION = "{\"type\":\"DECISION\",\"actor\":" + IB + ",\"participants\":[" + IB + ","
            + DIRECTOR + "],\"kind\":\"REPORT\",\"schoolCanHelp\":false,\"helpAccepted\":false,"
            + "\"willingToWork\":false,\"contactWithHelpAllowed\":false,"
            + "\"grounds\":\"Zeer sterk vermoeden van structurele onveiligheid.\"}";
    static final String REPORT_BY_IB =
            "{\"type\":\"REPORT\",\"actor\":" + IB + ",\"pupilIdentified\":true,\"reporterWithheldFromFamily\":false}";
    static final String REPORT_BY_TEACHER = "{\"type\":\"REPORT\",\"actor\":" + TEACHER
            + ",\"pupilIdentified\":true,\"reporterWithheldFromFamily\":false}";
    static final String CONSULTATION_BY_SUBSTITUTE = "{\"type\":\"CONSULTATION\",\"actor\":" + SUBSTITUTE_IB
            + ",\"participants\":[" + TEACHER + "," + SUBSTITUTE_IB + "," + SOCIAL_WORKER + "],\"anonymous\":true}";
    static final String REPORT_CONVERSATION = "{\"type\":\"REPORT_CONVERSATION\",\"actor\":" + DIRECTOR
            + ",\"participants\":[" + IB + "," + DIRECTOR + "],\"inPerson\":true}";

    // --- issue 13: the acute route, step 3 skipped for a danger, the telling arrangement, the staff route ---

    static String acuteDanger(String actor, String what) {
        return "{\"type\":\"ACUTE_DANGER\",\"actor\":" + actor + ",\"what\":\"" + what + "\"}";
    }

    /** A skip of step 3 by the IB; {@code endangered} is a JSON array of Threat names. */
    static String conversationSkip(String endangered) {
        return "{\"type\":\"CONVERSATION_SKIP\",\"actor\":" + IB + ",\"endangered\":" + endangered
                + ",\"reason\":\"Een gesprek kan de situatie thuis laten escaleren.\"}";
    }

    static String tellingArrangement(String teller) {
        return "{\"type\":\"TELLING_ARRANGEMENT\",\"actor\":" + IB + ",\"teller\":\"" + teller
                + "\",\"agreement\":\"Veilig Thuis en school vertellen het de ouders morgen samen.\"}";
    }

    static String staffSuspicion(String staffId, String position) {
        return "{\"type\":\"STAFF_SUSPICION\",\"actor\":" + TEACHER + ",\"suspect\":{\"staffId\":\"" + staffId
                + "\",\"position\":\"" + position + "\"},\"sexualOffence\":true}";
    }

    static String boardNotification(String channel) {
        return "{\"type\":\"BOARD_NOTIFICATION\",\"actor\":" + TEACHER + ",\"channel\":\"" + channel + "\"}";
    }

    static String substitution(String role, String substituteId) {
        return "{\"type\":\"SUBSTITUTION\",\"actor\":" + BOARD + ",\"role\":\"" + role + "\",\"substituteId\":\""
                + substituteId + "\"}";
    }

    static String inspectorConsultation(boolean reasonableSuspicion) {
        return "{\"type\":\"INSPECTOR_CONSULTATION\",\"actor\":" + BOARD + ",\"reasonableSuspicion\":"
                + reasonableSuspicion + "}";
    }

    static final String ACCUSED_AND_PARENTS_INFORMED =
            "{\"type\":\"ACCUSED_AND_PARENTS_INFORMED\",\"actor\":" + BOARD + "}";
    static final String POLICE_REPORT = "{\"type\":\"POLICE_REPORT\",\"actor\":" + BOARD + "}";
}
