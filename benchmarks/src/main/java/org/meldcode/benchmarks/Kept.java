package org.meldcode.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.model.Action;
import org.meldcode.model.Case;
import org.meldcode.model.Event;
import org.meldcode.rules.MeldcodeRules;

/**
 * Heap held by what an engine keeps between calls, at its default sizes, in a fresh JVM (Serial
 * GC, used heap after full collections): the guidance of 1,000 cases of 50 events ({@code
 * FOOTPRINT kept}), and the sessions kept alive after one ruling on each of 256 such cases
 * ({@code FOOTPRINT live}). Each figure is the used heap after the calls less that before them,
 * with the cases themselves alive in both. (Its own class, apart from {@link Footprint}, which the
 * CMMN peer's JVM also loads without meldcode on its class path.)
 */
public final class Kept {

    private Kept() {}

    public static void main(String[] args) {
        kept(1_000, false);
        kept(256, true);
    }

    /**
     * The heap held by the guidance an engine keeps for so many distinct cases, or (live) by the
     * sessions it keeps alive after one ruling on each.
     */
    private static void kept(int cases, boolean live) {
        Case typical = Cases.typical();
        List<Case> all = new ArrayList<>(cases);
        for (int i = 0; i < cases; i++) {
            Case c = Case.open("case-" + i, "pupil-" + i, typical.protocol());
            for (Event e : typical.events()) {
                c = c.append(e.action());
            }
            all.add(c);
        }
        MeldcodeEngine engine = live
                ? MeldcodeRules.builder().guidanceCache(0).liveSessions(cases).build()
                : MeldcodeRules.builder().guidanceCache(cases).liveSessions(0).build();
        Action proposal = Cases.entry(Cases.after(typical), 7);
        MeldcodeEngine plain =
                MeldcodeRules.builder().guidanceCache(0).liveSessions(0).build();
        for (Case c : all) { // warm: the knowledge base, the session pool, the classes
            plain.guide(c);
            plain.evaluate(c, proposal);
        }
        long before = Footprint.usedHeapAfterGc();
        for (Case c : all) {
            if (live) {
                engine.evaluate(c, proposal);
            } else {
                engine.guide(c);
            }
        }
        long after = Footprint.usedHeapAfterGc();
        System.out.println("FOOTPRINT " + (live ? "live" : "kept") + " heap=" + (after - before) + " cases=" + cases);
        if (engine.guide(all.get(0)) == null || all.size() != cases) { // keeps both alive to here
            throw new IllegalStateException();
        }
    }
}
