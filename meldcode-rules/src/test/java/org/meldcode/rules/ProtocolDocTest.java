package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Clause;
import org.meldcode.protocol.Protocol;

/** docs/protocol.md stays true: every clause and every rule of the protocol is in its table. */
class ProtocolDocTest {

    @Test
    void the_protocol_page_lists_every_clause_and_every_rule() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "protocol.md"), StandardCharsets.UTF_8);
        for (Clause clause : Protocol.of(ProtocolRef.STAPPENPLAN_2021).clauses()) {
            assertThat(doc).as("clause %s in docs/protocol.md", clause.id()).contains("| " + clause.id() + " |");
        }
        for (KiePackage p : RuleBases.of(ProtocolRef.STAPPENPLAN_2021).getKiePackages()) {
            for (Rule r : p.getRules()) {
                assertThat(doc).as("rule '%s' in docs/protocol.md", r.getName()).contains("`" + r.getName() + "`");
            }
        }
    }
}
