package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Clause;
import org.meldcode.protocol.Protocol;
import org.meldcode.rules.facts.Clauses;

/** The compiled knowledge base against the clause catalogue: every rule cites a clause, every clause has a rule. */
class RuleCatalogueTest {

    private static final ProtocolRef SEED = ProtocolRef.STAPPENPLAN_2021;
    private static final Protocol PROTOCOL = Protocol.of(SEED);

    private static List<Rule> rules() {
        KieBase base = RuleBases.of(SEED);
        List<Rule> rules = new ArrayList<>();
        for (KiePackage p : base.getKiePackages()) {
            rules.addAll(p.getRules());
        }
        return rules;
    }

    @Test
    void the_knowledge_base_holds_exactly_the_expected_rules() throws IOException {
        // GIVEN the list of rules the protocol must have
        Set<String> expected = new TreeSet<>();
        for (String line : Files.readAllLines(
                Path.of("src/test/resources/expected-rules-stappenplan.txt"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                expected.add(line.strip());
            }
        }
        // WHEN the knowledge base is built from the executable model
        Set<String> actual = new TreeSet<>();
        rules().forEach(r -> actual.add(r.getName()));
        // THEN it holds exactly those (an empty or stale model fails here)
        assertThat(expected).hasSizeGreaterThan(40);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void every_rule_cites_a_clause_of_the_catalogue_and_its_name_starts_with_that_clause() {
        for (Rule rule : rules()) {
            String cited = Clauses.of(rule);
            assertThat(cited).as("@clause of rule '%s'", rule.getName()).isNotEmpty();
            Clause clause = PROTOCOL.resolve(cited);
            String prefix = cited.startsWith("common.") ? cited.substring("common.".length()) : clause.id();
            assertThat(rule.getName())
                    .as("name of the rule citing %s", cited)
                    .matches(Pattern.quote(prefix) + "[: ].+");
        }
    }

    @Test
    void every_clause_of_the_catalogue_has_at_least_one_rule() {
        Map<String, List<String>> byClause = new TreeMap<>();
        for (Rule rule : rules()) {
            byClause.computeIfAbsent(PROTOCOL.resolve(Clauses.of(rule)).id(), k -> new ArrayList<>())
                    .add(rule.getName());
        }
        for (Clause clause : PROTOCOL.clauses()) {
            assertThat(byClause).as("rules for clause %s", clause.id()).containsKey(clause.id());
        }
    }

    @Test
    void no_drl_file_lies_outside_src_main_resources_where_the_plugin_would_ignore_it() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            List<Path> drl = files.filter(p -> p.toString().endsWith(".drl")).toList();
            assertThat(drl).isNotEmpty().allMatch(p -> p.startsWith(Path.of("src", "main", "resources")));
        }
    }

    @Test
    void the_clause_metadata_is_read_without_quotes_whatever_the_compile_path() {
        Pattern quoted = Pattern.compile("^\"?([A-Za-z0-9.-]+)\"?$");
        for (Rule rule : rules()) {
            Matcher m = quoted.matcher(Clauses.of(rule));
            assertThat(m.matches()).isTrue();
            assertThat(Clauses.of(rule)).doesNotContain("\"");
        }
    }
}
