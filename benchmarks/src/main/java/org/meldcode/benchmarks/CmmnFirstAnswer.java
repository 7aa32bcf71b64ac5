package org.meldcode.benchmarks;

import java.time.Instant;

/**
 * A fresh JVM's work for the peer's start-up figure, the counterpart of {@link FirstRuling}:
 * builds the Flowable CMMN engine on in-memory H2, deploys the model, opens a case, lets the
 * teacher record the first logbook entry and asks what is allowed now ({@link #run}); prints
 * {@code READY <epoch microseconds>} when the answer is there. {@link Startup} launched this JVM
 * and subtracts the moment it launched it.
 */
public final class CmmnFirstAnswer {

    /** The engine, kept as a host keeps it (and as {@link CmmnFootprint} measures it). */
    static CmmnPeer peer;

    private CmmnFirstAnswer() {}

    public static void main(String[] args) {
        CmmnPeer.Allowed a = run();
        Instant done = Instant.now();
        System.out.println("READY " + FirstRuling.micros(done) + " offered="
                + a.definitions().size());
        peer.close();
    }

    /** Engine, deployment, a new case, its first logbook entry, and what is allowed now. */
    static CmmnPeer.Allowed run() {
        peer = CmmnPeer.start();
        String caseId = peer.open();
        peer.logEntry(caseId, peer.task(caseId, "logEntry"), 0);
        return peer.allowed(caseId, CmmnPeer.ROLES);
    }
}
