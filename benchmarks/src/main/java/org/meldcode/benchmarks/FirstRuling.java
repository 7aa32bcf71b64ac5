package org.meldcode.benchmarks;

import java.time.Instant;
import org.meldcode.engine.Guidance;
import org.meldcode.examples.Embedding;

/**
 * A fresh JVM's work for the start-up figure: runs the README's embedding snippet once (engine,
 * apply, evaluate, guide: {@link Embedding#run}) and prints {@code READY <epoch microseconds>}
 * when it has returned. {@link Startup} launched this JVM and subtracts the moment it launched it.
 */
public final class FirstRuling {

    private FirstRuling() {}

    public static void main(String[] args) {
        Guidance g = Embedding.run(Instant.now());
        Instant done = Instant.now();
        System.out.println("READY " + micros(done) + " step=" + g.currentStep().number());
    }

    static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
    }
}
