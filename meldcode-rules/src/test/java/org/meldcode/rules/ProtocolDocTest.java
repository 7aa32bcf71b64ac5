package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Clause;
import org.meldcode.protocol.Protocol;

/**
 * The protocol pages stay true: docs/protocol.md lists every clause and rule of the seed plan,
 * docs/protocols.md every clause and rule of the national framework (the staff-perpetrator route,
 * part of both, in both).
 */
class ProtocolDocTest {

    @ParameterizedTest(name = "{0}@{1} in docs/{2}")
    @CsvSource({"stappenplan, 2021-09, protocol.md", "landelijk, 2019-01, protocols.md"})
    void the_protocol_page_lists_every_clause_and_every_rule(String id, String version, String page)
            throws IOException {
        ProtocolRef ref = new ProtocolRef(id, version);
        String doc = Files.readString(Path.of("..", "docs", page), StandardCharsets.UTF_8);
        for (Clause clause : Protocol.of(ref).clauses()) {
            assertThat(doc).as("clause %s in docs/%s", clause.id(), page).contains("| " + clause.id() + " |");
        }
        for (KiePackage p : RuleBases.of(ref).getKiePackages()) {
            for (Rule r : p.getRules()) {
                assertThat(doc).as("rule '%s' in docs/%s", r.getName(), page).contains("`" + r.getName() + "`");
            }
        }
    }
}
