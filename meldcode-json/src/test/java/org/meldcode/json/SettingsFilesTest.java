package org.meldcode.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.meldcode.json.error.InvalidInputException;
import org.meldcode.model.Actor;
import org.meldcode.model.Role;
import org.meldcode.settings.SchoolSettings;
import org.meldcode.settings.VeiligThuisContact;

/** Settings files: the documented example loads, and every bad value gets one line with its place. */
class SettingsFilesTest {

    private static final Path EXAMPLE = Path.of("..", "docs", "settings-example.yaml");

    @TempDir
    Path dir;

    @Test
    void the_example_in_the_docs_loads_with_every_setting() {
        SchoolSettings s = SettingsFiles.read(EXAMPLE);

        assertThat(s.schoolName()).isEqualTo("OBS De Testboom (fictief)");
        assertThat(s.veiligThuis())
                .hasValue(new VeiligThuisContact(
                        "Regio Voorbeeld (fictief)",
                        "Veilig Thuis Regio Voorbeeld",
                        "0800-2000",
                        "https://veiligthuis.nl"));
        assertThat(s.safeguardingOfficers())
                .containsExactly(Actor.of(Role.INTERN_BEGELEIDER, "af-601"), Actor.of(Role.DIRECTOR, "af-602"));
        assertThat(s.teacherMayJoinParentsConversation()).isFalse();
        assertThat(s.conversationSkipRoles()).hasValue(Set.of(Role.TEACHER, Role.INTERN_BEGELEIDER, Role.DIRECTOR));
        assertThat(s.followUpAfterHelp()).hasValue(Period.ofWeeks(6));
        assertThat(s.stepDeadlines())
                .containsExactly(
                        Map.entry(1, Period.ofDays(1)),
                        Map.entry(2, Period.ofDays(5)),
                        Map.entry(3, Period.ofWeeks(2)),
                        Map.entry(4, Period.ofWeeks(1)),
                        Map.entry(5, Period.ofWeeks(1)));
    }

    @Test
    void an_empty_object_gives_the_defaults_in_yaml_and_in_json() {
        assertThat(SettingsFiles.read("{}", true)).isEqualTo(SchoolSettings.DEFAULTS);
        assertThat(SettingsFiles.read("{}\n", false)).isEqualTo(SchoolSettings.DEFAULTS);
    }

    @Test
    void json_reads_the_same_settings() {
        SchoolSettings s = SettingsFiles.read("""
                {"teacherMayJoinParentsConversation": true, "stepDeadlines": {"2": "P3D"},
                 "conversationSkipRoles": ["INTERN_BEGELEIDER"]}
                """, true);

        assertThat(s.teacherMayJoinParentsConversation()).isTrue();
        assertThat(s.stepDeadlines()).containsExactly(Map.entry(2, Period.ofDays(3)));
        assertThat(s.conversationSkipRoles()).hasValue(Set.of(Role.INTERN_BEGELEIDER));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("colour: blue", "/colour: unknown key; expected one of:"),
                Arguments.of(
                        "veiligThuis: {region: R, name: N, phone: 0800-2000, website: x.nl, fax: 1}",
                        "/veiligThuis/fax: unknown key"),
                Arguments.of(
                        "conversationSkipRoles: [TEACHER, JANITOR]",
                        "/conversationSkipRoles/1: unknown role 'JANITOR'; expected one of: TEACHER,"),
                Arguments.of(
                        "safeguardingOfficers: [{role: CARETAKER, staffId: af-1}]",
                        "/safeguardingOfficers/0/role: unknown role 'CARETAKER'"),
                Arguments.of(
                        "safeguardingOfficers: [{role: DIRECTOR}]",
                        "/safeguardingOfficers/0/staffId: missing required field"),
                Arguments.of(
                        "safeguardingOfficers: [{role: DIRECTOR, staffId: 'a b'}]",
                        "/safeguardingOfficers/0/staffId: "),
                Arguments.of(
                        "safeguardingOfficers: [{role: DIRECTOR, staffId: a1}, {role: TEACHER, staffId: a1}]",
                        "/safeguardingOfficers/1: staff id 'a1' is listed twice"),
                Arguments.of("stepDeadlines: {2: -3}", "/stepDeadlines/2: must be a positive number of days, was -3"),
                Arguments.of("stepDeadlines: {2: 0}", "/stepDeadlines/2: must be a positive number of days"),
                Arguments.of("stepDeadlines: {3: P-2D}", "/stepDeadlines/3: must be a positive period"),
                Arguments.of("stepDeadlines: {3: soon}", "/stepDeadlines/3: 'soon' is no period"),
                Arguments.of("stepDeadlines: {7: P2D}", "/stepDeadlines/7: unknown step 7"),
                Arguments.of("stepDeadlines: {weighing: P2D}", "/stepDeadlines/weighing: unknown step 'weighing'"),
                Arguments.of("followUpAfterHelp: P0D", "/followUpAfterHelp: must be a positive period"),
                Arguments.of("followUpAfterHelp: true", "/followUpAfterHelp: expected a number of days or a period"),
                Arguments.of(
                        "teacherMayJoinParentsConversation: yes please",
                        "/teacherMayJoinParentsConversation: expected true or false"),
                Arguments.of("conversationSkipRoles: []", "/conversationSkipRoles: name at least one role"),
                Arguments.of(
                        "veiligThuis: {region: R, name: N, phone: 088-2000, website: veiligthuis.nl}",
                        "/veiligThuis/phone: '088-2000' is not a Dutch phone number"),
                Arguments.of(
                        "veiligThuis: {region: R, name: N, phone: +32 2 123 45 67, website: veiligthuis.nl}",
                        "/veiligThuis/phone: '+32 2 123 45 67' is not a Dutch phone number"),
                Arguments.of(
                        "veiligThuis: {region: R, name: N, phone: 2000, website: veiligthuis.nl}",
                        "/veiligThuis/phone: expected a string, found a number (put quotes around it)"),
                Arguments.of(
                        "veiligThuis: {region: R, name: N, phone: 0800-2000, website: 'ftp://veiligthuis.nl'}",
                        "/veiligThuis/website: 'ftp://veiligthuis.nl' is not a web address"),
                Arguments.of(
                        "veiligThuis: {region: R, phone: 0800-2000, website: veiligthuis.nl}",
                        "/veiligThuis/name: missing required field"),
                Arguments.of("- a list", "/: expected an object, found an array"),
                Arguments.of("school: [unclosed", "1:"),
                Arguments.of("", "the input is empty"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalid")
    void invalid_settings_are_refused_with_one_line_naming_the_file_and_the_place(String yaml, String problem)
            throws IOException {
        Path file = Files.writeString(dir.resolve("school.yaml"), yaml, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SettingsFiles.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "Exception", "tools.jackson"));
    }

    @Test
    void a_settings_file_of_the_wrong_size_is_refused_before_parsing() {
        String huge = "school: x\n" + "# padding\n".repeat(10_000);

        assertThatThrownBy(() -> SettingsFiles.read(huge, false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("larger than 64 KB");
    }
}
