package org.meldcode.rules.reference;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.Obligation;
import org.meldcode.engine.Result;
import org.meldcode.model.Action;
import org.meldcode.model.Case;
import org.meldcode.model.ProtocolRef;
import org.meldcode.rules.Story;

/**
 * A tool, not a check: runs many random sequences without stopping at the first disagreement and prints
 * each kind of disagreement once, with the shortest case met. Run with {@code -Dmeldcode.survey=N}.
 */
@EnabledIfSystemProperty(named = "meldcode.survey", matches = "\\d+")
class ReferenceSurveyTest {

    private static final ReferenceEvaluator REFERENCE = new ReferenceEvaluator();

    @Test
    void survey() {
        int runs = Integer.getInteger("meldcode.survey");
        Random random = new Random(Long.getLong("meldcode.seed", 20260907L));
        Map<String, String> shortest = new TreeMap<>();
        Map<String, Integer> sizes = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (int run = 0; run < runs; run++) {
            Case c = Case.open("case-s", "pupil-s", ProtocolRef.STAPPENPLAN_2021);
            Instant at = Instant.parse("2026-09-07T07:00:00Z");
            int pathIndex = 0;
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                ReferenceAgreementTest.Move m = new ReferenceAgreementTest.Move(
                        ReferenceAgreementTest.TYPES.get(random.nextInt(ReferenceAgreementTest.TYPES.size())),
                        ReferenceAgreementTest.ROLES.get(random.nextInt(ReferenceAgreementTest.ROLES.size())),
                        random.nextInt(1 << 20),
                        random.nextInt(12),
                        random.nextInt(10) < 6);
                at = at.plus(Duration.ofMinutes(30));
                Action action = ReferenceAgreementTest.action(m, pathIndex, at);
                Result result = Story.ENGINE.apply(c, action);
                Set<String> engine = result.ruling().clauseIds();
                Set<String> reference = REFERENCE.refusals(c, action);
                if (!engine.equals(reference)) {
                    String key = "RULING " + action.type() + " engine=" + engine + " reference=" + reference;
                    record(
                            key,
                            ReferenceAgreementTest.disagreement(c, action, engine, reference),
                            c.size(),
                            shortest,
                            sizes,
                            counts);
                }
                if (m.guided() && result.permitted()) {
                    pathIndex++;
                }
                c = result.caseFile();
                Guidance g = Story.ENGINE.guide(c);
                Set<String> engineOwed = new java.util.TreeSet<>();
                g.obligations().stream().map(Obligation::clause).forEach(cl -> engineOwed.add(cl.id()));
                ReferenceEvaluator.Guide r = REFERENCE.guide(c);
                if (g.currentStep().number() != r.currentStep()
                        || g.closed() != r.closed()
                        || !engineOwed.equals(r.obligations())) {
                    String key = "GUIDE engine=" + g.currentStep().number() + "/" + g.closed() + "/" + engineOwed
                            + " reference=" + r.currentStep() + "/" + r.closed() + "/" + r.obligations();
                    record(
                            key,
                            "GUIDANCE DISAGREES\n  events:\n" + ReferenceAgreementTest.events(c),
                            c.size(),
                            shortest,
                            sizes,
                            counts);
                }
            }
        }
        System.out.println("[survey] " + shortest.size() + " kinds of disagreement");
        shortest.forEach((k, v) -> System.out.println("[survey] " + k + " (" + counts.get(k) + "x)\n" + v + "\n"));
    }

    private static void record(
            String key,
            String text,
            int size,
            Map<String, String> shortest,
            Map<String, Integer> sizes,
            Map<String, Integer> counts) {
        counts.merge(key, 1, Integer::sum);
        if (!sizes.containsKey(key) || size < sizes.get(key)) {
            sizes.put(key, size);
            shortest.put(key, text);
        }
    }
}
