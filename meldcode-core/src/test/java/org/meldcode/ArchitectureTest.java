package org.meldcode;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.KnownNames;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.model.Case;
import org.meldcode.model.LogEntry;
import org.meldcode.protocol.Message;
import org.meldcode.protocol.Protocol;

/**
 * The core is the pure domain: its classes may use only the JDK and each other, so that hosts can
 * embed it without dragging in Drools, Jackson or a logging framework.
 */
class ArchitectureTest {

    private static final String[] DOMAIN = {
        "org.meldcode.model..",
        "org.meldcode.protocol..",
        "org.meldcode.engine..",
        "org.meldcode.privacy..",
        "org.meldcode.render..",
        "org.meldcode.settings..",
        "org.meldcode.review.."
    };

    private static JavaClasses core;

    @BeforeAll
    static void importTheMainClassesOfTheCore() {
        core = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.meldcode");
    }

    /** The rule under test, parameterised by the packages it applies to so it can be checked on a canary. */
    private static ArchRule onlyJdkAndMeldcodeIn(String... packages) {
        return classes()
                .that()
                .resideInAnyPackage(packages)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.meldcode..")
                .because("meldcode-core imports only java.* (no Drools, KIE, Jackson, SLF4J or anything else)");
    }

    @Test
    void the_imported_class_set_holds_the_main_classes_of_the_core_and_no_tests() {
        // A rule over an empty set passes trivially; make sure the rules below have something to check.
        assertThat(core).isNotEmpty();
        assertThat(core.contain(Case.class)).isTrue();
        assertThat(core.contain(LogEntry.class)).isTrue();
        assertThat(core.contain(Protocol.class)).isTrue();
        assertThat(core.contain(Message.class)).isTrue();
        assertThat(core.contain(KnownNames.class)).isTrue();
        assertThat(core.contain(MeldcodeEngine.class)).isTrue();
        assertThat(core.contain(ArchitectureTest.class))
                .as("test classes are not imported")
                .isFalse();
    }

    @Test
    void the_domain_packages_depend_only_on_the_jdk_and_on_meldcode_itself() {
        onlyJdkAndMeldcodeIn(DOMAIN).check(core);
    }

    @Test
    void the_dependency_rule_reports_a_class_that_uses_a_library_outside_the_jdk() {
        // GIVEN a canary class that depends on AssertJ, a library that is not java.*
        JavaClasses canary = new ClassFileImporter().importClasses(Canary.class);

        // WHEN the same rule is applied to the canary's package
        EvaluationResult result = onlyJdkAndMeldcodeIn("org.meldcode").evaluate(canary);

        // THEN it reports the forbidden dependency
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("org.assertj");
    }

    @Test
    void the_core_has_no_json_or_scenario_package_any_more() {
        // The codec lives in meldcode-json and the scenarios in meldcode-testing.
        assertThat(core.containPackage("org.meldcode.json")).isFalse();
        assertThat(core.containPackage("org.meldcode.scenario")).isFalse();
    }

    @Test
    void every_class_of_the_core_depends_only_on_the_jdk_and_on_the_core_itself() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.meldcode..")
                .because("meldcode-core has no dependencies at all")
                .check(core);
    }

    @Test
    void the_model_does_not_depend_on_the_engine() {
        noClasses()
                .that()
                .resideInAPackage("org.meldcode.model..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.meldcode.engine..")
                .because("the model is the bottom layer")
                .check(core);
    }

    @Test
    void the_model_does_not_depend_on_the_protocol_either() {
        noClasses()
                .that()
                .resideInAPackage("org.meldcode.model..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.meldcode.protocol..")
                .because("the model is the bottom layer")
                .check(core);
    }

    @Test
    void the_protocol_does_not_depend_on_the_engine() {
        noClasses()
                .that()
                .resideInAPackage("org.meldcode.protocol..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.meldcode.engine..")
                .because("the engine's API builds on the protocol, not the other way round")
                .check(core);
    }

    @Test
    void the_packages_of_the_core_are_free_of_cycles() {
        // GIVEN each top-level package of the core as a slice (engine, render, model, ...)
        // WHEN their dependencies are followed THEN no package reaches back to one that uses it
        slices().matching("org.meldcode.(*)..")
                .should()
                .beFreeOfCycles()
                .because("a package cycle ties packages together that hosts should be able to take apart")
                .check(core);
    }

    @Test
    void the_cycle_rule_reports_two_packages_that_use_each_other() {
        // GIVEN two canary classes in two packages that use each other
        JavaClasses canary = new ClassFileImporter()
                .importClasses(org.meldcode.canary.one.CanaryOne.class, org.meldcode.canary.two.CanaryTwo.class);

        // WHEN the same rule is applied THEN it reports the cycle
        EvaluationResult result = slices().matching("org.meldcode.canary.(*)..")
                .should()
                .beFreeOfCycles()
                .evaluate(canary);
        assertThat(result.hasViolation()).isTrue();
    }

    /** Depends on a library outside java.*; used only to prove the rule can fail. */
    static final class Canary {
        Object use() {
            return Assertions.assertThat("x");
        }
    }
}
