package org.meldcode.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.examples.web.Running.ACCUSED_AND_PARENTS_INFORMED;
import static org.meldcode.examples.web.Running.CONSULTATION;
import static org.meldcode.examples.web.Running.CONSULTATION_BY_SUBSTITUTE;
import static org.meldcode.examples.web.Running.DECISION;
import static org.meldcode.examples.web.Running.IB_NOTIFICATION;
import static org.meldcode.examples.web.Running.PARENTS_CONVERSATION;
import static org.meldcode.examples.web.Running.POLICE_REPORT;
import static org.meldcode.examples.web.Running.REPORT_BY_IB;
import static org.meldcode.examples.web.Running.REPORT_BY_TEACHER;
import static org.meldcode.examples.web.Running.REPORT_CONVERSATION;
import static org.meldcode.examples.web.Running.RISK_ASSESSMENT;
import static org.meldcode.examples.web.Running.TEACHER;
import static org.meldcode.examples.web.Running.acuteDanger;
import static org.meldcode.examples.web.Running.boardNotification;
import static org.meldcode.examples.web.Running.conversationSkip;
import static org.meldcode.examples.web.Running.inspectorConsultation;
import static org.meldcode.examples.web.Running.logEntry;
import static org.meldcode.examples.web.Running.staffSuspicion;
import static org.meldcode.examples.web.Running.substitution;
import static org.meldcode.examples.web.Running.tellingArrangement;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meldcode.examples.web.Running.Answer;
import org.meldcode.json.CaseJson;
import org.meldcode.model.Case;
import org.meldcode.model.ConversationSkip;
import org.meldcode.model.Integrity;
import org.meldcode.model.Position;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.StaffSuspicion;
import org.meldcode.model.Suspect;
import org.meldcode.model.Threat;
import org.meldcode.protocol.Protocol;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;

/** The JSON API, against the application running on a random port with a fresh database. */
class ApiTest {

    @TempDir
    static Path data;

    static Running app;

    @BeforeAll
    static void start() {
        app = new Running(data);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void a_fresh_run_seeds_one_demo_case_waiting_for_the_consultation(@TempDir Path fresh) {
        // GIVEN a fresh database WHEN the application starts THEN it holds the demo case alone
        try (Running other = new Running(fresh)) {
            Answer cases = other.get("/api/cases");
            assertThat(cases.json().size()).isEqualTo(1);
            assertThat(cases.json().get(0).get("id").asString()).isEqualTo(WebApp.DEMO_CASE);
            JsonNode g =
                    other.get("/api/cases/" + WebApp.DEMO_CASE + "/guidance").json();
            assertThat(g.get("currentStep").get("number").asInt()).isEqualTo(2);
            JsonNode owed = g.get("obligations").get(0);
            assertThat(owed.get("clauseId").asString()).isEqualTo("SP-2.1");
            // AND the obligation says since when it is open: the moment of an event of the case
            Case demo =
                    CaseJson.read(other.get("/api/cases/" + WebApp.DEMO_CASE).body());
            assertThat(demo.events().stream().map(e -> e.action().at().toString()))
                    .contains(owed.get("since").asString());
            // AND it says when it falls due: step 2 has 7 days after step 1 under the school's deadlines
            Instant due = Instant.parse(owed.get("dueAt").asString());
            Instant stepOneDone = demo.events().get(demo.size() - 1).action().at();
            assertThat(due)
                    .isAfter(stepOneDone.plus(Duration.ofDays(7)))
                    .isBefore(stepOneDone.plus(Duration.ofDays(9)));
            // AND it names the kind of action that discharges it: the consultation of step 2
            assertThat(owed.get("dischargedBy").isArray()).isTrue();
            assertThat(owed.get("dischargedBy").toString()).isEqualTo("[\"CONSULTATION\"]");
        }
        // AND a second run on the same database seeds nothing more
        try (Running again = new Running(fresh)) {
            assertThat(again.get("/api/cases").json().size()).isEqualTo(1);
        }
    }

    @Test
    void a_case_walks_from_the_first_signal_to_the_conversation_about_the_report() {
        // GIVEN a new case
        String id = app.newCase();
        List<String> walk = List.of(
                logEntry("Blauwe plek op de arm."),
                IB_NOTIFICATION,
                CONSULTATION,
                PARENTS_CONVERSATION,
                RISK_ASSESSMENT,
                DECISION,
                REPORT_BY_IB,
                REPORT_CONVERSATION);
        // WHEN each action is taken at the version last seen THEN each is appended as the next event
        for (int i = 0; i < walk.size(); i++) {
            Answer a = app.act(id, i, walk.get(i));
            assertThat(a.status()).as(a.body()).isEqualTo(201);
            assertThat(a.json().get("version").asInt()).isEqualTo(i + 1);
            assertThat(a.json().get("event").get("sequence").asInt()).isEqualTo(i + 1);
        }
        // THEN the stored case document verifies and nothing more is owed
        Answer doc = app.get("/api/cases/" + id);
        Case c = CaseJson.read(doc.body());
        assertThat(c.size()).isEqualTo(walk.size());
        assertThat(Integrity.verify(c)).isEmpty();
        assertThat(doc.raw().headers().firstValue("ETag")).contains("\"8\"");
        JsonNode g = app.get("/api/cases/" + id + "/guidance").json();
        assertThat(g.get("obligations").size()).isZero();
        assertThat(g.get("currentStep").get("number").asInt()).isEqualTo(5);
    }

    @Test
    void the_guidance_lists_each_permitted_action_with_who_may_take_it_in_the_language_asked_for() {
        String id = app.newCase();
        JsonNode nl = app.get("/api/cases/" + id + "/guidance").json();
        JsonNode en = app.get("/api/cases/" + id + "/guidance?lang=en").json();
        JsonNode logNl = find(nl.get("nextActions"), "LOG_ENTRY");
        JsonNode logEn = find(en.get("nextActions"), "LOG_ENTRY");
        assertThat(logNl.get("roles").findValuesAsString("role")).containsExactly("TEACHER", "INTERN_BEGELEIDER");
        assertThat(logNl.get("roles").get(0).get("label").asString()).isEqualTo("leerkracht");
        assertThat(logEn.get("roles").get(0).get("label").asString()).isEqualTo("teacher");
        assertThat(en.get("currentStep").get("name").asString()).isEqualTo("Map the signals");
    }

    @Test
    void a_refused_action_is_a_422_problem_with_the_clause_ids_and_their_explanations() {
        // GIVEN a case with the IB informed
        String id = app.newCase();
        app.act(id, 0, logEntry("Blauwe plek."));
        app.act(id, 1, IB_NOTIFICATION);
        // WHEN the teacher reports to Veilig Thuis
        Answer a = app.post(
                "/api/cases/" + id + "/actions?lang=en",
                "{\"expectedVersion\":2,\"action\":" + REPORT_BY_TEACHER + "}");
        // THEN a problem document names the clauses and explains each, in English
        assertThat(a.status()).isEqualTo(422);
        assertThat(a.contentType()).startsWith("application/problem+json");
        JsonNode p = a.json();
        assertThat(p.get("type").asString()).isEqualTo("urn:meldcode:problem:refused");
        assertThat(p.get("title").asString()).isEqualTo("The action is refused");
        assertThat(p.get("status").asInt()).isEqualTo(422);
        List<String> clauses = new ArrayList<>();
        p.get("clauses").forEach(c -> clauses.add(c.asString()));
        assertThat(clauses).contains("SP-0.2", "SP-5.3");
        JsonNode role = findClause(p.get("findings"), "SP-0.2");
        assertThat(role.get("explanation").asString()).contains("teacher may not do this");
        assertThat(role.get("remedy").asString())
                .startsWith("Let one of these do it: ")
                .contains("intern begeleider");
        // AND the way forward is data too: another role, naming who may take the action
        assertThat(role.get("way").get("kind").asString()).isEqualTo("ANOTHER_ROLE");
        List<String> roles = new ArrayList<>();
        role.get("way").get("roles").forEach(r -> roles.add(r.asString()));
        assertThat(roles).contains("INTERN_BEGELEIDER").doesNotContain("TEACHER");
        assertThat(p.get("detail").asString()).contains("teacher may not do this");
        // AND nothing was appended
        assertThat(CaseJson.read(app.get("/api/cases/" + id).body()).size()).isEqualTo(2);
    }

    @Test
    void an_action_on_a_version_the_case_has_moved_past_is_a_409_problem_and_nothing_is_appended() {
        String id = app.newCase();
        assertThat(app.act(id, 0, logEntry("Eerste.")).status()).isEqualTo(201);
        // WHEN a second person acts on version 0
        Answer a = app.act(id, 0, IB_NOTIFICATION);
        // THEN the conflict is explained, and the case keeps one event
        assertThat(a.status()).isEqualTo(409);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().get("type").asString()).isEqualTo("urn:meldcode:problem:conflict");
        assertThat(a.json().get("expectedVersion").asInt()).isZero();
        assertThat(a.json().get("actualVersion").asInt()).isEqualTo(1);
        assertThat(a.json().get("detail").asString()).contains("versie 0", "versie 1");
        assertThat(CaseJson.read(app.get("/api/cases/" + id).body()).size()).isEqualTo(1);
    }

    @Test
    void of_eight_requests_racing_on_the_same_version_exactly_one_is_appended() throws Exception {
        String id = app.newCase();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Answer>> racers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String text = "Racer " + i + ".";
                racers.add(() -> app.act(id, 0, logEntry(text)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Answer> f : pool.invokeAll(racers)) {
                statuses.add(f.get().status());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        Case c = CaseJson.read(app.get("/api/cases/" + id).body());
        assertThat(c.size()).isEqualTo(1);
    }

    @Test
    void bad_input_is_a_400_problem_naming_the_place_never_a_stack_trace() {
        String id = app.newCase();
        Answer syntax = app.post("/api/cases/" + id + "/actions", "{\"expectedVersion\":0,");
        Answer unknownField = app.act(id, 0, "{\"type\":\"IB_NOTIFICATION\",\"actr\":1}");
        Answer unknownValue = app.act(id, 0, logEntry("x").replace("INJURY", "BRUISE"));
        Answer noVersion = app.post("/api/cases/" + id + "/actions", "{\"action\":" + IB_NOTIFICATION + "}");
        assertThat(List.of(syntax, unknownField, unknownValue, noVersion)).allSatisfy(a -> {
            assertThat(a.status()).as(a.body()).isEqualTo(400);
            assertThat(a.contentType()).startsWith("application/problem+json");
            assertThat(a.json().get("type").asString()).isEqualTo("urn:meldcode:problem:invalid");
            assertThat(a.body()).doesNotContain("Exception", "\tat ", "at org.", "at java.");
        });
        assertThat(syntax.json().get("pointer").asString()).isEqualTo("1:22"); // the end of the input
        assertThat(unknownField.json().get("pointer").asString()).isEqualTo("/action/actr");
        assertThat(unknownValue.json().get("pointer").asString()).isEqualTo("/action/signal");
        assertThat(unknownValue.json().get("detail").asString()).contains("Onbekende waarde 'BRUISE'");
        assertThat(noVersion.json().get("pointer").asString()).isEqualTo("/expectedVersion");
        assertThat(CaseJson.read(app.get("/api/cases/" + id).body()).size()).isZero();
        // AND an action dated before the case's last event is refused as input, not appended
        assertThat(app.act(id, 0, logEntry("Eerste.")).status()).isEqualTo(201);
        Answer backwards =
                app.act(id, 1, IB_NOTIFICATION.replace("{\"type\"", "{\"at\":\"1999-01-01T00:00:00Z\",\"type\""));
        assertThat(backwards.status()).as(backwards.body()).isEqualTo(400);
        assertThat(backwards.json().get("pointer").asString()).isEqualTo("/action/at");
        assertThat(CaseJson.read(app.get("/api/cases/" + id).body()).size()).isEqualTo(1);
    }

    @Test
    void the_wrong_media_type_size_method_or_place_each_get_their_own_problem() {
        String id = app.newCase();
        Answer text = app.send(HttpRequest.newBuilder(URI.create(app.base + "/api/cases/" + id + "/actions"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        Answer large = app.post(
                "/api/cases/" + id + "/actions",
                "{\"expectedVersion\":0,\"action\":" + logEntry("x".repeat(Api.MAX_BODY)) + "}");
        Answer delete = app.send(HttpRequest.newBuilder(URI.create(app.base + "/api/cases/" + id))
                .DELETE());
        Answer missing = app.get("/api/cases/no-such-case/guidance");
        Answer nowhere = app.get("/api/nowhere");
        assertThat(text.status()).isEqualTo(415);
        assertThat(large.status()).isEqualTo(413);
        assertThat(delete.status()).isEqualTo(405);
        assertThat(delete.raw().headers().firstValue("Allow")).contains("GET");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asString()).contains("no-such-case");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(List.of(text, large, delete, missing, nowhere))
                .allSatisfy(a -> assertThat(a.contentType()).startsWith("application/problem+json"));
    }

    @Test
    void opening_a_case_answers_201_with_its_place_and_a_second_case_with_the_same_id_is_a_conflict() {
        Answer created = app.post("/api/cases", "{\"id\":\"casus-api-1\",\"pupilRef\":\"leerling-0001\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.raw().headers().firstValue("Location")).contains("/api/cases/casus-api-1");
        assertThat(created.json().get("version").asInt()).isZero();
        Answer again = app.post("/api/cases", "{\"id\":\"casus-api-1\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("urn:meldcode:problem:exists");
        Answer bad = app.post("/api/cases", "{\"id\":\"not an id!\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("pointer").asString()).isEqualTo("/id");
    }

    @Test
    void a_case_whose_stored_history_was_changed_is_refused_with_a_500_problem_not_served() throws SQLException {
        // GIVEN a case whose first event was changed in the database behind the application's back
        String id = app.newCase();
        app.act(id, 0, logEntry("Blauwe plek."));
        app.act(id, 1, IB_NOTIFICATION);
        try (Connection c = DriverManager.getConnection(WebApp.Options.h2(data));
                PreparedStatement s = c.prepareStatement("UPDATE meldcode_event SET action_json ="
                        + " REPLACE(action_json, 'Blauwe', 'Groene') WHERE case_id = ? AND sequence = 1")) {
            s.setString(1, id);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        // WHEN it is read or acted on THEN a problem says so, and never shows the history
        for (Answer a : List.of(app.get("/api/cases/" + id), app.act(id, 2, logEntry("Nog een.")))) {
            assertThat(a.status()).isEqualTo(500);
            assertThat(a.json().get("type").asString()).isEqualTo("urn:meldcode:problem:tampered");
            assertThat(a.body()).doesNotContain("Groene", "Exception");
        }
        // AND the worklist still answers, with the case first and marked, nothing of its history shown
        Answer worklist = app.get("/api/worklist");
        assertThat(worklist.status()).isEqualTo(200);
        assertThat(worklist.json().get("cases").get(0).get("tampered").asBoolean())
                .isTrue();
        assertThat(worklist.body()).doesNotContain("Groene");
    }

    @Test
    void a_refused_attempt_is_stored_and_listed_in_the_history_between_the_events_with_who_when_and_its_clauses() {
        // GIVEN a case with a logbook entry
        String id = app.newCase();
        assertThat(app.act(id, 0, logEntry("Blauwe plek.")).status()).isEqualTo(201);
        // WHEN the teacher tries to report to Veilig Thuis, is refused, and then informs the IB
        Answer refused = app.act(id, 1, REPORT_BY_TEACHER);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("attempt").asInt()).isEqualTo(1);
        assertThat(app.act(id, 1, IB_NOTIFICATION).status()).isEqualTo(201);
        // THEN the history lists the entry, the refused attempt and the notification, in that order
        JsonNode history = app.get("/api/cases/" + id + "/history").json();
        assertThat(history.get("version").asInt()).isEqualTo(2);
        JsonNode entries = history.get("entries");
        assertThat(entries.size()).isEqualTo(3);
        assertThat(entries.get(0).get("kind").asString()).isEqualTo("event");
        assertThat(entries.get(0).get("type").asString()).isEqualTo("LOG_ENTRY");
        JsonNode attempt = entries.get(1);
        assertThat(attempt.get("kind").asString()).isEqualTo("attempt");
        assertThat(attempt.get("attempt").asInt()).isEqualTo(1);
        assertThat(attempt.get("caseVersion").asInt()).isEqualTo(1);
        assertThat(attempt.get("type").asString()).isEqualTo("REPORT");
        assertThat(attempt.get("label").asString()).isEqualTo("melding bij Veilig Thuis");
        assertThat(attempt.get("actor").get("staffId").asString()).isEqualTo("lk-104");
        assertThat(Instant.parse(attempt.get("at").asString()))
                .isAfterOrEqualTo(Instant.parse(entries.get(0).get("at").asString()));
        List<String> clauses = new ArrayList<>();
        attempt.get("clauses").forEach(c -> clauses.add(c.get("id").asString()));
        List<String> refusedBy = new ArrayList<>();
        refused.json().get("clauses").forEach(c -> refusedBy.add(c.asString()));
        assertThat(clauses).isEqualTo(refusedBy).contains("SP-5.3");
        assertThat(attempt.get("clauses").get(0).get("text").asString()).isNotBlank();
        assertThat(entries.get(2).get("kind").asString()).isEqualTo("event");
        assertThat(entries.get(2).get("sequence").asInt()).isEqualTo(2);
        // AND the history carries no free text of the case
        assertThat(history.toString()).doesNotContain("Blauwe");
        // AND the case itself holds the two events only
        assertThat(CaseJson.read(app.get("/api/cases/" + id).body()).size()).isEqualTo(2);
        // AND the timeline draws the refused attempt
        assertThat(app.get("/api/cases/" + id + "/timeline").body()).contains("geweigerd: ");
        // AND in English the history says it in English
        JsonNode english = app.get("/api/cases/" + id + "/history?lang=en").json();
        assertThat(english.get("entries").get(1).get("label").asString()).isEqualTo("report to Veilig Thuis");
    }

    @Test
    void a_second_refused_attempt_adds_a_row_and_leaves_the_first_one_unchanged() throws SQLException {
        // GIVEN a case with one refused attempt, as stored
        String id = app.newCase();
        app.act(id, 0, logEntry("Blauwe plek."));
        assertThat(app.act(id, 1, REPORT_BY_TEACHER).status()).isEqualTo(422);
        List<String> before = attemptRows(id);
        assertThat(before).hasSize(1);
        // WHEN a second action is refused
        assertThat(app.act(id, 1, DECISION).status()).isEqualTo(422);
        // THEN a second row is added and the first is exactly as it was
        List<String> after = attemptRows(id);
        assertThat(after).hasSize(2);
        assertThat(after.get(0)).isEqualTo(before.get(0));
        JsonNode entries = app.get("/api/cases/" + id + "/history").json().get("entries");
        assertThat(entries.get(1).get("type").asString()).isEqualTo("REPORT");
        assertThat(entries.get(2).get("type").asString()).isEqualTo("DECISION");
        assertThat(entries.get(2).get("attempt").asInt()).isEqualTo(2);
    }

    @Test
    void an_attempt_changed_in_the_database_makes_the_history_a_500_problem_not_served() throws SQLException {
        // GIVEN a case whose refused attempt was changed behind the application's back
        String id = app.newCase();
        app.act(id, 0, logEntry("Blauwe plek."));
        app.act(id, 1, REPORT_BY_TEACHER);
        try (Connection c = DriverManager.getConnection(WebApp.Options.h2(data));
                PreparedStatement s =
                        c.prepareStatement("UPDATE meldcode_attempt SET clause_ids = 'SP-0.1' WHERE case_id = ?")) {
            s.setString(1, id);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        // WHEN the history is asked for THEN a problem says it was tampered with
        Answer history = app.get("/api/cases/" + id + "/history");
        assertThat(history.status()).isEqualTo(500);
        assertThat(history.json().get("type").asString()).isEqualTo("urn:meldcode:problem:tampered");
    }

    @Test
    void the_store_has_no_way_to_update_or_delete_a_refused_attempt() throws IOException {
        // GIVEN the store's source WHEN its SQL is read THEN attempts are only inserted and selected
        String source = Files.readString(Path.of("src/main/java/org/meldcode/examples/web/CaseStore.java"));
        assertThat(source).contains("INSERT INTO meldcode_attempt", "FROM meldcode_attempt");
        assertThat(source.toUpperCase(Locale.ROOT))
                .doesNotContain("UPDATE MELDCODE_ATTEMPT")
                .doesNotContain("DELETE FROM MELDCODE_ATTEMPT")
                .doesNotContain("TRUNCATE");
    }

    @Test
    void the_worklist_puts_acute_danger_first_then_overdue_steps_and_marks_what_is_overdue() {
        // GIVEN a case whose first signal was logged 30 days ago (step 1 has 14 days), a case logged
        // now, and a case with acute danger
        String late = app.newCase();
        String thirtyDaysAgo = Instant.now()
                .minus(Duration.ofDays(30))
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        assertThat(app.act(late, 0, at(thirtyDaysAgo, logEntry("Blauwe plek."))).status())
                .isEqualTo(201);
        String fresh = app.newCase();
        assertThat(app.act(fresh, 0, logEntry("Blauwe plek.")).status()).isEqualTo(201);
        String acute = app.newCase();
        assertThat(app.act(acute, 0, acuteDanger(TEACHER, "Leerling durft niet naar huis."))
                        .status())
                .isEqualTo(201);
        // WHEN the worklist is asked for
        JsonNode cases = app.get("/api/worklist").json().get("cases");
        List<String> order = new ArrayList<>();
        cases.forEach(c -> order.add(c.get("caseId").asString()));
        // THEN the acute case comes before the overdue one, and that one before the fresh one
        assertThat(order.indexOf(acute)).isNotNegative().isLessThan(order.indexOf(late));
        assertThat(order.indexOf(late)).isLessThan(order.indexOf(fresh));
        // AND the overdue case shows its step, what is open and what is overdue
        JsonNode lateItem = cases.get(order.indexOf(late));
        assertThat(lateItem.get("currentStep").get("number").asInt()).isEqualTo(1);
        assertThat(lateItem.get("overdue").asInt()).isPositive();
        assertThat(lateItem.get("open").asInt())
                .isGreaterThanOrEqualTo(lateItem.get("overdue").asInt());
        JsonNode first = lateItem.get("obligations").get(0);
        assertThat(first.get("overdue").asBoolean()).isTrue();
        assertThat(first.get("clauseId").asString()).isEqualTo("ST-1");
        // AND the fresh case has open obligations, none overdue, each with when it falls due
        JsonNode freshItem = cases.get(order.indexOf(fresh));
        assertThat(freshItem.get("open").asInt()).isPositive();
        assertThat(freshItem.get("overdue").asInt()).isZero();
        assertThat(freshItem.get("obligations").get(0).get("dueAt").isNull()).isFalse();
        // AND the acute case's first obligation is of the acute route
        assertThat(cases.get(order.indexOf(acute))
                        .get("obligations")
                        .get(0)
                        .get("acute")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void the_page_tells_in_both_languages_without_javascript_that_it_needs_it_and_points_to_the_api() {
        // GIVEN the page as a browser without JavaScript gets it
        Answer page = app.get("/");
        assertThat(page.status()).isEqualTo(200);
        String body = page.body();
        // THEN a noscript element says, in Dutch and in English, that JavaScript is needed
        int start = body.indexOf("<noscript>");
        int end = body.indexOf("</noscript>");
        assertThat(start).isNotNegative();
        String noscript = body.substring(start, end);
        assertThat(noscript)
                .contains("Deze pagina werkt alleen met JavaScript", "This page needs JavaScript")
                .contains("/api/worklist", "meldcode guide");
    }

    /** The stored rows of a case's attempts, each as one string of all its columns. */
    private static List<String> attemptRows(String caseId) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(WebApp.Options.h2(data));
                PreparedStatement s = c.prepareStatement("SELECT sequence, case_version, clause_ids, previous_hash,"
                        + " row_hash, action_json FROM meldcode_attempt WHERE case_id = ? ORDER BY sequence")) {
            s.setString(1, caseId);
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= 6; i++) {
                        row.append(r.getString(i)).append('|');
                    }
                    rows.add(row.toString());
                }
            }
        }
        return rows;
    }

    /** An action's JSON with its time set. */
    private static String at(String instant, String actionJson) {
        return "{\"at\":\"" + instant + "\"," + actionJson.substring(1);
    }

    @Test
    void evaluating_an_action_rules_on_it_without_taking_it() {
        String id = app.newCase();
        Answer a = app.post("/api/cases/" + id + "/evaluate", "{\"action\":" + REPORT_BY_TEACHER + "}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("permitted").asBoolean()).isFalse();
        assertThat(a.json().get("clauses").toString()).contains("SP-0.2");
        Answer ok = app.post("/api/cases/" + id + "/evaluate", "{\"action\":" + logEntry("x") + "}");
        assertThat(ok.json().get("permitted").asBoolean()).isTrue();
        assertThat(CaseJson.read(app.get("/api/cases/" + id).body()).size()).isZero();
    }

    @Test
    void the_diagram_is_svg_that_parses_as_xml_and_names_every_step_of_the_protocol() throws Exception {
        // GIVEN a case WHEN its diagram is asked for in English
        String id = app.newCase();
        Answer diagram = app.get("/api/cases/" + id + "/diagram?lang=en");
        // THEN it is SVG, well-formed, and every step of the protocol is named in it
        assertThat(diagram.status()).isEqualTo(200);
        assertThat(diagram.contentType()).startsWith("image/svg+xml");
        Document svg = xml(diagram.body());
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        String text = svg.getDocumentElement().getTextContent();
        Protocol protocol = Protocol.of(ProtocolRef.STAPPENPLAN_2021);
        assertThat(protocol.steps()).hasSize(5);
        protocol.steps().forEach(step -> assertThat(text).contains(step.name(Locale.ENGLISH)));
        // AND it is served with a policy that lets it fetch nothing and run no script
        assertThat(diagram.raw().headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        v -> assertThat(v).contains("default-src 'none'").doesNotContain("script-src"));
    }

    @Test
    void the_timeline_is_svg_with_a_marker_for_each_event() throws Exception {
        // GIVEN a case with two events
        String id = app.newCase();
        app.act(id, 0, logEntry("Blauwe plek."));
        app.act(id, 1, IB_NOTIFICATION);
        // WHEN its timeline is asked for
        Answer timeline = app.get("/api/cases/" + id + "/timeline");
        // THEN it is well-formed SVG naming the case, and no free text of the case is in it
        assertThat(timeline.status()).isEqualTo(200);
        assertThat(timeline.contentType()).startsWith("image/svg+xml");
        Document svg = xml(timeline.body());
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        String text = svg.getDocumentElement().getTextContent();
        assertThat(text).contains(id, "de intern begeleider informeren").doesNotContain("Blauwe plek");
    }

    @Test
    void the_dossier_is_html_without_scripts_with_the_events_of_the_case_and_as_markdown_on_request() {
        // GIVEN a case with a logbook entry and the IB informed
        String id = app.newCase();
        app.act(id, 0, logEntry("Blauwe plek op de <b>arm</b>."));
        app.act(id, 1, IB_NOTIFICATION);
        // WHEN its dossier is asked for
        Answer html = app.get("/api/cases/" + id + "/dossier?lang=en");
        // THEN it is one HTML page with the events, no script and its own strict policy
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html").contains("charset=utf-8");
        assertThat(html.body())
                .contains(
                        "<html lang=\"en\"",
                        id,
                        "Blauwe plek op de &lt;b&gt;arm&lt;/b&gt;.",
                        "The intern begeleider was informed")
                .doesNotContainIgnoringCase("<script")
                .doesNotContain("<b>arm</b>");
        assertThat(html.raw().headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        v -> assertThat(v).contains("default-src 'none'").doesNotContain("script-src"));
        // AND ?format=md gives the same dossier as Markdown; an unknown format is bad input
        Answer md = app.get("/api/cases/" + id + "/dossier?format=md");
        assertThat(md.status()).isEqualTo(200);
        assertThat(md.contentType()).startsWith("text/markdown");
        assertThat(md.body()).startsWith("#").contains(id, "Blauwe plek").doesNotContain("<b>arm</b>");
        Answer pdf = app.get("/api/cases/" + id + "/dossier?format=pdf");
        assertThat(pdf.status()).isEqualTo(400);
        assertThat(pdf.json().get("pointer").asString()).isEqualTo("?format");
    }

    @Test
    void explaining_a_refused_action_names_the_rule_and_clause_of_each_refusal() {
        // GIVEN a case with the IB informed
        String id = app.newCase();
        app.act(id, 0, logEntry("Blauwe plek."));
        app.act(id, 1, IB_NOTIFICATION);
        // WHEN the teacher asks why reporting to Veilig Thuis is refused
        Answer a = app.post("/api/cases/" + id + "/explain?lang=en", "{\"action\":" + REPORT_BY_TEACHER + "}");
        // THEN the answer names each refusal's rule and clause, and says it as text
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode e = a.json();
        assertThat(e.get("permitted").asBoolean()).isFalse();
        assertThat(e.get("clauses").toString()).contains("SP-0.2", "SP-5.3");
        JsonNode ib = findClause(e.get("refusals"), "SP-5.3");
        assertThat(ib.get("rule").asString()).isEqualTo("SP-5.3 the IB makes the report to Veilig Thuis");
        assertThat(ib.get("conclusion").asString()).isNotBlank();
        assertThat(ib.get("because").isArray()).isTrue();
        assertThat(e.get("refusals").size()).isEqualTo(e.get("clauses").size());
        assertThat(e.get("text").asString())
                .startsWith("Not permitted: report to Veilig Thuis.")
                .contains("- SP-5.3: ", "What can be done: ");
        // AND explaining takes nothing; a permitted action is explained too
        assertThat(CaseJson.read(app.get("/api/cases/" + id).body()).size()).isEqualTo(2);
        JsonNode ok = app.post("/api/cases/" + id + "/explain", "{\"action\":" + CONSULTATION + "}")
                .json();
        assertThat(ok.get("permitted").asBoolean()).isTrue();
        assertThat(ok.get("refusals").size()).isZero();
        assertThat(ok.get("text").asString()).startsWith("Toegestaan: ");
    }

    @Test
    void every_kind_of_action_has_a_form_with_a_label_for_each_field() {
        JsonNode forms = app.get("/api/action-types?lang=en").json();
        assertThat(forms.size())
                .isEqualTo(org.meldcode.protocol.Protocol.of(org.meldcode.model.ProtocolRef.STAPPENPLAN_2021)
                        .actions()
                        .size());
        JsonNode log = find(forms, "LOG_ENTRY");
        assertThat(log.get("fields").findValuesAsString("name"))
                .containsExactly("observedOn", "signal", "source", "text", "deterioration");
        JsonNode decision = find(forms, "DECISION");
        assertThat(decision.get("fields")
                        .get(1)
                        .get("values")
                        .get(0)
                        .get("label")
                        .asString())
                .isEqualTo("report to Veilig Thuis");
        // AND in both languages every field, also a record's own, and every value has a label of its own
        for (String lang : List.of("nl", "en")) {
            app.get("/api/action-types?lang=" + lang).json().forEach(form -> {
                assertThat(form.get("label").asString())
                        .as(lang)
                        .isNotEqualTo(form.get("type").asString());
                form.get("fields")
                        .forEach(field -> assertLabelled(
                                field, lang + " " + form.get("type").asString()));
            });
        }
    }

    @Test
    void the_forms_of_issue_13_ask_for_a_suspect_by_id_and_position_and_for_whom_a_skipped_talk_endangers() {
        JsonNode forms = app.get("/api/action-types").json();
        // the suspect of a staff suspicion: a record of its own, an opaque id and a position
        JsonNode suspect = field(find(forms, "STAFF_SUSPICION"), "suspect");
        assertThat(suspect.get("kind").asString()).isEqualTo("record");
        assertThat(suspect.get("label").asString())
                .isEqualTo("De persoon die wordt verdacht (iemand met taken op school)");
        assertThat(suspect.get("fields").findValuesAsString("name")).containsExactly("staffId", "position");
        assertThat(suspect.get("fields").findValuesAsString("kind")).containsExactly("id", "enum");
        JsonNode position = suspect.get("fields").get(1);
        assertThat(position.get("values").findValuesAsString("value")).containsExactly(names(Position.values()));
        assertThat(position.get("values").findValuesAsString("label")).contains("conciërge", "vrijwilliger");
        // whom a skipped conversation would endanger: several choices among the threats
        JsonNode endangered = field(find(forms, "CONVERSATION_SKIP"), "endangered");
        assertThat(endangered.get("kind").asString()).isEqualTo("enums");
        assertThat(endangered.get("values").findValuesAsString("value")).containsExactly(names(Threat.values()));
        // the other new fields, each by the kind of its record component
        assertThat(field(find(forms, "SUBSTITUTION"), "substituteId")
                        .get("kind")
                        .asString())
                .isEqualTo("id");
        assertThat(field(find(forms, "SUBSTITUTION"), "role").get("kind").asString())
                .isEqualTo("enum");
        assertThat(field(find(forms, "BOARD_NOTIFICATION"), "channel")
                        .get("values")
                        .findValuesAsString("value"))
                .containsExactly("DIRECT", "VIA_SCHOOL_MANAGEMENT");
        assertThat(field(find(forms, "INSPECTOR_CONSULTATION"), "reasonableSuspicion")
                        .get("kind")
                        .asString())
                .isEqualTo("boolean");
        assertThat(field(find(forms, "ACUTE_DANGER"), "what").get("kind").asString())
                .isEqualTo("text");
        assertThat(field(find(forms, "TELLING_ARRANGEMENT"), "teller")
                        .get("values")
                        .findValuesAsString("value"))
                .containsExactly("SCHOOL", "VEILIG_THUIS");
        assertThat(find(forms, "POLICE_REPORT").get("fields").size()).isZero();
        assertThat(find(forms, "ACCUSED_AND_PARENTS_INFORMED").get("fields").size())
                .isZero();
        // AND the page can act as the school board, which takes the staff route's own actions
        JsonNode staff = app.get("/api/school").json().get("staff");
        assertThat(staff.findValuesAsString("role")).contains("BOARD");
        assertThat(find(forms, "POLICE_REPORT").get("roles").findValuesAsString("role"))
                .containsExactly("BOARD");
    }

    @Test
    void after_acute_danger_is_recorded_the_teacher_reports_at_once_and_veilig_thuis_is_owed_until_then() {
        // GIVEN a case with one logbook entry, where a report by the teacher is refused
        String id = app.newCase();
        assertThat(app.act(id, 0, logEntry("Leerling durft niet naar huis.")).status())
                .isEqualTo(201);
        assertThat(app.post("/api/cases/" + id + "/evaluate", "{\"action\":" + REPORT_BY_TEACHER + "}")
                        .json()
                        .get("permitted")
                        .asBoolean())
                .isFalse();
        // WHEN the teacher records acute danger
        Answer acute =
                app.act(id, 1, acuteDanger(TEACHER, "Leerling vertelt bang te zijn om vanavond naar huis te gaan."));
        // THEN it is recorded and contact with Veilig Thuis now is owed first
        assertThat(acute.status()).as(acute.body()).isEqualTo(201);
        JsonNode owed = acute.json().get("guidance").get("obligations");
        assertThat(owed.get(0).get("clauseId").asString()).isEqualTo("AR-1.2");
        assertThat(owed.get(0).get("text").asString()).contains("Veilig Thuis");
        // WHEN the teacher reports to Veilig Thuis without steps 2 to 5
        Answer report = app.act(id, 2, REPORT_BY_TEACHER);
        // THEN the report is recorded, and contact with Veilig Thuis is no longer owed
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        assertThat(report.json().get("event").get("type").asString()).isEqualTo("REPORT");
        assertThat(report.json().get("guidance").get("obligations").findValuesAsString("clauseId"))
                .doesNotContain("AR-1.2");
        Case stored = CaseJson.read(app.get("/api/cases/" + id).body());
        assertThat(stored.size()).isEqualTo(3);
        assertThat(Integrity.verify(stored)).isEmpty();
    }

    @Test
    void a_skip_of_step_3_that_names_no_danger_to_a_person_is_refused_under_sp_3_1_and_one_that_does_is_recorded() {
        // GIVEN a case at step 3
        String id = app.newCase();
        walk(id, logEntry("Blauwe plek op de arm."), IB_NOTIFICATION, CONSULTATION);
        // WHEN the IB skips step 3 naming no one, or only the relationship of trust
        for (String endangered : List.of("[]", "[\"RELATIONSHIP_OF_TRUST\"]")) {
            Answer a = app.post(
                    "/api/cases/" + id + "/actions?lang=en",
                    "{\"expectedVersion\":3,\"action\":" + conversationSkip(endangered) + "}");
            // THEN the skip is refused under SP-3.1, and nothing is appended
            assertThat(a.status()).as(endangered + ": " + a.body()).isEqualTo(422);
            assertThat(a.json().get("clauses").toString()).isEqualTo("[\"SP-3.1\"]");
            assertThat(findClause(a.json().get("findings"), "SP-3.1")
                            .get("remedy")
                            .asString())
                    .isNotBlank();
        }
        assertThat(CaseJson.read(app.get("/api/cases/" + id).body()).size()).isEqualTo(3);
        // WHEN the skip names the pupil THEN it is recorded with whom it endangers
        Answer named = app.act(id, 3, conversationSkip("[\"CHILD\"]"));
        assertThat(named.status()).as(named.body()).isEqualTo(201);
        Case stored = CaseJson.read(app.get("/api/cases/" + id).body());
        assertThat(((ConversationSkip) stored.events().get(3).action()).endangered())
                .containsExactly(Threat.CHILD);
    }

    @Test
    void after_step_3_was_skipped_for_danger_the_parents_are_told_of_the_report_as_agreed_with_veilig_thuis() {
        // GIVEN a case whose step 3 was skipped because a conversation would endanger the pupil, reported
        String id = app.newCase();
        int version = walk(
                id,
                logEntry("Blauwe plek op de arm."),
                IB_NOTIFICATION,
                CONSULTATION,
                conversationSkip("[\"CHILD\"]"),
                RISK_ASSESSMENT,
                DECISION,
                REPORT_BY_IB);
        // THEN telling the parents waits for an arrangement with Veilig Thuis
        Answer early = app.act(id, version, REPORT_CONVERSATION);
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.json().get("clauses").toString()).contains("SP-5.7");
        // WHEN the IB records that the school tells them, as agreed, and then the parents are told
        Answer arranged = app.act(id, version, tellingArrangement("SCHOOL"));
        assertThat(arranged.status()).as(arranged.body()).isEqualTo(201);
        Answer told = app.act(id, version + 1, REPORT_CONVERSATION);
        // THEN both are recorded and nothing more is owed
        assertThat(told.status()).as(told.body()).isEqualTo(201);
        assertThat(told.json().get("guidance").get("obligations").size()).isZero();
    }

    @Test
    void the_staff_route_by_law_is_recorded_through_the_api_with_the_ib_suspected_and_a_substitute() {
        // GIVEN a case with a logbook entry
        String id = app.newCase();
        int version = walk(id, logEntry("Leerling vertelt over een medewerker."));
        // WHEN the teacher records that the IB is suspected
        Answer suspicion = app.act(id, version++, staffSuspicion("ib-201", "INTERN_BEGELEIDER"));
        assertThat(suspicion.status()).as(suspicion.body()).isEqualTo(201);
        assertThat(suspicion.json().get("guidance").get("obligations").findValuesAsString("clauseId"))
                .contains("SR-1.2", "SR-1.5");
        // THEN telling only school management does not count as informing the board (SR-1.2)
        Answer indirect = app.act(id, version, boardNotification("VIA_SCHOOL_MANAGEMENT"));
        assertThat(indirect.status()).as(indirect.body()).isEqualTo(422);
        assertThat(indirect.json().get("clauses").toString()).contains("SR-1.2");
        // AND the board, informed directly, designates a substitute for the IB and consults the inspector
        version = walk(
                id,
                version,
                boardNotification("DIRECT"),
                substitution("INTERN_BEGELEIDER", "af-202"),
                inspectorConsultation(true));
        // WHEN the board files a police report before informing the accused and the parents THEN it is refused
        Answer early = app.act(id, version, POLICE_REPORT);
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.json().get("clauses").toString()).contains("SR-1.4");
        // WHEN it informs them and files the report THEN nothing of the staff route's law is owed any more
        version = walk(id, version, ACCUSED_AND_PARENTS_INFORMED, POLICE_REPORT);
        JsonNode g = app.get("/api/cases/" + id + "/guidance").json();
        assertThat(g.get("obligations").findValuesAsString("clauseId")).doesNotContain("SR-1.3", "SR-1.4");
        // AND the case goes on with the substitute, never the suspected IB
        version = walk(id, version, IB_NOTIFICATION);
        Answer bySuspect = app.act(id, version, CONSULTATION);
        assertThat(bySuspect.status()).as(bySuspect.body()).isEqualTo(422);
        assertThat(bySuspect.json().get("clauses").toString()).contains("SR-1.1");
        assertThat(app.act(id, version, CONSULTATION_BY_SUBSTITUTE).status()).isEqualTo(201);
        // AND the stored case holds the suspect by id and position, and verifies
        Case stored = CaseJson.read(app.get("/api/cases/" + id).body());
        assertThat(((StaffSuspicion) stored.events().get(1).action()).suspect())
                .isEqualTo(new Suspect("ib-201", Position.INTERN_BEGELEIDER));
        assertThat(stored.size()).isEqualTo(version + 1);
        assertThat(Integrity.verify(stored)).isEmpty();
    }

    @Test
    void the_page_and_its_script_are_served_with_a_strict_content_security_policy() {
        Answer page = app.get("/");
        Answer script = app.get("/app.js");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<script src=\"/app.js\"", "aria-live");
        assertThat(script.contentType()).startsWith("text/javascript");
        assertThat(page.raw().headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(v -> assertThat(v).contains("script-src 'self'"));
        assertThat(page.raw().headers().firstValue("Cache-Control")).contains("no-store");
    }

    /** Parses XML as a strict, namespace-aware parser does, refusing any DOCTYPE. */
    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    /** Takes each action in turn from version 0, each to be recorded; the case's version after them. */
    private static int walk(String id, String... actions) {
        return walk(id, 0, actions);
    }

    /** Takes each action in turn from the version given, each to be recorded; the version after them. */
    private static int walk(String id, int version, String... actions) {
        for (String action : actions) {
            Answer a = app.act(id, version, action);
            assertThat(a.status()).as(a.body()).isEqualTo(201);
            version++;
        }
        return version;
    }

    private static void assertLabelled(JsonNode field, String where) {
        String name = where + " " + field.get("name").asString();
        assertThat(field.get("label").asString()).as(name).doesNotStartWith("field.");
        if (field.has("values")) {
            field.get("values")
                    .forEach(v -> assertThat(v.get("label").asString())
                            .as(name + " " + v.get("value").asString())
                            .isNotEqualTo(v.get("value").asString()));
        }
        if (field.has("fields")) {
            field.get("fields").forEach(part -> assertLabelled(part, name));
        }
    }

    private static JsonNode field(JsonNode form, String name) {
        for (JsonNode f : form.get("fields")) {
            if (f.get("name").asString().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no field " + name + " in " + form);
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }

    private static JsonNode find(JsonNode array, String type) {
        for (JsonNode n : array) {
            if (n.get("type").asString().equals(type)) {
                return n;
            }
        }
        throw new AssertionError("no " + type + " in " + array);
    }

    private static JsonNode findClause(JsonNode findings, String clause) {
        for (JsonNode n : findings) {
            if (n.get("clauseId").asString().equals(clause)) {
                return n;
            }
        }
        throw new AssertionError("no " + clause + " in " + findings);
    }
}
