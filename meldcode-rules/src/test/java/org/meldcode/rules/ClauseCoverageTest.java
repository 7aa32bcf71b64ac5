package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.meldcode.engine.KnownNames;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Clause;
import org.meldcode.protocol.Protocol;
import org.meldcode.rules.facts.Clauses;
import org.meldcode.scenario.Expectation;
import org.meldcode.scenario.Scenario;
import org.meldcode.scenario.ScenarioFiles;
import org.meldcode.scenario.ScenarioRunner;
import org.meldcode.scenario.ScenarioStep;
import org.meldcode.testing.Generators;

/**
 * Generates, per protocol, {@code docs/clause-coverage.md} (the seed plan) and
 * {@code docs/clause-coverage-landelijk.md} (the national framework) — per clause, the rules, example
 * tests, scenarios and properties that cover it, and the result of rule ablation — and fails when a
 * clause lacks a rule, an example test, a scenario or a property, when a rule survives ablation, or
 * when a committed file is stale. Regenerate with:
 *
 * <pre>mvn -B -pl meldcode-rules -am test -Dtest=ClauseCoverageTest -Dsurefire.failIfNoSpecifiedTests=false -Dmeldcode.writeCoverage=true</pre>
 *
 * <p>Rule ablation (mutation testing for rules): each rule in turn is switched off with an
 * {@code AgendaFilter}, and the scenario corpus, then the properties (fixed seed, fewer sequences),
 * run against that engine; at least one must fail, or the rule is either dead or untested.
 */
@Tag("thorough") // a long run: in the profile "thorough" (README, docs/testing.md)
class ClauseCoverageTest {

    private static final Path CORPUS = Path.of("src/test/resources/scenarios");
    private static final Path EXAMPLES = Path.of("src/test/java/org/meldcode/rules/clauses");
    private static final Pattern CLAUSE = Pattern.compile("\"((?:SP|LK|SR|AR)-\\d\\.\\d)\"");
    private static final Pattern PROPERTY_CLAUSE = Pattern.compile("(sp|lk|sr|ar)_(\\d)_(\\d)");
    private static final int ABLATION_EXAMPLES = 300;
    private static final String REFERENCE_PROPERTY =
            "ReferenceAgreementTest.along_random_sequences_every_ruling_and_every_guidance_agree";
    private static final long ABLATION_SEED = 20260907L;

    static List<ProtocolRef> protocols() {
        return Protocol.known();
    }

    /** The coverage page of a protocol: the seed's keeps its name, others carry their id. */
    static Path docOf(ProtocolRef protocol) {
        return Path.of(
                "..",
                "docs",
                protocol.equals(ProtocolRef.STAPPENPLAN_2021)
                        ? "clause-coverage.md"
                        : "clause-coverage-" + protocol.id() + ".md");
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void the_clause_coverage_is_complete_every_rule_is_killed_and_the_committed_page_is_current(ProtocolRef ref)
            throws Exception {
        Protocol protocol = Protocol.of(ref);
        Path doc = docOf(ref);
        Coverage coverage = Coverage.compute(protocol);
        String page = coverage.render();
        if (Boolean.getBoolean("meldcode.writeCoverage")) {
            Files.writeString(doc, page, StandardCharsets.UTF_8);
        }
        for (Clause c : protocol.clauses()) {
            assertThat(coverage.rules.get(c.id())).as("rules for %s", c.id()).isNotEmpty();
            assertThat(coverage.examples.get(c.id()))
                    .as("example tests for %s", c.id())
                    .isNotEmpty();
            assertThat(coverage.scenarios.get(c.id()))
                    .as("scenarios for %s", c.id())
                    .isNotEmpty();
            assertThat(coverage.properties.get(c.id()))
                    .as("properties for %s", c.id())
                    .isNotEmpty();
        }
        assertThat(coverage.survivors())
                .as("rules that no scenario or property notices when switched off")
                .isEmpty();
        assertThat(Files.exists(doc)).as("%s exists", doc).isTrue();
        assertThat(Files.readString(doc, StandardCharsets.UTF_8))
                .as("%s is stale; regenerate it with -Dmeldcode.writeCoverage=true (see the class comment)", doc)
                .isEqualTo(page);
    }

    /** What covers each clause, and which test kills each rule. */
    static final class Coverage {
        final Protocol protocol;
        final Map<String, List<String>> rules = new LinkedHashMap<>();
        final Map<String, Set<String>> examples = new LinkedHashMap<>();
        final Map<String, Set<String>> scenarios = new LinkedHashMap<>();
        final Map<String, Set<String>> properties = new LinkedHashMap<>();
        final Map<String, String> killedBy = new LinkedHashMap<>();
        final Map<String, String> ruleClause = new LinkedHashMap<>();

        Coverage(Protocol protocol) {
            this.protocol = protocol;
        }

        static Coverage compute(Protocol protocol) throws Exception {
            Coverage c = new Coverage(protocol);
            for (Clause clause : protocol.clauses()) {
                c.rules.put(clause.id(), new ArrayList<>());
                c.examples.put(clause.id(), new TreeSet<>());
                c.scenarios.put(clause.id(), new TreeSet<>());
                c.properties.put(clause.id(), new TreeSet<>());
            }
            List<Rule> all = new ArrayList<>();
            for (KiePackage p : RuleBases.of(protocol.ref()).getKiePackages()) {
                for (Rule r : p.getRules()) {
                    // the rules of setting clauses (ST-…) need a school's settings and a clock, which
                    // the corpus does not give: SchoolSettingsRulesTest covers and ablates them
                    if (protocol.clauses().contains(protocol.resolve(Clauses.of(r)))) {
                        all.add(r);
                    }
                }
            }
            all.sort(Comparator.comparing(Rule::getName));
            for (Rule r : all) {
                String id = protocol.resolve(Clauses.of(r)).id();
                c.rules.get(id).add(r.getName());
                c.ruleClause.put(r.getName(), id);
            }
            try (Stream<Path> files = Files.list(EXAMPLES)) {
                for (Path f : files.sorted().toList()) {
                    Matcher m = CLAUSE.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) {
                        if (c.examples.containsKey(m.group(1))) {
                            c.examples
                                    .get(m.group(1))
                                    .add(f.getFileName().toString().replace(".java", ""));
                        }
                    }
                }
            }
            Map<Path, Scenario> corpus = corpus(protocol.ref());
            for (Map.Entry<Path, Scenario> e : corpus.entrySet()) {
                String file = CORPUS.relativize(e.getKey()).toString();
                for (ScenarioStep step : e.getValue().steps()) {
                    if (step.expected() instanceof Expectation.Refused refused) {
                        refused.clauses().forEach(id -> c.scenarios.get(id).add(file));
                    }
                }
                String base = e.getKey().getFileName().toString();
                for (Clause clause : protocol.clauses()) {
                    if (base.startsWith(clause.id().toLowerCase() + "-")) {
                        c.scenarios.get(clause.id()).add(file);
                    }
                }
            }
            for (Method m : propertyMethods(protocol.ref())) {
                Matcher pm = PROPERTY_CLAUSE.matcher(m.getName());
                boolean named = false;
                while (pm.find()) {
                    String id = pm.group(1).toUpperCase(java.util.Locale.ROOT) + "-" + pm.group(2) + "." + pm.group(3);
                    if (c.properties.containsKey(id)) {
                        c.properties.get(id).add(m.getName());
                    }
                    named = true;
                }
                if (!named
                        && (m.getName().startsWith("every_refusal")
                                || m.getName().startsWith("replaying"))) {
                    for (Clause clause : protocol.clauses()) {
                        c.properties.get(clause.id()).add(m.getName());
                    }
                }
            }
            // the reference oracle compares the clause ids of every ruling of the seed plan: it covers
            // every clause of the plan's own (not the staff route, which it does not generate)
            if (protocol.ref().equals(ProtocolRef.STAPPENPLAN_2021)) {
                for (Clause clause : protocol.clauses()) {
                    if (clause.id().startsWith("SP-")) {
                        c.properties.get(clause.id()).add(REFERENCE_PROPERTY);
                    }
                }
            }
            for (Rule r : all) {
                c.killedBy.put(r.getName(), killer(protocol.ref(), r.getName(), corpus));
            }
            return c;
        }

        List<String> survivors() {
            return killedBy.entrySet().stream()
                    .filter(e -> e.getValue() == null)
                    .map(Map.Entry::getKey)
                    .toList();
        }

        String render() {
            StringBuilder b = new StringBuilder();
            b.append("# Clause coverage\n\n")
                    .append(
                            "Generated by `ClauseCoverageTest` (meldcode-rules); `mvn verify` fails when a clause lacks a\n")
                    .append(
                            "rule, an example test, a scenario or a property, when a rule survives ablation, or when this\n")
                    .append("page is stale. Protocol: `")
                    .append(protocol.ref())
                    .append("`.\n\n")
                    .append("| clause | rules | example tests | scenarios | properties |\n")
                    .append("|---|---|---|---|---|\n");
            for (Clause clause : protocol.clauses()) {
                String id = clause.id();
                b.append("| ")
                        .append(id)
                        .append(" | ")
                        .append(rules.get(id).size())
                        .append(" | ")
                        .append(String.join(", ", examples.get(id)))
                        .append(" | ")
                        .append(scenarios.get(id).size())
                        .append(" | ")
                        .append(properties.get(id).size())
                        .append(" |\n");
            }
            b.append("\n## Per clause\n");
            for (Clause clause : protocol.clauses()) {
                String id = clause.id();
                b.append("\n### ")
                        .append(id)
                        .append(" — ")
                        .append(clause.text().english())
                        .append("\n\n");
                b.append("- rules: ").append(code(rules.get(id))).append('\n');
                b.append("- example tests: ")
                        .append(String.join(", ", examples.get(id)))
                        .append('\n');
                b.append("- scenarios: ").append(code(scenarios.get(id))).append('\n');
                b.append("- properties: ").append(code(properties.get(id))).append('\n');
            }
            long killed = killedBy.values().stream().filter(v -> v != null).count();
            b.append("\n## Rule ablation\n\n")
                    .append(
                            "Each rule switched off in turn (an `AgendaFilter`); the scenario corpus, then the properties\n")
                    .append("(")
                    .append(ABLATION_EXAMPLES)
                    .append(" sequences each, seed ")
                    .append(ABLATION_SEED)
                    .append("), run against that engine. A rule is *killed* when at least one of them fails.\n\n")
                    .append("| rule | clause | killed by |\n|---|---|---|\n");
            killedBy.forEach((rule, by) -> b.append("| `")
                    .append(rule)
                    .append("` | ")
                    .append(ruleClause.get(rule))
                    .append(" | ")
                    .append(by == null ? "**survived**" : by)
                    .append(" |\n"));
            b.append("\nScore: **")
                    .append(killed)
                    .append(" / ")
                    .append(killedBy.size())
                    .append("** rules killed (")
                    .append(killedBy.isEmpty() ? 0 : 100 * killed / killedBy.size())
                    .append("%).\n");
            return b.toString();
        }

        private static String code(java.util.Collection<String> items) {
            return items.isEmpty() ? "—" : "`" + String.join("`, `", items) + "`";
        }
    }

    private static Map<Path, Scenario> corpus(ProtocolRef protocol) throws IOException {
        Map<Path, Scenario> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String n = f.toString();
                if (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json")) {
                    Scenario scenario = ScenarioFiles.read(f);
                    if (scenario.protocol().equals(protocol)) {
                        out.put(f, scenario);
                    }
                }
            }
        }
        return out;
    }

    /** The property class of a protocol. */
    private static Class<?> propertiesOf(ProtocolRef protocol) {
        return protocol.equals(ProtocolRef.STAPPENPLAN_2021)
                ? ProtocolInvariantsTest.class
                : NationalInvariantsTest.class;
    }

    private static List<Method> propertyMethods(ProtocolRef protocol) {
        List<Method> methods = new ArrayList<>();
        for (Method m : propertiesOf(protocol).getDeclaredMethods()) {
            if (m.isAnnotationPresent(Test.class) && !m.getName().startsWith("the_generated")) {
                methods.add(m);
            }
        }
        methods.sort(Comparator.comparing(Method::getName));
        return methods;
    }

    /** The first scenario or property that fails with the rule switched off, or null when none does. */
    private static String killer(ProtocolRef protocol, String rule, Map<Path, Scenario> corpus) throws Exception {
        ScenarioRunner runner = new ScenarioRunner(names -> ablated(rule, names));
        for (Map.Entry<Path, Scenario> e : corpus.entrySet()) {
            if (!runner.run(e.getValue()).passed()) {
                return "scenario `" + CORPUS.relativize(e.getKey()) + "`";
            }
        }
        boolean seed = protocol.equals(ProtocolRef.STAPPENPLAN_2021);
        MeldcodeEngine saved = seed ? ProtocolInvariantsTest.engine : NationalInvariantsTest.engine;
        int savedExamples = seed ? ProtocolInvariantsTest.examples : NationalInvariantsTest.examples;
        long savedSeed = seed ? ProtocolInvariantsTest.seed : NationalInvariantsTest.seed;
        MeldcodeEngine ablated = ablated(rule, KnownNames.of(Generators.KNOWN_NAMES));
        if (seed) {
            ProtocolInvariantsTest.seed = ABLATION_SEED;
            ProtocolInvariantsTest.engine = ablated;
            ProtocolInvariantsTest.examples = ABLATION_EXAMPLES;
        } else {
            NationalInvariantsTest.seed = ABLATION_SEED;
            NationalInvariantsTest.engine = ablated;
            NationalInvariantsTest.examples = ABLATION_EXAMPLES;
        }
        try {
            Object instance = propertiesOf(protocol).getDeclaredConstructor().newInstance();
            for (Method m : propertyMethods(protocol)) {
                m.setAccessible(true);
                try {
                    m.invoke(instance);
                } catch (InvocationTargetException failed) {
                    if (failed.getCause() instanceof AssertionError) {
                        return "property `" + m.getName() + "`";
                    }
                    throw failed;
                }
            }
        } finally {
            if (seed) {
                ProtocolInvariantsTest.engine = saved;
                ProtocolInvariantsTest.examples = savedExamples;
                ProtocolInvariantsTest.seed = savedSeed;
            } else {
                NationalInvariantsTest.engine = saved;
                NationalInvariantsTest.examples = savedExamples;
                NationalInvariantsTest.seed = savedSeed;
            }
        }
        return null;
    }

    private static MeldcodeEngine ablated(String rule, KnownNames names) {
        return new DroolsEngine(
                names, false, match -> !match.getRule().getName().equals(rule));
    }
}
