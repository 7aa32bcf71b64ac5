package org.meldcode.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meldcode.json.error.InvalidInputException;
import org.meldcode.json.internal.Mappers;
import org.meldcode.model.ActionType;
import org.meldcode.model.LogEntry;

/** Scenario files: YAML or JSON, checked completely before anything runs. */
class ScenarioFilesTest {

    private static final String YAML = """
            name: A consultation before the IB is informed is refused.
            protocol: {id: stappenplan, version: "2021-09"}
            school: {name: "OBS De Testboom (fictief)"}
            case: {id: case-0042, pupilRef: pupil-0042}
            steps:
              - at: 2026-09-07T08:00:00Z
                actor: {role: TEACHER, staffId: lk-104}
                action: {type: LOG_ENTRY, observedOn: 2026-09-07, signal: INJURY, source: OWN_OBSERVATION, text: "Bruise.", deterioration: false}
                expect: permitted
                guidance: {currentStep: 1, obligations: [SP-1.1], closed: false}
              - at: 2026-09-07T09:00:00Z
                actor: {role: TEACHER, staffId: lk-104}
                action: {type: CONSULTATION, participants: [{role: TEACHER, staffId: lk-104}], anonymous: true}
                expect: {refused: [SP-1.1, SP-2.1]}
            """;

    private static InvalidInputException reading(String yaml) {
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> ScenarioFiles.read(yaml, false));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).doesNotContain("tools.jackson", "Exception", "\n");
        return e;
    }

    @Test
    void a_yaml_scenario_reads_into_its_steps_with_at_and_actor_beside_the_action() {
        Scenario s = ScenarioFiles.read(YAML, false);
        assertThat(s.name()).isEqualTo("A consultation before the IB is informed is refused.");
        assertThat(s.caseId()).isEqualTo("case-0042");
        assertThat(s.school()).containsEntry("name", "OBS De Testboom (fictief)");
        assertThat(s.steps()).hasSize(2);
        assertThat(s.steps().get(0).action()).isInstanceOf(LogEntry.class);
        assertThat(s.steps().get(0).guidance()).isPresent();
        assertThat(s.steps().get(1).action().type()).isEqualTo(ActionType.CONSULTATION);
        assertThat(s.steps().get(1).expected())
                .isEqualTo(new Expectation.Refused(java.util.Set.of("SP-1.1", "SP-2.1")));
    }

    @Test
    void the_same_scenario_in_json_syntax_reads_the_same(@TempDir Path dir) throws Exception {
        Scenario fromYaml = ScenarioFiles.read(YAML, false);
        String json = Mappers.JSON.writeValueAsString(Mappers.YAML.readTree(YAML));
        Path file = dir.resolve("s.json");
        Files.writeString(file, json);
        assertThat(ScenarioFiles.read(file)).isEqualTo(fromYaml);
    }

    @Test
    void a_clause_that_is_not_in_the_catalogue_is_refused() {
        InvalidInputException e = reading(YAML.replace("SP-2.1", "SP-2.9"));
        assertThat(e.location()).isEqualTo("/steps/1/expect/refused/1");
        assertThat(e.problem()).isEqualTo("unknown clause 'SP-2.9' in protocol stappenplan@2021-09");
    }

    @Test
    void a_step_before_the_previous_one_in_time_is_refused() {
        InvalidInputException e = reading(YAML.replace("2026-09-07T09:00:00Z", "2026-09-07T07:00:00Z"));
        assertThat(e.location()).isEqualTo("/steps/1/at");
        assertThat(e.problem()).contains("before the previous step's");
    }

    @Test
    void at_and_actor_inside_the_action_are_refused_with_a_hint() {
        InvalidInputException e = reading(YAML.replace("{type: CONSULTATION,", "{type: CONSULTATION, at: x,"));
        assertThat(e.location()).isEqualTo("/steps/1/action/at");
        assertThat(e.problem()).isEqualTo("'at' belongs beside the action, not in it");
    }

    @Test
    void errors_in_at_and_actor_point_at_the_step_not_at_the_action() {
        InvalidInputException e = reading(YAML.replace(
                "role: TEACHER, staffId: lk-104}\n    action: {type: CONSULTATION",
                "role: JANITOR, staffId: lk-104}\n    action: {type: CONSULTATION"));
        assertThat(e.location()).isEqualTo("/steps/1/actor/role");
        assertThat(e.problem()).startsWith("unknown value 'JANITOR'");
    }

    @Test
    void an_unknown_protocol_is_refused_with_the_known_ones() {
        InvalidInputException e = reading(YAML.replace("id: stappenplan", "id: elders"));
        assertThat(e.location()).isEqualTo("/protocol");
        assertThat(e.problem()).contains("elders@2021-09").contains("stappenplan@2021-09");
    }

    @Test
    void an_expectation_that_is_neither_permitted_nor_refused_is_refused() {
        InvalidInputException e = reading(YAML.replace("expect: permitted", "expect: allowed"));
        assertThat(e.location()).isEqualTo("/steps/0/expect");
    }

    @Test
    void a_yaml_syntax_error_is_reported_with_line_and_column() {
        InvalidInputException e = reading(YAML.replace("steps:\n", "steps: [\n"));
        assertThat(e.location()).matches("\\d+:\\d+");
    }

    @Test
    void an_unknown_top_level_key_is_refused() {
        InvalidInputException e = reading("title: x\n" + YAML);
        assertThat(e.location()).isEqualTo("/title");
        assertThat(e.problem()).isEqualTo("unknown field; expected one of: case, name, protocol, school, steps");
    }
}
