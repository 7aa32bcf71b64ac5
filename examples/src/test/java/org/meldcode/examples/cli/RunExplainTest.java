package org.meldcode.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.examples.cli.Cli.meldcode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meldcode.engine.Finding;
import org.meldcode.protocol.Message;
import org.meldcode.rules.MeldcodeRules;
import org.meldcode.scenario.ScenarioFiles;
import org.meldcode.scenario.ScenarioRunner;

/** {@code meldcode run --explain}: each refusal's findings as text, cause and remedy, in the chosen language. */
class RunExplainTest {

    @TempDir
    Path dir;

    /** The findings of the refused second step of {@link Fixtures#PASSING}, as the engine gives them. */
    private List<Finding> findingsOfTheRefusedStep(Path scenario) {
        return new ScenarioRunner(MeldcodeRules::forSchool)
                .run(ScenarioFiles.read(scenario))
                .steps()
                .get(1)
                .ruling()
                .findings();
    }

    @Test
    void explain_in_english_prints_each_findings_clause_text_cause_and_remedy_under_the_refused_step()
            throws IOException {
        // GIVEN a scenario whose second step is refused on two clauses
        Path scenario = Fixtures.write(dir, "scenario.yaml", Fixtures.PASSING);
        List<Finding> findings = findingsOfTheRefusedStep(scenario);
        assertThat(findings).extracting(Finding::clauseId).containsExactly("SP-1.1", "SP-2.1");

        // WHEN it is run with --explain --lang en
        Cli.Outcome o = meldcode("run", "--explain", "--lang", "en", scenario);

        // THEN under the refused step each finding shows its clause id and text, its cause, its remedy
        // and the way forward as data, in English
        assertThat(o.code()).as(o.err()).isZero();
        List<String> lines = o.outLines().stream().map(String::strip).toList();
        int refused = indexOf(lines, "step 2 ");
        for (Finding f : findings) {
            assertThat(lines.subList(refused + 1, lines.size()))
                    .containsSubsequence(
                            f.clauseId() + "  " + f.clause().text(Locale.ENGLISH),
                            "cause: " + f.explanation().in(Locale.ENGLISH),
                            "remedy: " + f.remedy().in(Locale.ENGLISH),
                            f.way().summary().in(Locale.ENGLISH));
        }
        assertThat(lines.subList(0, refused)).noneMatch(l -> l.startsWith("cause: "));
    }

    @Test
    void explain_speaks_dutch_by_default() throws IOException {
        // GIVEN the same scenario
        Path scenario = Fixtures.write(dir, "scenario.yaml", Fixtures.PASSING);
        Finding first = findingsOfTheRefusedStep(scenario).get(0);

        // WHEN it is run with --explain alone
        Cli.Outcome o = meldcode("run", "--explain", scenario);

        // THEN the texts are the Dutch ones, with Dutch labels
        List<String> lines = o.outLines().stream().map(String::strip).toList();
        assertThat(lines)
                .contains(
                        first.clauseId() + "  " + first.clause().text(Message.DUTCH),
                        "oorzaak: " + first.explanation().in(Message.DUTCH),
                        "oplossing: " + first.remedy().in(Message.DUTCH));
        assertThat(first.explanation().in(Message.DUTCH))
                .isNotEqualTo(first.explanation().in(Locale.ENGLISH));
    }

    @Test
    void without_explain_only_the_clause_ids_are_shown() throws IOException {
        // GIVEN the same scenario
        Path scenario = Fixtures.write(dir, "scenario.yaml", Fixtures.PASSING);

        // WHEN it is run without --explain
        Cli.Outcome o = meldcode("run", "--lang", "en", scenario);

        // THEN no cause or remedy line is printed
        assertThat(o.out()).containsPattern("refused SP-1.1, SP-2.1").doesNotContain("cause: ", "remedy: ");
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + prefix + " in " + lines);
    }
}
