package org.meldcode.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.model.Case;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application as Spring's test support runs it (a random port, a fresh H2 database): each
 * kind of error is a problem document with its own status, and Spring's mapper carries the
 * library's module.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemDetailsTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper mapper;

    @Autowired
    MeldcodeEngine engine;

    RestTestClient client;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry properties) throws IOException {
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "problem-details");
        properties.add("spring.datasource.url", () -> WebApp.Options.h2(data));
    }

    @BeforeEach
    void client() {
        client = RestTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .build();
    }

    @Test
    void a_body_that_is_not_json_is_a_400_problem_with_the_place_of_the_error() {
        // GIVEN the demo case WHEN an action is sent as broken JSON
        JsonNode p = post("/api/cases/" + WebApp.DEMO_CASE + "/actions", "{\"expectedVersion\":", 400);
        // THEN the problem is "invalid" and says where the JSON broke off
        assertThat(p.get("type").asString()).isEqualTo("urn:meldcode:problem:invalid");
        assertThat(p.get("status").asInt()).isEqualTo(400);
        assertThat(p.get("pointer").asString()).isEqualTo("1:20");
        assertThat(p.get("instance").asString()).isEqualTo("/api/cases/" + WebApp.DEMO_CASE + "/actions");
    }

    @Test
    void an_action_the_library_cannot_read_is_a_400_problem_naming_the_field() {
        // WHEN the action has a value the case format does not know
        JsonNode p = post(
                "/api/cases/" + WebApp.DEMO_CASE + "/evaluate",
                "{\"action\":{\"type\":\"IB_NOTIFICATION\",\"actor\":{\"role\":\"JANITOR\",\"staffId\":\"x-1\"}}}",
                400);
        // THEN the problem names the place inside the action
        assertThat(p.get("type").asString()).isEqualTo("urn:meldcode:problem:invalid");
        assertThat(p.get("pointer").asString()).startsWith("/action/actor");
    }

    @Test
    void a_refused_action_is_a_422_problem_with_the_clauses_that_refuse_it() {
        // GIVEN the demo case (the IB is informed) WHEN the teacher reports to Veilig Thuis
        JsonNode p = post(
                "/api/cases/" + WebApp.DEMO_CASE + "/actions?lang=en",
                "{\"expectedVersion\":2,\"action\":" + Running.REPORT_BY_TEACHER + "}",
                422);
        // THEN it is refused under the clauses, explained in English
        assertThat(p.get("type").asString()).isEqualTo("urn:meldcode:problem:refused");
        assertThat(p.get("title").asString()).isEqualTo("The action is refused");
        assertThat(p.get("clauses").toString()).contains("SP-0.2", "SP-5.3");
        assertThat(p.get("version").asInt()).isEqualTo(2);
    }

    @Test
    void an_action_on_a_stale_version_is_a_409_problem_with_both_versions() {
        // GIVEN the demo case at version 2 WHEN someone acts on version 1
        JsonNode p = post(
                "/api/cases/" + WebApp.DEMO_CASE + "/actions",
                "{\"expectedVersion\":1,\"action\":" + Running.CONSULTATION + "}",
                409);
        // THEN the conflict names the version seen and the version stored
        assertThat(p.get("type").asString()).isEqualTo("urn:meldcode:problem:conflict");
        assertThat(p.get("expectedVersion").asInt()).isEqualTo(1);
        assertThat(p.get("actualVersion").asInt()).isEqualTo(2);
    }

    @Test
    void springs_mapper_reads_and_writes_cases_in_the_librarys_format() {
        // GIVEN the case document served WHEN Spring's own mapper reads it THEN it is the case, verified
        String body = client.get()
                .uri("/api/cases/" + WebApp.DEMO_CASE)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        Case demo = mapper.readValue(body, Case.class);
        assertThat(demo.id()).isEqualTo(WebApp.DEMO_CASE);
        assertThat(demo.size()).isEqualTo(2);
        // AND it writes it back as the same document
        assertThat(mapper.readTree(mapper.writeValueAsString(demo))).isEqualTo(mapper.readTree(body));
        // AND the engine bean answers for the case at once (its rules were built at start-up)
        assertThat(engine.guide(demo).currentStep().number()).isEqualTo(2);
    }

    private JsonNode post(String path, String body, int status) {
        String answer = client.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(answer).doesNotContain("Exception", "\tat ");
        return mapper.readTree(answer);
    }
}
