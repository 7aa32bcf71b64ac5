package org.meldcode.rules;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.rules.facts.Owed;

/** The packages of the rules module, and those of the core it builds on, use each other in one direction only. */
class PackageCyclesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importTheMainClassesOfTheRulesAndTheCore() {
        classes = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.meldcode");
    }

    @Test
    void the_imported_classes_hold_the_rules_their_facts_and_the_core() {
        assertThat(classes.contain(MeldcodeRules.class)).isTrue();
        assertThat(classes.contain(Owed.class)).isTrue();
        assertThat(classes.contain(MeldcodeEngine.class)).isTrue();
        assertThat(classes.contain(PackageCyclesTest.class)).isFalse();
    }

    @Test
    void the_top_level_packages_are_free_of_cycles() {
        // GIVEN each top-level package (rules, engine, model, render, ...) as a slice
        // WHEN their dependencies are followed THEN none reaches back to a package that uses it
        slices().matching("org.meldcode.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void every_package_on_its_own_is_free_of_cycles() {
        // GIVEN every package as its own slice: the rules engine, its facts, the rule packages
        // Drools generated from the DRL files, and each package of the core
        // WHEN their dependencies are followed THEN none reaches back to a package that uses it
        slices().matching("org.meldcode.(**)").should().beFreeOfCycles().check(classes);
    }
}
