package org.meldcode.rules.reference;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.Obligation;
import org.meldcode.engine.Result;
import org.meldcode.model.Action;
import org.meldcode.model.AcuteDanger;
import org.meldcode.model.Case;
import org.meldcode.model.Event;
import org.meldcode.model.ProtocolRef;
import org.meldcode.rules.Story;

/**
 * A tool, not a check: runs many random sequences without stopping at the first disagreement and prints
 * each kind of disagreement once, with the case met made minimal (events left out as long as the rest
 * is still permitted and the same disagreement remains). Run with {@code -Dmeldcode.survey=N}.
 */
@EnabledIfSystemProperty(named = "meldcode.survey", matches = "\\d+")
class ReferenceSurveyTest {

    private static final ReferenceEvaluator REFERENCE = new ReferenceEvaluator();

    @Test
    void survey() {
        int runs = Integer.getInteger("meldcode.survey");
        Random random = new Random(Long.getLong("meldcode.seed", 20260907L));
        Map<String, String> shortest = new TreeMap<>();
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
                        ReferenceAgreementTest.modeOf(random.nextInt(16)));
                at = at.plus(Duration.ofMinutes(30));
                ReferenceAgreementTest.Chosen chosen = ReferenceAgreementTest.action(m, pathIndex, c, at);
                List<Action> actions = new ArrayList<>(List.of(chosen.action()));
                for (int k = 0; k < actions.size(); k++) {
                    Action action = actions.get(k);
                    Result result = Story.ENGINE.apply(c, action);
                    String ruling = rulingKey(c, action);
                    if (ruling != null) {
                        record(
                                ruling,
                                c,
                                cc -> rulingKey(cc, action),
                                cc -> ReferenceAgreementTest.disagreement(
                                        cc,
                                        action,
                                        Story.ENGINE.evaluate(cc, action).clauseIds(),
                                        REFERENCE.refusals(cc, action)),
                                shortest,
                                counts);
                    }
                    if (k == 0 && chosen.onPath() && result.permitted()) {
                        pathIndex++;
                    }
                    c = result.caseFile();
                    String guide = guideKey(c);
                    if (guide != null) {
                        record(
                                guide,
                                c,
                                ReferenceSurveyTest::guideKey,
                                cc -> "GUIDANCE DISAGREES\n  events:\n" + ReferenceAgreementTest.events(cc),
                                shortest,
                                counts);
                    }
                    if (action instanceof AcuteDanger && result.permitted() && (m.bits() >> 11 & 1) == 1) {
                        at = at.plus(Duration.ofMinutes(5));
                        actions.add(ReferenceAgreementTest.reportAfterAcuteDanger(m.bits(), at));
                    }
                }
            }
        }
        System.out.println("[survey] " + shortest.size() + " kinds of disagreement");
        shortest.forEach((k, v) -> System.out.println("[survey] " + k + " (" + counts.get(k) + "x)\n" + v + "\n"));
    }

    /** The kind of a ruling disagreement, or null when the engine and the reference agree. */
    private static String rulingKey(Case c, Action action) {
        Set<String> engine = Story.ENGINE.evaluate(c, action).clauseIds();
        Set<String> reference = REFERENCE.refusals(c, action);
        return engine.equals(reference)
                ? null
                : "RULING " + action.type() + " engine=" + engine + " reference=" + reference;
    }

    /** The kind of a guidance disagreement, or null when the engine and the reference agree. */
    private static String guideKey(Case c) {
        Guidance g = Story.ENGINE.guide(c);
        Set<String> engineOwed = new TreeSet<>();
        g.obligations().stream().map(Obligation::clause).forEach(cl -> engineOwed.add(cl.id()));
        ReferenceEvaluator.Guide r = REFERENCE.guide(c);
        if (g.currentStep().number() == r.currentStep()
                && g.closed() == r.closed()
                && engineOwed.equals(r.obligations())) {
            return null;
        }
        return "GUIDE engine=" + g.currentStep().number() + "/" + g.closed() + "/" + engineOwed + " reference="
                + r.currentStep() + "/" + r.closed() + "/" + r.obligations();
    }

    private static void record(
            String key,
            Case c,
            Function<Case, String> keyOf,
            Function<Case, String> text,
            Map<String, String> shortest,
            Map<String, Integer> counts) {
        counts.merge(key, 1, Integer::sum);
        if (!shortest.containsKey(key)) {
            shortest.put(key, text.apply(minimal(c, cc -> key.equals(keyOf.apply(cc)))));
        }
    }

    /** The case with events left out, one at a time, while the rest is permitted and the test holds. */
    static Case minimal(Case c, java.util.function.Predicate<Case> holds) {
        List<Action> actions =
                new ArrayList<>(c.events().stream().map(Event::action).toList());
        Case best = c;
        boolean shorter = true;
        while (shorter) {
            shorter = false;
            for (int i = 0; i < actions.size() && !shorter; i++) {
                List<Action> fewer = new ArrayList<>(actions);
                fewer.remove(i);
                Case built = build(c, fewer);
                if (built != null && holds.test(built)) {
                    actions = fewer;
                    best = built;
                    shorter = true;
                }
            }
        }
        return best;
    }

    private static Case build(Case original, List<Action> actions) {
        Case c = Case.open(original.id(), original.pupilRef(), original.protocol());
        for (Action a : actions) {
            Result r = Story.ENGINE.apply(c, a);
            if (!r.permitted()) {
                return null;
            }
            c = r.caseFile();
        }
        return c;
    }
}
