package org.meldcode.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.meldcode.model.ActionType;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;

/** The national framework's catalogue (landelijk@2019-01) and the staff route both protocols share. */
class NationalCatalogueTest {

    private static final Protocol NATIONAL = Protocol.of(ProtocolRef.LANDELIJK_2019);
    private static final Protocol SEED = Protocol.of(ProtocolRef.STAPPENPLAN_2021);

    @Test
    void the_national_framework_has_five_steps_each_waiting_for_the_one_before() {
        assertThat(NATIONAL.ref()).hasToString("landelijk@2019-01");
        assertThat(NATIONAL.steps()).extracting(Step::number).containsExactly(1, 2, 3, 4, 5);
        for (int step = 2; step <= 5; step++) {
            assertThat(NATIONAL.requiredBefore(step)).isEqualTo(step - 1);
        }
        assertThat(NATIONAL.step(5).name(Locale.ENGLISH)).contains("reporting necessary");
    }

    @Test
    void every_national_clause_id_names_its_step_and_has_texts_in_both_languages() {
        for (Clause clause : NATIONAL.clauses()) {
            assertThat(clause.id()).matches("(LK|SR|AR)-\\d\\.\\d");
            int named = Character.getNumericValue(clause.id().charAt(3));
            // the acute route spans every step, whatever its number
            assertThat(clause.step())
                    .as("step of %s", clause.id())
                    .isEqualTo(clause.id().startsWith("AR-") ? 0 : named);
            assertThat(clause.protocol()).isEqualTo(ProtocolRef.LANDELIJK_2019);
            assertThat(clause.source()).as("source of %s", clause.id()).contains("\"");
            assertThat(clause.text().dutch())
                    .isNotBlank()
                    .isNotEqualTo(clause.text().english());
        }
    }

    @Test
    void the_afwegingskader_has_a_clause_for_each_of_its_five_questions() {
        assertThat(NATIONAL.clauses())
                .extracting(Clause::id)
                .contains("LK-5.1", "LK-5.2", "LK-5.3", "LK-5.4", "LK-5.5", "LK-5.7", "LK-5.8");
        assertThat(NATIONAL.clause("LK-5.2").source()).contains("acute and/or structural unsafety", "doubt");
    }

    @Test
    void the_shared_clause_roles_resolve_to_the_national_clauses() {
        assertThat(NATIONAL.resolve("common.order").id()).isEqualTo("LK-0.1");
        assertThat(NATIONAL.resolve("common.roles").id()).isEqualTo("LK-0.2");
        assertThat(NATIONAL.resolve("common.closed").id()).isEqualTo("LK-0.3");
    }

    @Test
    void the_staff_route_is_the_same_in_both_protocols() {
        List<String> route = List.of("SR-1.1", "SR-1.2", "SR-1.3");
        for (String id : route) {
            assertThat(NATIONAL.clause(id).source()).isEqualTo(SEED.clause(id).source());
            assertThat(NATIONAL.clause(id).step()).isEqualTo(SEED.clause(id).step());
        }
        for (ActionType type :
                List.of(ActionType.STAFF_SUSPICION, ActionType.BOARD_NOTIFICATION, ActionType.INSPECTOR_CONSULTATION)) {
            assertThat(NATIONAL.actions().get(type)).isEqualTo(SEED.actions().get(type));
        }
        assertThat(NATIONAL.rolesFor(ActionType.INSPECTOR_CONSULTATION)).containsExactly(Role.BOARD);
    }

    @Test
    void the_national_framework_knows_its_own_actions_and_not_the_seeds_readiness_check() {
        assertThat(NATIONAL.rolesFor(ActionType.HELP_AGREEMENT))
                .containsExactlyInAnyOrder(Role.INTERN_BEGELEIDER, Role.DIRECTOR);
        assertThat(NATIONAL.stepOf(ActionType.HELP_EVALUATION)).isEqualTo(5);
        assertThat(NATIONAL.grants(ActionType.PARENTS_CONVERSATION, Role.TEACHER))
                .isTrue();
        assertThat(NATIONAL.rolesFor(ActionType.PUPIL_READINESS_CHECK)).isEmpty();
        assertThat(SEED.rolesFor(ActionType.HELP_AGREEMENT)).isEmpty();
    }

    @Test
    void an_unknown_version_of_the_national_framework_is_refused_naming_the_known_protocols() {
        assertThatThrownBy(() -> Protocol.of(new ProtocolRef("landelijk", "2011-07")))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("landelijk@2011-07")
                .hasMessageContaining("landelijk@2019-01");
    }
}
