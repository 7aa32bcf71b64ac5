package org.meldcode.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** meldcode-json is the codec: the JDK, the core and Jackson 3 (with SnakeYAML underneath), nothing else. */
class JsonArchitectureTest {

    private static JavaClasses json;

    @BeforeAll
    static void importTheMainClassesOfTheJsonModule() {
        json = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.meldcode.json");
    }

    @Test
    void the_imported_classes_are_the_codec() {
        assertThat(json.contain(CaseJson.class)).isTrue();
        assertThat(json.contain(MeldcodeJsonModule.class)).isTrue();
        assertThat(json.contain(JsonArchitectureTest.class)).isFalse();
    }

    @Test
    void the_codec_depends_only_on_the_jdk_the_core_and_jackson() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.meldcode..", "tools.jackson..")
                .because("meldcode-json adds Jackson 3 to the core and nothing else")
                .check(json);
    }

    @Test
    void the_codec_does_not_use_drools_kie_or_a_logging_framework() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.drools..", "org.kie..", "org.slf4j..", "com.fasterxml..")
                .check(json);
    }

    @Test
    void the_codec_does_not_reach_the_rules_or_the_test_tooling() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.meldcode.rules..", "org.meldcode.scenario..", "org.meldcode.testing..")
                .check(json);
    }
}
