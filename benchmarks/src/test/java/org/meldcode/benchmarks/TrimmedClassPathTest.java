package org.meldcode.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.rules.MeldcodeRules;
import org.meldcode.rules.reference.ReferenceEvaluator;
import org.meldcode.scenario.ScenarioFiles;
import org.meldcode.scenario.ScenarioResult;
import org.meldcode.scenario.ScenarioRunner;
import org.meldcode.testing.Generators;
import org.meldcode.testing.Replay;

/**
 * The engine runs on the trimmed run-time class path: meldcode-rules excludes from drools-engine
 * what only the build-time compilation of the executable model needs (the DRL parser and its
 * ANTLR runtimes, the Eclipse compiler, JavaParser, the MVEL parser and compiler, the code
 * generators, kie-util-maven-support, and drools-wiring-static). This module's test class path
 * inherits those exclusions, so here the engine runs without them: the whole scenario corpus, and
 * generated action sequences checked step by step against the plain-Java reference.
 */
class TrimmedClassPathTest {

    /** One class of each excluded jar. */
    private static final List<String> BUILD_TIME_ONLY = List.of(
            "org.drools.drl.parser.DrlParser", // drools-drl-parser
            "org.drools.drl.ast.descr.AccessorDescr", // drools-drl-ast
            "org.drools.drl.extensions.DecisionTableFactory", // drools-drl-extensions
            "org.drools.ecj.EclipseJavaCompiler", // drools-ecj
            "org.eclipse.jdt.internal.compiler.Compiler", // ecj
            "com.github.javaparser.JavaParser", // javaparser-core
            "org.antlr.v4.runtime.Lexer", // antlr4-runtime
            "org.antlr.runtime.Lexer", // antlr-runtime
            "org.drools.model.codegen.ExecutableModelProject", // drools-model-codegen
            "org.drools.codegen.common.AppPaths", // drools-codegen-common
            "org.drools.model.prototype.PrototypeDSL", // drools-model-prototype
            "org.drools.mvel.parser.MvelParser", // drools-mvel-parser
            "org.drools.mvelcompiler.MvelCompiler", // drools-mvel-compiler
            "org.kie.util.maven.support.PomModel", // kie-util-maven-support
            "org.drools.wiring.statics.StaticComponentsSupplier"); // drools-wiring-static

    private static final Path CORPUS = Path.of("../meldcode-rules/src/test/resources/scenarios");

    @Test
    void no_build_time_jar_is_on_the_class_path() {
        ClassLoader loader = getClass().getClassLoader();
        List<String> present = new ArrayList<>();
        for (String name : BUILD_TIME_ONLY) {
            if (loader.getResource(name.replace('.', '/') + ".class") != null) {
                present.add(name);
            }
        }
        assertThat(present).as("classes of excluded jars").isEmpty();
    }

    @Test
    void the_scenario_corpus_passes_on_the_trimmed_class_path() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
        assertThat(files).hasSizeGreaterThan(50);
        ScenarioRunner runner = new ScenarioRunner(MeldcodeRules::forSchool);
        List<String> failed = new ArrayList<>();
        for (Path file : files) {
            ScenarioResult result = runner.run(ScenarioFiles.read(file));
            if (!result.passed()) {
                failed.add(file.getFileName().toString());
            }
        }
        assertThat(failed).as("scenarios that failed").isEmpty();
    }

    @Test
    void generated_sequences_get_the_reference_rulings_and_guidance() {
        MeldcodeEngine engine = MeldcodeRules.engine();
        ReferenceEvaluator reference = new ReferenceEvaluator();
        ReferenceGuide guide = new ReferenceGuide(reference);
        qt().withExamples(200).forAll(Generators.sequences()).checkAssert(moves -> {
            for (Replay.Step step : Replay.run(engine, moves)) {
                Set<String> rules = new TreeSet<>(step.result().ruling().clauseIds());
                assertThat(rules)
                        .as(
                                "%s on a case of %d events",
                                step.action().type(), step.before().size())
                        .isEqualTo(reference.refusals(step.before(), step.action()));
                Agreement.guidance(engine, guide, step.after());
            }
        });
    }
}
