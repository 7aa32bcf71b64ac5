package org.meldcode.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActorTest {

    @Test
    void an_actor_requires_a_role() {
        assertThatNullPointerException()
                .isThrownBy(() -> new Actor(null, "staff-001"))
                .withMessage("Actor.role is required");
    }

    @Test
    void an_actor_requires_a_staff_id() {
        assertThatNullPointerException()
                .isThrownBy(() -> new Actor(Role.TEACHER, null))
                .withMessage("Actor.staffId is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t", "\n"})
    void an_actor_rejects_a_blank_staff_id(String blank) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Actor.of(Role.TEACHER, blank))
                .withMessage("Actor.staffId must not be blank");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "staff/001",
                "../x",
                "a\\b",
                "staff 001",
                " staff-001",
                "Zoë Testkind",
                "-leading-dash",
                ".hidden"
            })
    void an_actor_rejects_a_staff_id_that_is_not_an_opaque_identifier(String id) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Actor.of(Role.TEACHER, id))
                .withMessageStartingWith("Actor.staffId must be 1 to 100");
    }

    @Test
    void an_actor_rejects_a_staff_id_longer_than_100_characters() {
        String tooLong = "s".repeat(101);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Actor.of(Role.TEACHER, tooLong))
                .withMessageStartingWith("Actor.staffId");
    }

    @Test
    void an_actor_accepts_a_staff_id_of_exactly_100_characters() {
        String longest = "s".repeat(100);

        assertThat(Actor.of(Role.TEACHER, longest).staffId()).isEqualTo(longest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "staff-001", "T.42", "urn:school:staff:9", "a_b", "ABC123"})
    void an_actor_accepts_opaque_identifiers(String id) {
        Actor actor = Actor.of(Role.DIRECTOR, id);

        assertThat(actor.staffId()).isEqualTo(id);
        assertThat(actor.role()).isEqualTo(Role.DIRECTOR);
    }

    @Test
    void actors_are_equal_by_role_and_staff_id_and_print_as_role_colon_id() {
        assertThat(Actor.of(Role.TEACHER, "staff-001")).isEqualTo(new Actor(Role.TEACHER, "staff-001"));
        assertThat(Actor.of(Role.TEACHER, "staff-001")).isNotEqualTo(Actor.of(Role.INTERN_BEGELEIDER, "staff-001"));
        assertThat(Actor.of(Role.TEACHER, "staff-001")).hasToString("TEACHER:staff-001");
    }

    @Test
    void a_protocol_ref_rejects_ids_and_versions_that_are_not_identifiers() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProtocolRef("../stappenplan", "2021-09"))
                .withMessageStartingWith("ProtocolRef.id");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProtocolRef("stappenplan", " "))
                .withMessage("ProtocolRef.version must not be blank");
        assertThat(ProtocolRef.STAPPENPLAN_2021).hasToString("stappenplan@2021-09");
    }
}
