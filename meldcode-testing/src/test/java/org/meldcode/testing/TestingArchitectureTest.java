package org.meldcode.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meldcode.scenario.ScenarioRunner;
import org.meldcode.testing.assertj.MeldcodeAssertions;

/**
 * meldcode-testing works on any engine: it uses the engine API of the core, never the Drools
 * implementation, so a host's tests choose the engine.
 */
class TestingArchitectureTest {

    private static JavaClasses testing;

    @BeforeAll
    static void importTheMainClassesOfTheTestingModule() {
        testing = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.meldcode.scenario", "org.meldcode.testing");
    }

    @Test
    void the_imported_classes_are_the_tooling() {
        assertThat(testing.contain(ScenarioRunner.class)).isTrue();
        assertThat(testing.contain(Generators.class)).isTrue();
        assertThat(testing.contain(MeldcodeAssertions.class)).isTrue();
        assertThat(testing.contain(TestingArchitectureTest.class)).isFalse();
    }

    @Test
    void the_tooling_depends_only_on_the_jdk_meldcode_jackson_quicktheories_and_assertj() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..", "org.meldcode..", "tools.jackson..", "org.quicktheories..", "org.assertj..")
                .check(testing);
    }

    @Test
    void the_tooling_does_not_use_drools_or_the_rules_module() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.drools..", "org.kie..", "org.meldcode.rules..")
                .check(testing);
    }
}
