package org.meldcode.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.Finding;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.NextAction;
import org.meldcode.engine.Obligation;
import org.meldcode.engine.Remedy;
import org.meldcode.engine.Ruling;
import org.meldcode.json.error.InvalidInputException;
import org.meldcode.model.Action;
import org.meldcode.model.ActionType;
import org.meldcode.model.Actor;
import org.meldcode.model.Case;
import org.meldcode.model.IbNotification;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;
import org.meldcode.protocol.Message;
import org.meldcode.protocol.Protocol;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A host's own mapper with the module: bad input is a Jackson exception, results are text for people. */
class MeldcodeJsonModuleTest {

    private static final JsonMapper HOST =
            JsonMapper.builder().addModule(new MeldcodeJsonModule()).build();
    private static final Protocol PROTOCOL = Protocol.of(ProtocolRef.STAPPENPLAN_2021);
    private static final Message EXPLANATION = Message.of("refusal.order", 3, 2);

    /** A host's request body that holds a case. */
    record Body(Case caseFile) {}

    /** A host's request body that holds an action. */
    record ActionBody(Action action) {}

    @Nested
    class Bad_input {

        @Test
        void a_case_with_an_invalid_value_is_a_jackson_exception_with_the_codec_s_one_line_message() {
            // GIVEN a case document whose schema version is wrong, and what CaseJson says of it
            String json = CaseJson.write(Case.open("case-1", "pupil-1", ProtocolRef.STAPPENPLAN_2021))
                    .replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 0");
            InvalidInputException direct = (InvalidInputException) catchThrowable(() -> CaseJson.read(json));
            assertThat(direct).as("the document is refused by the codec itself").isNotNull();

            // WHEN the host's mapper reads it inside the host's own body
            Throwable thrown = catchThrowable(() -> HOST.readValue("{\"caseFile\":" + json + "}", Body.class));

            // THEN it is a Jackson exception (a framework answers it with 400) with the same one line
            assertThat(thrown).isInstanceOf(DatabindException.class).isInstanceOf(JacksonException.class);
            MeldcodeJsonException e = (MeldcodeJsonException) thrown;
            assertThat(e.getMessage()).isEqualTo(direct.getMessage()).doesNotContain("\n");
            assertThat(e.invalidInput().location()).isEqualTo(direct.location());
            assertThat(e.getCause()).isInstanceOf(InvalidInputException.class);
        }

        @Test
        void an_action_of_an_unknown_type_is_a_jackson_exception_naming_the_place() {
            // GIVEN an action whose type the library does not know
            String body = "{\"action\":{\"type\":\"NO_SUCH_ACTION\",\"at\":\"2026-03-02T09:00:00Z\"}}";

            // WHEN the host's mapper reads it
            Throwable thrown = catchThrowable(() -> HOST.readValue(body, ActionBody.class));

            // THEN it is a MeldcodeJsonException with one line that says what is wrong
            assertThat(thrown).isInstanceOf(MeldcodeJsonException.class);
            assertThat(thrown.getMessage()).contains("NO_SUCH_ACTION").doesNotContain("\n");
        }

        @Test
        void a_valid_case_still_reads_and_writes_through_the_host_s_mapper() {
            Case c = Case.open("case-1", "pupil-1", ProtocolRef.STAPPENPLAN_2021);
            String json = HOST.writeValueAsString(new Body(c));
            assertThat(HOST.readValue(json, Body.class).caseFile()).isEqualTo(c);
        }
    }

    @Nested
    class Results_as_text {

        private final Ruling refusal = new Ruling(
                new IbNotification(Instant.parse("2026-03-02T09:00:00Z"), Actor.of(Role.TEACHER, "lk-104")),
                List.of(new Finding(
                        PROTOCOL.clause("SP-5.3"),
                        EXPLANATION,
                        Remedy.takeFirst(
                                Finding.remedyText(EXPLANATION),
                                Set.of(ActionType.CONSULTATION),
                                Set.of(Role.TEACHER, Role.INTERN_BEGELEIDER)))));

        private final Guidance guidance = new Guidance(
                "case-1",
                PROTOCOL.step(5),
                false,
                List.of(new Obligation(
                        PROTOCOL.clause("SP-5.7"),
                        EXPLANATION,
                        Optional.of(Instant.parse("2026-03-02T09:00:00Z")),
                        Optional.empty(),
                        Set.of(ActionType.REPORT_CONVERSATION))),
                List.of(new NextAction(ActionType.LOG_ENTRY, Set.of(Role.INTERN_BEGELEIDER, Role.TEACHER))));

        @Test
        void a_message_is_written_as_its_text_in_dutch_unless_the_mapper_s_locale_is_english() throws Exception {
            assertThat(HOST.writer().with(Locale.forLanguageTag("nl")).writeValueAsString(EXPLANATION))
                    .isEqualTo(HOST.writeValueAsString(EXPLANATION.dutch()));
            assertThat(HOST.writer().with(Locale.GERMAN).writeValueAsString(EXPLANATION))
                    .as("a language without texts of its own gets Dutch")
                    .isEqualTo(HOST.writeValueAsString(EXPLANATION.dutch()));
            assertThat(HOST.writer().with(Locale.ENGLISH).writeValueAsString(EXPLANATION))
                    .isEqualTo(HOST.writeValueAsString(EXPLANATION.english()));
        }

        @Test
        void a_ruling_is_written_with_each_finding_s_clause_and_texts_not_with_bundle_keys() {
            // WHEN a refusal is written in Dutch and in English
            JsonNode dutch = HOST.readTree(
                    HOST.writer().with(Locale.forLanguageTag("nl")).writeValueAsString(refusal));
            JsonNode english = HOST.readTree(HOST.writer().with(Locale.ENGLISH).writeValueAsString(refusal));

            // THEN it names the action and the clause, and gives the texts people read
            assertThat(dutch.get("action").asString()).isEqualTo("IB_NOTIFICATION");
            assertThat(dutch.get("permitted").asBoolean()).isFalse();
            JsonNode finding = dutch.get("findings").get(0);
            assertThat(finding.get("clause").asString()).isEqualTo("SP-5.3");
            assertThat(finding.get("explanation").asString()).isEqualTo(EXPLANATION.dutch());
            assertThat(finding.get("clauseText").asString())
                    .isEqualTo(PROTOCOL.clause("SP-5.3").text(Locale.ROOT));
            assertThat(finding.get("remedy").asString()).isNotBlank();
            assertThat(english.get("findings").get(0).get("explanation").asString())
                    .isEqualTo(EXPLANATION.english())
                    .isNotEqualTo(EXPLANATION.dutch());
            assertThat(dutch.toString()).doesNotContain("\"key\"", "refusal.order");
        }

        @Test
        void a_finding_alone_is_written_as_its_clause_and_texts() {
            JsonNode finding = HOST.readTree(HOST.writer()
                    .with(Locale.ENGLISH)
                    .writeValueAsString(refusal.findings().get(0)));
            assertThat(finding.get("clause").asString()).isEqualTo("SP-5.3");
            assertThat(finding.get("explanation").asString()).isEqualTo(EXPLANATION.english());
        }

        @Test
        void a_finding_s_way_forward_is_written_as_data_beside_its_text() {
            // WHEN a finding whose way forward is to consult first is written
            JsonNode way = HOST.readTree(HOST.writer()
                            .with(Locale.ENGLISH)
                            .writeValueAsString(refusal.findings().get(0)))
                    .get("way");

            // THEN the way names its kind, the kinds of action, the roles and no fields
            assertThat(way.get("kind").asString()).isEqualTo("TAKE_FIRST");
            assertThat(way.get("actions").get(0).asString()).isEqualTo("CONSULTATION");
            assertThat(way.get("roles").toString()).isEqualTo("[\"TEACHER\",\"INTERN_BEGELEIDER\"]");
            assertThat(way.get("fields").isEmpty()).isTrue();
        }

        @Test
        void guidance_is_written_with_its_step_obligations_and_next_actions_as_text() {
            JsonNode g = HOST.readTree(
                    HOST.writer().with(Locale.forLanguageTag("nl")).writeValueAsString(guidance));
            assertThat(g.get("caseId").asString()).isEqualTo("case-1");
            assertThat(g.get("step").asInt()).isEqualTo(5);
            assertThat(g.get("stepName").asString()).isEqualTo(PROTOCOL.step(5).name(Locale.ROOT));
            assertThat(g.get("closed").asBoolean()).isFalse();
            JsonNode owed = g.get("obligations").get(0);
            assertThat(owed.get("clause").asString()).isEqualTo("SP-5.7");
            assertThat(owed.get("text").asString()).isEqualTo(EXPLANATION.dutch());
            assertThat(owed.get("since").asString()).isEqualTo("2026-03-02T09:00:00Z");
            assertThat(owed.get("dischargedBy").toString()).isEqualTo("[\"REPORT_CONVERSATION\"]");
            JsonNode next = g.get("nextActions").get(0);
            assertThat(next.get("type").asString()).isEqualTo("LOG_ENTRY");
            assertThat(next.get("roles").toString()).isEqualTo("[\"TEACHER\",\"INTERN_BEGELEIDER\"]");
        }
    }
}
