package org.meldcode.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.meldcode.model.ActionType;
import org.meldcode.model.ProtocolRef;

/** The protocol's additions for school settings and the compliance review, as the seed declares them. */
class ProtocolSettingsAndDeclarationsTest {

    private static final Protocol SEED = Protocol.of(ProtocolRef.STAPPENPLAN_2021);

    @Test
    void setting_clauses_are_found_and_resolved_like_clauses_but_are_not_the_plans_text() {
        assertThat(SEED.settingClauses()).extracting(Clause::id).containsExactly("ST-1", "ST-2");
        assertThat(SEED.clauses()).extracting(Clause::id).doesNotContain("ST-1", "ST-2");
        assertThat(SEED.resolve("common.overdue").id()).isEqualTo("ST-1");
        assertThat(SEED.resolve("common.followUp").id()).isEqualTo("ST-2");
        assertThat(SEED.clause("ST-2").source()).startsWith("Schoolinstelling followUpAfterHelp");
    }

    @Test
    void every_protocol_has_setting_clauses_with_dutch_and_english_texts() {
        for (ProtocolRef ref : Protocol.known()) {
            Protocol p = Protocol.of(ref);
            assertThat(p.resolve("common.overdue")).isNotNull();
            assertThat(p.resolve("common.followUp")).isNotNull();
            for (Clause c : p.settingClauses()) {
                assertThat(c.text().dutch()).isNotBlank().isNotEqualTo(c.text().english());
            }
        }
    }

    @Test
    void every_step_of_every_protocol_is_completed_by_some_kind_of_action() {
        for (ProtocolRef ref : Protocol.known()) {
            Protocol p = Protocol.of(ref);
            for (Step s : p.steps()) {
                assertThat(p.completions()).as("%s step %d", ref, s.number()).containsValue(s.number());
            }
        }
    }

    @Test
    void the_seed_steps_are_completed_as_its_rules_complete_them() {
        assertThat(SEED.completes(ActionType.IB_NOTIFICATION)).isEqualTo(1);
        assertThat(SEED.completes(ActionType.LOG_ENTRY)).isZero();
        assertThat(SEED.completes(ActionType.CONSULTATION)).isEqualTo(2);
        assertThat(SEED.completes(ActionType.PUPIL_READINESS_CHECK)).isZero();
        assertThat(SEED.completes(ActionType.CONVERSATION_SKIP)).isEqualTo(3);
        assertThat(SEED.completes(ActionType.PARENTS_CONVERSATION)).isEqualTo(3);
        assertThat(SEED.completes(ActionType.RISK_ASSESSMENT)).isEqualTo(4);
        assertThat(SEED.completes(ActionType.DECISION)).isEqualTo(5);
        assertThat(SEED.completes(ActionType.REPORT)).isZero();
    }

    @Test
    void the_seed_declares_what_its_text_says_and_names_the_clauses() {
        assertThat(SEED.declaration("framework.afwegingskader")).hasValue("false");
        assertThat(SEED.declaration("decision.reportWhen")).hasValue("VERY_STRONG,CONFIRMED");
        assertThat(SEED.declaration("contact.veiligThuis.phone")).hasValue("088-2000");
        assertThat(SEED.declaration("contact.veiligThuis.website")).hasValue("www.amk-nederland.nl");
        assertThat(SEED.declaration("routes")).hasValue("");
        assertThat(SEED.declaration("no.such.key")).isEmpty();
        assertThat(SEED.declarationClauses("report.informParents"))
                .extracting(Clause::id)
                .containsExactly("SP-5.7");
        assertThat(SEED.declarationClauses("routes")).isEmpty();
    }

    @Test
    void the_seeds_contact_declarations_quote_the_plans_last_paragraph() {
        // The clause SP-6.1 quotes the paragraph in which the plan prints the number and the site.
        String source = SEED.clause("SP-6.1").source();
        assertThat(source).contains("altijd direct het Veilig Thuis raadplegen");
        assertThat(SEED.declarationClauses("contact.veiligThuis.phone"))
                .extracting(Clause::id)
                .containsExactly("SP-6.1");
    }
}
