package org.meldcode.rules.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.KnownNames;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.model.Action;
import org.meldcode.model.AcuteDanger;
import org.meldcode.model.Closure;
import org.meldcode.model.ConversationSkip;
import org.meldcode.model.Decision;
import org.meldcode.model.LogEntry;
import org.meldcode.model.TellingArrangement;
import org.meldcode.rules.MeldcodeRules;
import org.meldcode.scenario.Scenario;
import org.meldcode.scenario.ScenarioFiles;
import org.meldcode.scenario.ScenarioRunner;
import org.meldcode.scenario.ScenarioStep;
import org.meldcode.testing.Generators;
import org.meldcode.testing.Replay;

/**
 * The library logs case ids, clause ids, counts and timings, never pupil data: all log output of
 * every level, the library's and Drools', is captured while the whole scenario corpus and a
 * property run execute, and none of the synthetic pupil references, names, logbook texts or other
 * free texts may appear in it.
 */
@Tag("thorough") // a long run: in the profile "thorough" (README, docs/testing.md)
class LogPrivacyTest {

    @Test
    void no_pupil_reference_name_or_free_text_appears_in_any_log_line() throws Exception {
        // GIVEN every scenario of the corpus and a property run, with their pupil data
        List<Scenario> corpus = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources/scenarios"))) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                corpus.add(ScenarioFiles.read(f));
            }
        }
        Set<String> secrets = new TreeSet<>();
        Set<String> caseIds = new TreeSet<>();
        for (Scenario s : corpus) {
            secrets.add(s.pupilRef());
            caseIds.add(s.caseId());
            secrets.addAll(s.knownNameList());
            for (ScenarioStep step : s.steps()) {
                freeText(step.action(), secrets);
            }
        }
        secrets.addAll(Generators.KNOWN_NAMES);
        secrets.add("pupil-replay");
        MeldcodeEngine withNames = MeldcodeRules.forSchool(KnownNames.of(Generators.KNOWN_NAMES));

        // WHEN everything runs while every log line is captured
        List<String> lines;
        CapturedLogs.start();
        try {
            ScenarioRunner runner = new ScenarioRunner(MeldcodeRules::forSchool);
            for (Scenario s : corpus) {
                runner.run(s);
            }
            qt().withFixedSeed(7L)
                    .withExamples(300)
                    .forAll(Generators.sequences())
                    .checkAssert(moves -> {
                        for (Replay.Step step : Replay.run(withNames, moves)) {
                            freeText(step.action(), secrets);
                            withNames.guide(step.after());
                        }
                    });
        } finally {
            lines = CapturedLogs.stop();
        }

        // THEN something was logged (case ids, clause ids), but no secret
        assertThat(lines).isNotEmpty();
        assertThat(lines)
                .anyMatch(l -> caseIds.stream().map(CapturedLogs::normalised).anyMatch(l::contains));
        assertThat(secrets).hasSizeGreaterThan(100);
        String all = String.join("\n", lines).toLowerCase(java.util.Locale.ROOT);
        System.out.println("log lines captured: " + CapturedLogs.count() + ", distinct: " + lines.size()
                + ", secrets looked for: " + secrets.size());
        for (String secret : secrets) {
            int at = all.indexOf(CapturedLogs.normalised(secret).toLowerCase(java.util.Locale.ROOT));
            if (at >= 0) {
                int start = all.lastIndexOf('\n', at) + 1;
                int end = all.indexOf('\n', at);
                throw new AssertionError(
                        "pupil data in a log line: " + all.substring(start, end < 0 ? all.length() : end));
            }
        }
    }

    /** The free texts of an action: pupil data as far as the logs are concerned. */
    private static void freeText(Action a, Set<String> into) {
        if (a instanceof LogEntry e) {
            into.add(e.text());
        } else if (a instanceof ConversationSkip s) {
            into.add(s.reason());
        } else if (a instanceof Decision d) {
            into.add(d.grounds());
        } else if (a instanceof Closure c) {
            into.add(c.reason());
        } else if (a instanceof AcuteDanger d) {
            into.add(d.what());
        } else if (a instanceof TellingArrangement t) {
            into.add(t.agreement());
        }
    }
}
