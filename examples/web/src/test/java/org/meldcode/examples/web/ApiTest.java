package org.meldcode.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.examples.web.Running.CONSULTATION;
import static org.meldcode.examples.web.Running.DECISION;
import static org.meldcode.examples.web.Running.IB_NOTIFICATION;
import static org.meldcode.examples.web.Running.PARENTS_CONVERSATION;
import static org.meldcode.examples.web.Running.REPORT_BY_IB;
import static org.meldcode.examples.web.Running.REPORT_BY_TEACHER;
import static org.meldcode.examples.web.Running.REPORT_CONVERSATION;
import static org.meldcode.examples.web.Running.RISK_ASSESSMENT;
import static org.meldcode.examples.web.Running.logEntry;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
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
import org.meldcode.model.Integrity;
import org.meldcode.model.ProtocolRef;
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
        assertThat(unknownValue.json().get("detail").asString()).contains("unknown value 'BRUISE'");
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
        forms.forEach(f -> f.get("fields")
                .forEach(field -> assertThat(field.get("label").asString()).doesNotStartWith("field.")));
        JsonNode decision = find(forms, "DECISION");
        assertThat(decision.get("fields")
                        .get(1)
                        .get("values")
                        .get(0)
                        .get("label")
                        .asString())
                .isEqualTo("report to Veilig Thuis");
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
