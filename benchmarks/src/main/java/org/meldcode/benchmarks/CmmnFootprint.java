package org.meldcode.benchmarks;

import java.time.Instant;

/**
 * Heap retained by the peer after start-up, in a fresh JVM, the counterpart of
 * {@code Footprint engine}: the used heap after full collections before and after
 * {@link CmmnFirstAnswer#run} (engine, in-memory database, deployed model, one case with one
 * entry), the engine kept. Prints {@code FOOTPRINT cmmn heap=<bytes> metaspace=<bytes>}.
 */
public final class CmmnFootprint {

    private CmmnFootprint() {}

    public static void main(String[] args) {
        Instant.now();
        long heap0 = Footprint.usedHeapAfterGc();
        long meta0 = Footprint.usedMetaspace();
        CmmnFirstAnswer.run();
        long heap = Footprint.usedHeapAfterGc() - heap0;
        long meta = Footprint.usedMetaspace() - meta0;
        System.out.println("FOOTPRINT cmmn heap=" + heap + " metaspace=" + meta + " offered="
                + CmmnFirstAnswer.peer
                        .allowed(CmmnFirstAnswer.peer.open(), CmmnPeer.ROLES)
                        .definitions()
                        .size());
    }
}
