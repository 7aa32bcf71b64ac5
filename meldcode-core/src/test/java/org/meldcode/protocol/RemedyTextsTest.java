package org.meldcode.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.Finding;

/** Every refusal text has a remedy ("what would make it permitted") in Dutch and English. */
class RemedyTextsTest {

    @Test
    void every_refusal_text_has_a_remedy_in_both_languages() {
        for (Locale language : List.of(Message.DUTCH, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("org.meldcode.messages", language);
            List<String> refusals = Collections.list(bundle.getKeys()).stream()
                    .filter(k -> k.startsWith("refusal."))
                    .toList();
            assertThat(refusals).hasSizeGreaterThan(20);
            for (String key : refusals) {
                String remedy = "remedy." + key.substring("refusal.".length());
                assertThat(bundle.containsKey(remedy))
                        .as("%s for %s in %s", remedy, key, language)
                        .isTrue();
                assertThat(bundle.getString(remedy)).isNotBlank();
            }
        }
    }

    @Test
    void a_finding_s_remedy_takes_the_refusal_s_arguments() {
        Clause clause = Protocol.of(org.meldcode.model.ProtocolRef.STAPPENPLAN_2021)
                .clauses()
                .get(1);
        Message cause = Message.of("refusal.order", 3, 2);
        Finding finding = new Finding(
                clause,
                cause,
                org.meldcode.engine.Remedy.takeFirst(
                        Finding.remedyText(cause),
                        java.util.Set.of(org.meldcode.model.ActionType.CONSULTATION),
                        java.util.Set.of(org.meldcode.model.Role.TEACHER)));
        assertThat(finding.remedy()).isEqualTo(Message.of("remedy.order", 3, 2));
        assertThat(finding.remedy().in(Locale.ENGLISH)).isEqualTo("Complete step 2 first.");
        assertThat(finding.remedy().dutch()).isEqualTo("Rond eerst stap 2 af.");
    }
}
