package org.meldcode.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meldcode.json.error.InvalidInputException;
import org.meldcode.json.internal.Mappers;
import org.meldcode.model.Case;
import org.meldcode.model.ProtocolRef;

/** Bad case documents get one clear error naming the place and the problem, never a half-read case. */
class CaseJsonBadInputTest {

    private static final String VALID = CaseJson.write(Case.open("case-1", "pupil-1", ProtocolRef.STAPPENPLAN_2021)
            .append(CaseJsonRoundTripTest.oneOfEach(CaseJsonRoundTripTest.T0).get(1))
            .append(CaseJsonRoundTripTest.oneOfEach(CaseJsonRoundTripTest.T0.plusSeconds(60))
                    .get(2)));

    private static InvalidInputException reading(String json) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> CaseJson.read(json));
        assertThat(e).as("an InvalidInputException for %s", json).isNotNull();
        // never the parser's internals in a message meant for people
        assertThat(e.getMessage())
                .doesNotContain("tools.jackson", "com.fasterxml", "Exception", "\n", "\tat ")
                .hasSizeLessThan(600); // one line; an unknown action type lists the valid ones
        return e;
    }

    @Test
    void a_syntax_error_is_reported_with_line_and_column() {
        InvalidInputException e = reading("{\n  \"schemaVersion\": 1,\n  \"id\": \"case-1\"\n  \"pupilRef\": \"x\"\n}");
        assertThat(e.location()).isEqualTo("4:3");
        assertThat(e.problem()).contains("Unexpected character");
    }

    @Test
    void an_unknown_field_is_named_with_its_pointer_and_the_fields_that_are_expected() {
        InvalidInputException e = reading(VALID.replace("\"observedOn\"", "\"seenOn\""));
        assertThat(e.location()).isEqualTo("/events/0/action/seenOn");
        assertThat(e.problem()).startsWith("unknown field; expected one of: type, at, actor, observedOn");
    }

    @Test
    void a_wrong_type_is_named_with_what_was_expected_and_what_was_found() {
        InvalidInputException e = reading(VALID.replace("\"anonymous\" : true", "\"anonymous\" : \"yes\""));
        assertThat(e.location()).isEqualTo("/events/1/action/anonymous");
        assertThat(e.problem()).isEqualTo("expected true or false, found a string");
    }

    @Test
    void an_unknown_enum_value_lists_the_valid_values() {
        InvalidInputException e = reading(VALID.replace("\"DISCLOSURE\"", "\"BRUISE\""));
        assertThat(e.location()).isEqualTo("/events/0/action/signal");
        assertThat(e.problem())
                .isEqualTo("unknown value 'BRUISE'; valid: INJURY, NEGLECT, BEHAVIOUR, STATEMENT, DISCLOSURE,"
                        + " CONVERSATION_REPORT, OTHER, KINDCHECK");
    }

    @Test
    void an_unknown_role_lists_the_roles() {
        InvalidInputException e = reading(VALID.replace("\"role\" : \"TEACHER\"", "\"role\" : \"JANITOR\""));
        assertThat(e.problem()).startsWith("unknown value 'JANITOR'; valid: TEACHER, INTERN_BEGELEIDER, DIRECTOR");
    }

    @Test
    void an_unknown_action_type_lists_the_action_types() {
        InvalidInputException e = reading(VALID.replace("\"LOG_ENTRY\"", "\"PHONE_CALL\""));
        assertThat(e.location()).isEqualTo("/events/0/action/type");
        assertThat(e.problem()).startsWith("unknown action type 'PHONE_CALL'; valid: IB_NOTIFICATION, LOG_ENTRY");
    }

    @Test
    void a_missing_required_field_is_named() {
        tools.jackson.databind.node.ObjectNode doc =
                (tools.jackson.databind.node.ObjectNode) Mappers.JSON.readTree(VALID);
        ((tools.jackson.databind.node.ObjectNode) doc.get("events").get(0).get("action")).remove("deterioration");
        InvalidInputException e = reading(doc.toString());
        assertThat(e.location()).isEqualTo("/events/0/action/deterioration");
        assertThat(e.problem()).isEqualTo("missing required field");
    }

    @Test
    void a_value_the_model_refuses_is_reported_at_its_object_with_the_models_reason() {
        InvalidInputException e = reading(VALID.replace("\"staffId\" : \"lk-104\"", "\"staffId\" : \"../etc\""));
        assertThat(e.location()).isEqualTo("/events/0/action/actor");
        assertThat(e.problem()).startsWith("Actor.staffId must be");
    }

    @Test
    void timestamps_that_go_backwards_are_refused() {
        String backwards = VALID.replace("2026-09-07T07:31:00Z", "2026-09-06T07:31:00Z");
        InvalidInputException e = reading(backwards);
        assertThat(e.location()).isEqualTo("/");
        assertThat(e.problem()).contains("Case.events[1].at").contains("before the previous event");
    }

    @Test
    void a_newer_schema_version_is_refused_with_a_message_saying_so() {
        InvalidInputException e = reading(VALID.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 99"));
        assertThat(e.location()).isEqualTo("/schemaVersion");
        assertThat(e.problem())
                .isEqualTo("schema version 99 is newer than this library reads (1); use a newer meldcode");
    }

    @Test
    void a_document_without_schema_version_is_refused() {
        InvalidInputException e = reading(VALID.replace("\"schemaVersion\" : 1,", ""));
        assertThat(e.location()).isEqualTo("/schemaVersion");
    }

    @Test
    void an_empty_document_is_refused() {
        assertThat(reading("").problem()).isEqualTo("the input is empty");
        assertThat(reading("   \n ").problem()).isEqualTo("the input is empty");
    }

    @Test
    void a_binary_document_is_refused() {
        assertThat(reading("{\u0000\u0001\u0002}").problem()).isEqualTo("the input is binary, not text");
    }

    @Test
    void bytes_that_are_not_utf8_are_refused() {
        byte[] bytes = VALID.replace("ëën", "XXX").getBytes(StandardCharsets.UTF_8);
        int at = VALID.replace("ëën", "XXX").indexOf("XXX");
        bytes[at] = (byte) 0xC3; // a lead byte without its continuation
        bytes[at + 1] = (byte) 0x28;
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> CaseJson.read(new ByteArrayInputStream(bytes)));
        assertThat(e.problem()).isEqualTo("the input is not UTF-8 text");
    }

    @Test
    void a_duplicate_key_is_refused() {
        InvalidInputException e =
                reading(VALID.replace("\"id\" : \"case-1\",", "\"id\" : \"case-1\", \"id\" : \"case-2\","));
        assertThat(e.problem()).contains("Duplicate");
    }

    @Test
    void deep_nesting_is_refused_within_the_limit() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        InvalidInputException e = reading(deep);
        assertThat(e.problem()).contains("nesting depth");
    }

    @Test
    void a_document_that_is_not_an_object_is_refused() {
        assertThat(reading("[1, 2]").problem()).isEqualTo("expected an object, found an array");
    }

    @Test
    void trailing_content_after_the_document_is_refused() {
        assertThat(reading(VALID + " {}").problem()).isEqualTo("unexpected content after the end of the document");
    }

    @Test
    void a_file_that_is_not_valid_is_refused_with_its_name_in_the_message(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("case-17.json");
        Files.writeString(file, VALID.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2"));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> CaseJson.read(file));
        assertThat(e.source()).isEqualTo(file.toString());
        assertThat(e.getMessage()).startsWith(file + ": /schemaVersion: schema version 2 is newer");
    }

    @Test
    void an_edited_event_is_refused_naming_the_first_event_that_no_longer_follows() {
        // GIVEN the valid document with the first event's text changed
        String edited = VALID.replace("\"type\" : \"LOG_ENTRY\"", "\"type\" : \"LOG_ENTRY\"")
                .replace("een tweede regel", "een andere regel");
        InvalidInputException e = reading(edited);
        assertThat(e.location()).isEqualTo("/events/1");
        assertThat(e.problem())
                .isEqualTo("the case's history was tampered with: event 2 does not follow event 1: an event was"
                        + " changed, removed, inserted or moved at or before it");
    }

    @Test
    void an_edited_last_event_is_refused_against_the_head_hash() {
        String edited = VALID.replace("\"anonymous\" : true", "\"anonymous\" : false");
        InvalidInputException e = reading(edited);
        assertThat(e.location()).isEqualTo("/headHash");
        assertThat(e.problem()).contains("the last event (2) was changed");
    }

    @Test
    void a_removed_event_is_refused() {
        tools.jackson.databind.node.ObjectNode doc =
                (tools.jackson.databind.node.ObjectNode) Mappers.JSON.readTree(VALID);
        ((tools.jackson.databind.node.ArrayNode) doc.get("events")).remove(0);
        ((tools.jackson.databind.node.ObjectNode) doc.get("events").get(0)).put("sequence", 1);
        InvalidInputException e = reading(doc.toString());
        assertThat(e.location()).isEqualTo("/events/0");
        assertThat(e.problem()).contains("event 1 does not start this case's chain");
    }
}
