package org.meldcode.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.meldcode.model.ActionType;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;

/** The seed protocol, the stappenplan of September 2021, as the catalogue loads it. */
class ProtocolCatalogueTest {

    private static final Protocol STAPPENPLAN = Protocol.of(ProtocolRef.STAPPENPLAN_2021);
    private static final Set<ActionType> NATIONAL_ONLY =
            EnumSet.of(ActionType.HELP_AGREEMENT, ActionType.HELP_EVALUATION, ActionType.SAFETY_EXCEPTION);
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Set<String> DUTCH_WORDS = Set.of(
            "de", "het", "een", "en", "van", "is", "wordt", "niet", "stap", "wie", "of", "met", "bij", "directie");

    @Test
    void the_stappenplan_has_steps_one_to_five_in_order() {
        assertThat(STAPPENPLAN.ref()).isEqualTo(ProtocolRef.STAPPENPLAN_2021);
        assertThat(STAPPENPLAN.steps()).extracting(Step::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(STAPPENPLAN.step(3).key()).isEqualTo("step.stappenplan.3");
    }

    @Test
    void every_step_has_a_name_in_dutch_and_english() {
        for (Step step : STAPPENPLAN.steps()) {
            assertThat(step.name(Message.DUTCH))
                    .as("step %d in Dutch", step.number())
                    .isNotBlank();
            assertThat(step.name(Locale.ENGLISH))
                    .as("step %d in English", step.number())
                    .isNotBlank();
        }
        assertThat(STAPPENPLAN.step(2).name().dutch()).isEqualTo("Collegiale consultatie");
        assertThat(STAPPENPLAN.step(2).name().english()).isEqualTo("Collegial consultation");
    }

    @Test
    void asking_for_a_step_the_protocol_does_not_have_fails_naming_it() {
        assertThatThrownBy(() -> STAPPENPLAN.step(6))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("no step 6");
    }

    @Test
    void every_clause_id_has_the_form_sp_digit_dot_digit() {
        assertThat(STAPPENPLAN.clauses()).isNotEmpty();
        assertThat(STAPPENPLAN.clauses()).extracting(Clause::id).allMatch(id -> id.matches("(SP|SR|AR)-\\d\\.\\d"));
    }

    @Test
    void clause_ids_are_unique() {
        List<String> ids = STAPPENPLAN.clauses().stream().map(Clause::id).toList();

        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void every_clause_belongs_to_the_stappenplan_and_to_the_step_its_id_names_or_to_no_step() {
        for (Clause clause : STAPPENPLAN.clauses()) {
            int named = Character.getNumericValue(clause.id().charAt(3));
            // the acute route spans every step, whatever its number
            int expected = named >= 1 && named <= 5 && !clause.id().startsWith("AR-") ? named : 0;

            assertThat(clause.protocol()).as(clause.id()).isEqualTo(ProtocolRef.STAPPENPLAN_2021);
            assertThat(clause.step()).as("step of %s", clause.id()).isEqualTo(expected);
            assertThat(clause).hasToString(clause.id());
        }
    }

    @Test
    void every_clause_has_a_source_quoting_the_plan_in_dutch() {
        for (Clause clause : STAPPENPLAN.clauses()) {
            if (clause.id().startsWith("SR-") || clause.id().startsWith("AR-")) {
                continue; // the staff and acute routes quote the national sources (every protocol has them)
            }
            String source = clause.source();
            assertThat(source).as("source of %s", clause.id()).isNotBlank();

            // The quoted passages are the plan's own (Dutch) words.
            Matcher quotes = QUOTED.matcher(source);
            StringBuilder quoted = new StringBuilder();
            while (quotes.find()) {
                quoted.append(quotes.group(1)).append(' ');
            }
            assertThat(quoted).as("%s quotes the plan: %s", clause.id(), source).isNotEmpty();
            Set<String> words = Arrays.stream(
                            quoted.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                    .collect(Collectors.toSet());
            assertThat(words)
                    .as("%s quotes Dutch text: %s", clause.id(), quoted)
                    .containsAnyElementsOf(DUTCH_WORDS);
        }
    }

    @Test
    void the_catalogue_can_be_searched_by_clause_id() {
        assertThat(STAPPENPLAN.clause("SP-5.6").step()).isEqualTo(5);
        assertThat(STAPPENPLAN.find("SP-5.6")).map(Clause::id).contains("SP-5.6");
        assertThat(STAPPENPLAN.find("SP-9.9")).isEmpty();
        assertThatThrownBy(() -> STAPPENPLAN.clause("SP-9.9"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("SP-9.9")
                .hasMessageContaining("stappenplan@2021-09");
    }

    @ParameterizedTest
    @EnumSource(ActionType.class)
    void every_action_type_has_a_spec_with_a_step_and_at_least_one_role(ActionType type) {
        ActionSpec spec = STAPPENPLAN.actions().get(type);
        if (NATIONAL_ONLY.contains(type)) {
            // the national framework's own actions: the seed plan does not know them
            assertThat(spec).as("spec of %s", type).isNull();
            assertThat(STAPPENPLAN.rolesFor(type)).isEmpty();
            return;
        }

        assertThat(spec).as("spec of %s", type).isNotNull();
        assertThat(spec.type()).isEqualTo(type);
        assertThat(spec.roles()).as("roles of %s", type).isNotEmpty();
        assertThat(spec.step()).isBetween(0, 5);
        assertThat(STAPPENPLAN.stepOf(type)).isEqualTo(spec.step());
        assertThat(STAPPENPLAN.rolesFor(type)).isEqualTo(spec.roles());
        for (Role role : Role.values()) {
            assertThat(STAPPENPLAN.grants(type, role)).isEqualTo(spec.roles().contains(role));
        }
    }

    @Test
    void the_wie_column_grants_actions_to_the_roles_the_plan_names() {
        // the teacher informs the IB; the IB records own knowledge; a director informs the IB (SP-1.1)
        assertThat(STAPPENPLAN.rolesFor(ActionType.IB_NOTIFICATION))
                .containsExactlyInAnyOrder(Role.TEACHER, Role.INTERN_BEGELEIDER, Role.DIRECTOR);
        assertThat(STAPPENPLAN.grants(ActionType.IB_NOTIFICATION, Role.SCHOOL_SOCIAL_WORKER))
                .isFalse();
        // acute danger: any staff member, at any step (AR-1.1); the arrangement: the IB (SP-5.7)
        assertThat(STAPPENPLAN.rolesFor(ActionType.ACUTE_DANGER))
                .doesNotContain(Role.BOARD)
                .hasSize(5);
        assertThat(STAPPENPLAN.stepOf(ActionType.ACUTE_DANGER)).isZero();
        assertThat(STAPPENPLAN.rolesFor(ActionType.TELLING_ARRANGEMENT)).containsExactly(Role.INTERN_BEGELEIDER);
        assertThat(STAPPENPLAN.rolesFor(ActionType.PARENTS_CONVERSATION))
                .containsExactlyInAnyOrder(Role.INTERN_BEGELEIDER, Role.DIRECTOR);
        assertThat(STAPPENPLAN.grants(ActionType.PARENTS_CONVERSATION, Role.TEACHER))
                .isFalse();
        assertThat(STAPPENPLAN.grants(ActionType.DECISION, Role.TEACHER)).isFalse();
        assertThat(STAPPENPLAN.stepOf(ActionType.ADVICE)).isZero();
        assertThat(STAPPENPLAN.stepOf(ActionType.CLOSURE)).isZero();
    }

    @Test
    void the_shared_clause_roles_resolve_to_the_stappenplans_own_clauses() {
        assertThat(STAPPENPLAN.resolve("common.order").id()).isEqualTo("SP-0.1");
        assertThat(STAPPENPLAN.resolve("common.roles").id()).isEqualTo("SP-0.2");
        assertThat(STAPPENPLAN.resolve("common.closed").id()).isEqualTo("SP-0.3");
    }

    @Test
    void resolving_a_clause_id_gives_that_clause_and_an_unknown_role_fails() {
        assertThat(STAPPENPLAN.resolve("SP-3.5")).isEqualTo(STAPPENPLAN.clause("SP-3.5"));
        assertThatThrownBy(() -> STAPPENPLAN.resolve("common.unknown")).isInstanceOf(NoSuchElementException.class);
    }

    @ParameterizedTest(name = "step {0} requires step {1}")
    @CsvSource({"1, 0", "2, 0", "3, 2", "4, 3", "5, 4"})
    void each_step_requires_the_step_before_it_to_be_completed_from_step_three_on(int step, int required) {
        assertThat(STAPPENPLAN.requiredBefore(step)).isEqualTo(required);
    }

    @Test
    void an_actions_prerequisite_is_that_of_its_step() {
        assertThat(STAPPENPLAN.requiredBefore(ActionType.PUPIL_CONVERSATION)).isEqualTo(2);
        assertThat(STAPPENPLAN.requiredBefore(ActionType.RISK_ASSESSMENT)).isEqualTo(3);
        assertThat(STAPPENPLAN.requiredBefore(ActionType.REPORT)).isEqualTo(4);
        assertThat(STAPPENPLAN.requiredBefore(ActionType.CONSULTATION)).isZero();
        assertThat(STAPPENPLAN.requiredBefore(ActionType.ADVICE)).isZero();
    }

    @Test
    void an_unknown_protocol_is_refused_naming_the_known_ones() {
        ProtocolRef unknown = new ProtocolRef("stappenplan", "1999-01");

        assertThatThrownBy(() -> Protocol.of(unknown))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("stappenplan@1999-01")
                .hasMessageContaining("known")
                .hasMessageContaining("stappenplan@2021-09");
    }

    @Test
    void every_known_protocol_loads_and_is_loaded_once() {
        assertThat(Protocol.known()).containsExactly(ProtocolRef.STAPPENPLAN_2021, ProtocolRef.LANDELIJK_2019);
        for (ProtocolRef ref : Protocol.known()) {
            assertThat(Protocol.of(ref).ref()).isEqualTo(ref);
            assertThat(Protocol.of(ref)).isSameAs(Protocol.of(ref));
        }
    }

    @Test
    void a_loaded_protocol_cannot_be_changed() {
        assertThatThrownBy(() -> STAPPENPLAN.clauses().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> STAPPENPLAN.steps().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> STAPPENPLAN.actions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> STAPPENPLAN.rolesFor(ActionType.REPORT).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
