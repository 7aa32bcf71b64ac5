package org.meldcode.benchmarks;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.NextAction;
import org.meldcode.engine.Obligation;
import org.meldcode.model.Action;
import org.meldcode.model.ActionType;
import org.meldcode.model.Case;
import org.meldcode.model.Role;
import org.meldcode.rules.reference.ReferenceEvaluator;

/**
 * Before a benchmark measures the rules against the reference, it checks that both give the same
 * answers on its inputs: a fast wrong answer is not a result.
 */
public final class Agreement {

    private Agreement() {}

    /** Fails unless the engine and the reference refuse the action under the same clauses. */
    public static void ruling(MeldcodeEngine engine, ReferenceEvaluator reference, Case c, Action a) {
        Set<String> rules = new TreeSet<>(engine.evaluate(c, a).clauseIds());
        Set<String> plain = reference.refusals(c, a);
        if (!rules.equals(plain)) {
            throw new IllegalStateException(
                    a.type() + " on a case of " + c.size() + " events: rules " + rules + ", reference " + plain);
        }
    }

    /** Fails unless the engine's guidance and the reference's agree on step, closure, owed and next. */
    public static void guidance(MeldcodeEngine engine, ReferenceGuide reference, Case c) {
        Guidance g = engine.guide(c);
        ReferenceGuide.Answer r = reference.guide(c);
        Set<String> owed = new TreeSet<>();
        for (Obligation o : g.obligations()) {
            owed.add(o.clause().id());
        }
        Map<ActionType, Set<Role>> next = new EnumMap<>(ActionType.class);
        for (NextAction n : g.nextActions()) {
            next.put(n.type(), n.roles());
        }
        String rules = g.currentStep().number() + " " + g.closed() + " " + owed + " " + next;
        String plain = r.guide().currentStep() + " " + r.guide().closed() + " "
                + r.guide().obligations() + " " + r.next();
        if (!rules.equals(plain)) {
            throw new IllegalStateException(
                    "guide on a case of " + c.size() + " events: rules " + rules + ", reference " + plain);
        }
    }
}
