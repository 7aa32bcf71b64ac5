package org.meldcode.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.KnownNames;

/** A scenario's school names the names its logbook must not contain; the runner hands them to the engine factory. */
class ScenarioKnownNamesTest {

    private static final String YAML = """
            name: A logbook entry is kept.
            protocol: {id: stappenplan, version: "2021-09"}
            school: {name: "OBS De Testboom (fictief)"%s}
            case: {id: case-0042, pupilRef: pupil-0042}
            steps:
              - at: 2026-09-07T08:00:00Z
                actor: {role: TEACHER, staffId: lk-104}
                action: {type: LOG_ENTRY, observedOn: 2026-09-07, signal: INJURY, source: OWN_OBSERVATION, text: "Bruise.", deterioration: false}
                expect: permitted
            """;

    @Test
    void the_semicolon_separated_names_of_the_school_become_a_lookup_that_finds_each_of_them() {
        // GIVEN a scenario whose school knows two names, one of two words
        Scenario s = ScenarioFiles.read(YAML.formatted(", knownNames: \"Jan; Van der Berg ;\""), false);

        // WHEN its known names are asked
        KnownNames names = s.knownNames();

        // THEN both are found in a text, blanks are left out, and other text is not a name
        assertThat(s.knownNameList()).containsExactly("Jan", "Van der Berg");
        assertThat(names.mentionedIn("Gesprek met jan over de les")).isTrue();
        assertThat(names.mentionedIn("De ouders van der berg belden")).isTrue();
        assertThat(names.mentionedIn("Een gewone dag")).isFalse();
    }

    @Test
    void a_school_without_known_names_gives_the_lookup_that_knows_none() {
        Scenario s = ScenarioFiles.read(YAML.formatted(""), false);
        assertThat(s.knownNameList()).isEmpty();
        assertThat(s.knownNames()).isSameAs(KnownNames.NONE);
    }

    @Test
    void the_runner_builds_the_engine_from_the_scenario_s_known_names() {
        // GIVEN a runner whose engine factory records what it is given (and then fails: no engine here)
        List<KnownNames> given = new ArrayList<>();
        ScenarioRunner runner = new ScenarioRunner(names -> {
            given.add(names);
            throw new IllegalStateException("no engine in this test");
        });
        Scenario s = ScenarioFiles.read(YAML.formatted(", knownNames: Jan"), false);

        // WHEN it runs the scenario
        try {
            runner.run(s);
        } catch (IllegalStateException expected) {
            // the factory was asked; that is all this test needs
        }

        // THEN the factory got the scenario's names
        assertThat(given).hasSize(1);
        assertThat(given.get(0).mentionedIn("Jan belde")).isTrue();
    }
}
