package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.meldcode.model.Case;
import org.meldcode.model.Closure;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Clause;
import org.meldcode.protocol.Protocol;
import org.meldcode.rules.facts.Clauses;

/**
 * Each protocol's compiled knowledge base against its clause catalogue: every rule cites a clause,
 * every clause has a rule, and the base holds exactly the rules of {@code expected-rules-<id>.txt}.
 */
class RuleCatalogueTest {

    static List<ProtocolRef> protocols() {
        return Protocol.known();
    }

    private static List<Rule> rules(ProtocolRef protocol) {
        KieBase base = RuleBases.of(protocol);
        List<Rule> rules = new ArrayList<>();
        for (KiePackage p : base.getKiePackages()) {
            rules.addAll(p.getRules());
        }
        return rules;
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void the_knowledge_base_holds_exactly_the_expected_rules(ProtocolRef protocol) throws IOException {
        // GIVEN the list of rules the protocol must have
        Set<String> expected = new TreeSet<>();
        for (String line : Files.readAllLines(
                Path.of("src/test/resources/expected-rules-" + protocol.id() + ".txt"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                expected.add(line.strip());
            }
        }
        // WHEN the knowledge base is built from the executable model
        Set<String> actual = new TreeSet<>();
        rules(protocol).forEach(r -> actual.add(r.getName()));
        // THEN it holds exactly those (an empty or stale model fails here)
        assertThat(expected).hasSizeGreaterThan(40);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void every_rule_cites_a_clause_of_the_catalogue_and_its_name_starts_with_that_clause(ProtocolRef protocol) {
        Protocol catalogue = Protocol.of(protocol);
        for (Rule rule : rules(protocol)) {
            String cited = Clauses.of(rule);
            assertThat(cited).as("@clause of rule '%s'", rule.getName()).isNotEmpty();
            Clause clause = catalogue.resolve(cited);
            String prefix = cited.startsWith("common.") ? cited.substring("common.".length()) : clause.id();
            assertThat(rule.getName())
                    .as("name of the rule citing %s", cited)
                    .matches(Pattern.quote(prefix) + "[: ].+");
        }
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void every_clause_of_the_catalogue_has_at_least_one_rule(ProtocolRef protocol) {
        Protocol catalogue = Protocol.of(protocol);
        Map<String, List<String>> byClause = new TreeMap<>();
        for (Rule rule : rules(protocol)) {
            byClause.computeIfAbsent(catalogue.resolve(Clauses.of(rule)).id(), k -> new ArrayList<>())
                    .add(rule.getName());
        }
        for (Clause clause : catalogue.clauses()) {
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

    @ParameterizedTest
    @MethodSource("protocols")
    void the_clause_metadata_is_read_without_quotes_whatever_the_compile_path(ProtocolRef protocol) {
        Pattern quoted = Pattern.compile("^\"?([A-Za-z0-9.-]+)\"?$");
        for (Rule rule : rules(protocol)) {
            Matcher m = quoted.matcher(Clauses.of(rule));
            assertThat(m.matches()).isTrue();
            assertThat(Clauses.of(rule)).doesNotContain("\"");
        }
    }

    @Test
    void a_case_of_an_unknown_protocol_is_refused_naming_the_known_ones() {
        Case unknown = Case.open("case-x", "pupil-x", new ProtocolRef("landelijk", "2011-07"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MeldcodeRules.engine().guide(unknown))
                .withMessageContaining("unknown protocol landelijk@2011-07")
                .withMessageContaining("stappenplan@2021-09")
                .withMessageContaining("landelijk@2019-01");
    }

    @Test
    void both_protocols_run_side_by_side_in_one_engine_each_on_its_own_rules() {
        var engine = MeldcodeRules.engine();
        for (ProtocolRef protocol : protocols()) {
            var c = Case.open("case-" + protocol.id(), "pupil-1", protocol);
            var ruling = engine.evaluate(c, new Closure(Instant.parse("2026-09-07T08:00:00Z"), Story.IB, "x"));
            assertThat(ruling.findings()).allMatch(f -> f.clause().protocol().equals(protocol));
            assertThat(ruling.permitted()).isFalse();
        }
    }
}
