package org.meldcode.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import org.meldcode.examples.Embedding;

/**
 * Heap retained after start-up, in a fresh JVM: the used heap after full collections, before and
 * after the README's snippet ran. Prints three lines {@code FOOTPRINT <what> heap=<bytes>
 * metaspace=<bytes>}:
 *
 * <ul>
 *   <li>{@code reference}: the plain-Java reference doing the snippet's work, from a bare JVM
 *       (what the domain, the protocol catalogue and the JDK's time zones retain);
 *   <li>{@code engine-own}: then the engine doing the snippet in the same JVM: what the engine
 *       adds (the knowledge base, the pooled session, Drools' own statics);
 *   <li>{@code engine}: in a second fresh JVM ({@code Footprint engine}), the engine alone from a
 *       bare JVM: the figure against the target.
 *   <li>{@code kept}: in a third ({@code Footprint kept}), what an engine's guidance cache holds
 *       once it has guided 1,000 cases of 50 events each (its default size): the used heap after
 *       the guidance, less that before it, with the cases themselves alive in both.
 * </ul>
 */
public final class Footprint {

    private Footprint() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("kept")) {
            kept(1_000, false);
            kept(256, true);
            return;
        }
        boolean engineOnly = args.length > 0 && args[0].equals("engine");
        Instant.now();
        long heap0 = usedHeapAfterGc();
        long meta0 = usedMetaspace();
        if (engineOnly) {
            Embedding.run(Instant.now());
            print("engine", heap0, meta0);
            return;
        }
        ReferenceFirstRuling.main(new String[0]);
        long heap1 = usedHeapAfterGc();
        long meta1 = usedMetaspace();
        System.out.println("FOOTPRINT reference heap=" + (heap1 - heap0) + " metaspace=" + (meta1 - meta0));
        Embedding.run(Instant.now());
        print("engine-own", heap1, meta1);
    }

    /**
     * The heap held by the guidance an engine keeps for so many distinct cases, or (live) by the
     * sessions it keeps alive after one ruling on each.
     */
    private static void kept(int cases, boolean live) {
        org.meldcode.model.Case typical = Cases.typical();
        java.util.List<org.meldcode.model.Case> all = new java.util.ArrayList<>(cases);
        for (int i = 0; i < cases; i++) {
            org.meldcode.model.Case c = org.meldcode.model.Case.open("case-" + i, "pupil-" + i, typical.protocol());
            for (org.meldcode.model.Event e : typical.events()) {
                c = c.append(e.action());
            }
            all.add(c);
        }
        org.meldcode.engine.MeldcodeEngine engine = live
                ? org.meldcode.rules.MeldcodeRules.builder()
                        .guidanceCache(0)
                        .liveSessions(cases)
                        .build()
                : org.meldcode.rules.MeldcodeRules.builder()
                        .guidanceCache(cases)
                        .liveSessions(0)
                        .build();
        org.meldcode.model.Action proposal = Cases.entry(Cases.after(typical), 7);
        org.meldcode.engine.MeldcodeEngine plain = org.meldcode.rules.MeldcodeRules.builder()
                .guidanceCache(0)
                .liveSessions(0)
                .build();
        for (org.meldcode.model.Case c : all) { // warm: the knowledge base, the session pool, the classes
            plain.guide(c);
            plain.evaluate(c, proposal);
        }
        long before = usedHeapAfterGc();
        for (org.meldcode.model.Case c : all) {
            if (live) {
                engine.evaluate(c, proposal);
            } else {
                engine.guide(c);
            }
        }
        long after = usedHeapAfterGc();
        System.out.println("FOOTPRINT " + (live ? "live" : "kept") + " heap=" + (after - before) + " cases=" + cases);
        if (engine.guide(all.get(0)) == null || all.size() != cases) { // keeps both alive to here
            throw new IllegalStateException();
        }
    }

    private static void print(String what, long heapBefore, long metaBefore) {
        long heap = usedHeapAfterGc() - heapBefore;
        long meta = usedMetaspace() - metaBefore;
        System.out.println("FOOTPRINT " + what + " heap=" + heap + " metaspace=" + meta);
    }

    static long usedHeapAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long now = heap();
            if (now >= used) {
                break;
            }
            used = now;
        }
        return used;
    }

    private static long heap() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    static long usedMetaspace() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals("Metaspace") || pool.getName().equals("Compressed Class Space")) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }
}
