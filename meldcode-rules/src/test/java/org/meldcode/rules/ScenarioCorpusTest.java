package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meldcode.json.error.InvalidInputException;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Clause;
import org.meldcode.protocol.Protocol;
import org.meldcode.scenario.Expectation;
import org.meldcode.scenario.Scenario;
import org.meldcode.scenario.ScenarioFiles;
import org.meldcode.scenario.ScenarioResult;
import org.meldcode.scenario.ScenarioRunner;
import org.meldcode.scenario.ScenarioStep;
import org.meldcode.scenario.StepResult;

/**
 * The scenario corpus under {@code src/test/resources/scenarios} (format: {@code docs/scenarios.md}):
 * every file is replayed through the engine as one dynamic test, and the corpus must show every
 * clause of each protocol's catalogue both permitting the right way and refusing (the national
 * framework's scenarios are under {@code landelijk/}, the seed plan's staff route under
 * {@code staffroute/}).
 */
class ScenarioCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/scenarios");

    private static final ScenarioRunner RUNNER = new ScenarioRunner(MeldcodeRules::forSchool);

    /**
     * Clauses whose refusal no scenario can show: none. (SP-1.3 needs the school's list of known
     * names, which a scenario gives as {@code school: {knownNames: "...; ..."}}.)
     */
    private static final Set<String> REFUSED_SIDE_EXCEPTIONS =
            // AR-1.1 only permits: any staff member records acute danger at any moment; what refuses
            // such a record is another clause (the roles, a closed case), shown in docs/scenarios.md.
            Set.of("AR-1.1");

    /** Every scenario file of the corpus, in a stable order. */
    static List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            return walk.filter(Files::isRegularFile)
                    .filter(ScenarioCorpusTest::isScenarioFile)
                    .sorted()
                    .toList();
        }
    }

    private static boolean isScenarioFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /** Every scenario of the corpus, by file. */
    private static Map<Path, Scenario> scenarios() throws IOException {
        Map<Path, Scenario> out = new LinkedHashMap<>();
        for (Path file : files()) {
            out.put(file, ScenarioFiles.read(file));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> every_scenario_gets_the_rulings_and_guidance_it_expects() throws IOException {
        return files().stream().map(file -> {
            Scenario scenario;
            try {
                scenario = ScenarioFiles.read(file);
            } catch (InvalidInputException e) {
                return DynamicTest.dynamicTest(
                        CORPUS.relativize(file).toString(), file.toUri(), () -> fail(e.getMessage()));
            }
            return DynamicTest.dynamicTest(scenario.name(), file.toUri(), () -> run(file, scenario));
        });
    }

    private static void run(Path file, Scenario scenario) {
        ScenarioResult result;
        try {
            result = RUNNER.run(scenario);
        } catch (IllegalArgumentException e) { // e.g. a case id the model refuses
            fail(file + ": \"" + scenario.name() + "\" cannot run: " + e.getMessage(), e);
            return;
        }
        if (result.passed()) {
            return;
        }
        StringBuilder message = new StringBuilder()
                .append(file)
                .append(": \"")
                .append(scenario.name())
                .append("\": ")
                .append(result.steps().size() - result.passedSteps())
                .append(" of ")
                .append(result.steps().size())
                .append(" steps went otherwise than expected");
        for (StepResult step : result.steps()) {
            for (String mismatch : step.mismatches()) {
                message.append(System.lineSeparator())
                        .append("  step ")
                        .append(step.step().number())
                        .append(" (")
                        .append(step.step().action().type())
                        .append("): ")
                        .append(mismatch);
            }
        }
        fail(message.toString());
    }

    static List<ProtocolRef> protocols() {
        return Protocol.known();
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void the_corpus_shows_every_clause_permitting_and_refusing(ProtocolRef protocol) throws IOException {
        Map<Path, Scenario> corpus = new LinkedHashMap<>(scenarios());
        corpus.values().removeIf(s -> !s.protocol().equals(protocol));
        assertThat(corpus).as("scenario files of %s under %s", protocol, CORPUS).isNotEmpty();
        List<Clause> clauses = Protocol.of(protocol).clauses();

        Set<String> permitted = new TreeSet<>();
        Set<String> refused = new TreeSet<>();
        for (Map.Entry<Path, Scenario> e : corpus.entrySet()) {
            List<ScenarioStep> steps = e.getValue().steps();
            Expectation last = steps.get(steps.size() - 1).expected();
            String fileName = e.getKey().getFileName().toString();
            if (last instanceof Expectation.Refused r) {
                refused.addAll(r.clauses());
            } else {
                for (Clause c : clauses) {
                    if (fileName.startsWith(c.id().toLowerCase(Locale.ROOT) + "-")) {
                        permitted.add(c.id());
                    }
                }
            }
        }

        List<String> missing = new ArrayList<>();
        for (Clause c : clauses) {
            if (!permitted.contains(c.id())) {
                missing.add(c.id() + ": no scenario named " + c.id().toLowerCase(Locale.ROOT)
                        + "-… whose last step is permitted");
            }
            if (!refused.contains(c.id()) && !REFUSED_SIDE_EXCEPTIONS.contains(c.id())) {
                missing.add(c.id() + ": no scenario whose last step is refused citing it");
            }
            if (refused.contains(c.id()) && REFUSED_SIDE_EXCEPTIONS.contains(c.id())) {
                missing.add(c.id() + ": a scenario now shows its refusal; remove it from REFUSED_SIDE_EXCEPTIONS"
                        + " and from docs/scenarios.md");
            }
        }
        assertThat(missing).as("clauses the scenario corpus does not cover").isEmpty();
    }

    @Test
    void scenario_names_are_unique_full_sentences() throws IOException {
        Map<String, Path> byName = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Path, Scenario> e : scenarios().entrySet()) {
            String name = e.getValue().name();
            Path file = e.getKey();
            Path other = byName.putIfAbsent(name, file);
            if (other != null) {
                problems.add(file + ": the name \"" + name + "\" is also used by " + other);
            }
            if (!Character.isUpperCase(name.codePointAt(0))) {
                problems.add(file + ": the name \"" + name + "\" does not start with a capital letter");
            }
            if (!name.endsWith(".")) {
                problems.add(file + ": the name \"" + name + "\" does not end with a full stop");
            }
        }
        assertThat(problems).as("scenario names").isEmpty();
    }
}
