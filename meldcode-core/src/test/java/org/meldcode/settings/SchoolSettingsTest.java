package org.meldcode.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.meldcode.model.ActionType;
import org.meldcode.model.Actor;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;
import org.meldcode.protocol.Protocol;

/** A school's settings: defaults that change nothing, and validation with the key named. */
class SchoolSettingsTest {

    private static final Protocol SEED = Protocol.of(ProtocolRef.STAPPENPLAN_2021);

    @Test
    void the_defaults_grant_every_action_to_exactly_the_roles_of_the_protocol() {
        for (ActionType type : ActionType.values()) {
            assertThat(SchoolSettings.DEFAULTS.rolesFor(SEED, type))
                    .as("%s", type)
                    .isEqualTo(SEED.rolesFor(type));
            for (Role role : Role.values()) {
                assertThat(SchoolSettings.DEFAULTS.grants(SEED, type, role)).isEqualTo(SEED.grants(type, role));
            }
        }
        assertThat(SchoolSettings.DEFAULTS.teacherMayJoinParentsConversation()).isFalse();
        assertThat(SchoolSettings.DEFAULTS.deadlines()).isEmpty();
        assertThat(SchoolSettings.DEFAULTS.followUpAfterHelp()).isEmpty();
        assertThat(SchoolSettings.DEFAULTS.isDefault()).isTrue();
    }

    @Test
    void skip_roles_in_the_settings_replace_the_protocols_roles_for_skipping_step_3_only() {
        SchoolSettings s = SchoolSettings.DEFAULTS.withConversationSkipRoles(Set.of(Role.INTERN_BEGELEIDER));

        assertThat(s.rolesFor(SEED, ActionType.CONVERSATION_SKIP)).containsExactly(Role.INTERN_BEGELEIDER);
        assertThat(s.grants(SEED, ActionType.CONVERSATION_SKIP, Role.TEACHER)).isFalse();
        assertThat(s.grants(SEED, ActionType.CONVERSATION_SKIP, Role.INTERN_BEGELEIDER))
                .isTrue();
        assertThat(s.rolesFor(SEED, ActionType.REPORT)).isEqualTo(SEED.rolesFor(ActionType.REPORT));
        assertThat(s.isDefault()).isFalse();
    }

    @Test
    void nobody_may_be_left_to_skip_step_3() {
        assertThatThrownBy(() -> SchoolSettings.DEFAULTS.withConversationSkipRoles(Set.of()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("conversationSkipRoles: name at least one role");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"P0D", "P-1D", "P1M-40D"})
    void a_deadline_of_zero_or_less_is_refused_with_the_step_named(String period) {
        assertThatThrownBy(() -> SchoolSettings.DEFAULTS.withStepDeadline(2, Period.parse(period)))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("stepDeadlines.2: must be a positive period");
        assertThatThrownBy(() -> SchoolSettings.DEFAULTS.withFollowUpAfterHelp(Period.parse(period)))
                .hasMessageStartingWith("followUpAfterHelp: must be a positive period");
    }

    @ParameterizedTest(name = "step {0}")
    @ValueSource(ints = {0, 6, 12, -1})
    void a_deadline_for_a_step_no_protocol_has_is_refused(int step) {
        assertThatThrownBy(() -> SchoolSettings.DEFAULTS.withStepDeadline(step, Period.ofDays(3)))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("stepDeadlines." + step + ": unknown step " + step);
    }

    @Test
    void deadlines_are_kept_in_step_order() {
        SchoolSettings s =
                SchoolSettings.DEFAULTS.withStepDeadline(4, Period.ofWeeks(1)).withStepDeadline(2, Period.ofDays(5));

        assertThat(s.deadlines())
                .containsExactly(new StepDeadline(2, Period.ofDays(5)), new StepDeadline(4, Period.ofWeeks(1)));
    }

    @Test
    void a_safeguarding_officer_is_listed_once() {
        Actor a = Actor.of(Role.INTERN_BEGELEIDER, "af-601");
        assertThatThrownBy(() ->
                        SchoolSettings.DEFAULTS.withSafeguardingOfficers(List.of(a, Actor.of(Role.DIRECTOR, "af-601"))))
                .hasMessage("safeguardingOfficers.1: staff id 'af-601' is listed twice");
    }

    @Test
    void the_settings_are_immutable_copies() {
        java.util.HashMap<Integer, Period> deadlines = new java.util.HashMap<>(Map.of(3, Period.ofDays(9)));
        SchoolSettings s = new SchoolSettings(
                "x", Optional.empty(), List.of(), true, Optional.empty(), Optional.empty(), deadlines);
        deadlines.put(4, Period.ofDays(1));

        assertThat(s.stepDeadlines()).containsOnlyKeys(3);
        assertThatThrownBy(() -> s.stepDeadlines().put(5, Period.ofDays(1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // --- Veilig Thuis contact ---

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "0800-2000, 08002000",
        "0800 2000, 08002000",
        "+31 800 2000, 08002000",
        "0031 800 2000, 08002000",
        "088-1234567, 0881234567",
        "036-1234567, 0361234567",
        "(036) 123 45 67, 0361234567",
        "020-1234567, 0201234567",
        "0591-123456, 0591123456",
        "06-12345678, 0612345678",
        "+31 6 12345678, 0612345678",
        "+31361234567, 0361234567",
        "0900-1234567, 09001234567"
    })
    void dutch_numbers_are_accepted(String written, String digits) {
        assertThat(VeiligThuisContact.dutchPhoneNumber(written)).hasValue(digits);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(
            strings = {
                "088-2000",
                "2000",
                "112",
                "+32 2 123 45 67",
                "+49 30 1234567",
                "0049 30 1234567",
                "0800-20000",
                "036-12345678",
                "06-1234567",
                "0800-CALL-NOW",
                "phone",
                "",
                "+31",
                "00-1234567"
            })
    void foreign_and_malformed_numbers_are_refused(String written) {
        assertThat(VeiligThuisContact.dutchPhoneNumber(written)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://veiligthuis.nl, veiligthuis.nl",
        "http://www.veiligthuis.nl/contact, veiligthuis.nl",
        "www.veiligthuis.nl, veiligthuis.nl",
        "veiligthuis.nl, veiligthuis.nl",
        "HTTPS://VeiligThuis.NL/, veiligthuis.nl",
        "https://veiligthuis-regio.example.org:8443/a?b=c, veiligthuis-regio.example.org"
    })
    void web_addresses_and_host_names_are_accepted(String written, String host) {
        assertThat(VeiligThuisContact.host(written)).hasValue(host);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(
            strings = {
                "ftp://veiligthuis.nl",
                "javascript:alert(1)",
                "mailto:info@veiligthuis.nl",
                "veiligthuis",
                "http://",
                "https://veilig thuis.nl",
                "https://user@veiligthuis.nl",
                "https://-bad-.nl",
                "https://veiligthuis.nl_x",
                ""
            })
    void other_addresses_are_refused(String written) {
        assertThat(VeiligThuisContact.host(written)).isEmpty();
    }

    @Test
    void a_contact_with_a_number_that_is_not_dutch_is_refused_with_the_key_named() {
        assertThatThrownBy(() -> new VeiligThuisContact("Regio", "Veilig Thuis Regio", "088-2000", "veiligthuis.nl"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("veiligThuis.phone: '088-2000' is not a Dutch phone number");
        assertThatThrownBy(() -> new VeiligThuisContact("Regio", "Veilig Thuis Regio", "0800-2000", "ftp://x.nl"))
                .hasMessageStartingWith("veiligThuis.website: 'ftp://x.nl' is not a web address");
        assertThatThrownBy(() -> new VeiligThuisContact(" ", "Veilig Thuis Regio", "0800-2000", "veiligthuis.nl"))
                .hasMessage("veiligThuis.region: is required");
    }

    @Test
    void a_valid_contact_keeps_what_was_written_and_gives_the_digits_and_host() {
        VeiligThuisContact c =
                new VeiligThuisContact("Regio", "Veilig Thuis Regio", " 0800-2000 ", "www.veiligthuis.nl");

        assertThat(c.phone()).isEqualTo("0800-2000");
        assertThat(c.phoneDigits()).isEqualTo("08002000");
        assertThat(c.websiteHost()).isEqualTo("veiligthuis.nl");
    }
}
