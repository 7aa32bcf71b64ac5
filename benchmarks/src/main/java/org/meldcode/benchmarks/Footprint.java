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
 *   <li>what an engine keeps between calls: {@link Kept}, in a JVM of its own.
 * </ul>
 */
public final class Footprint {

    private Footprint() {}

    public static void main(String[] args) {
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
