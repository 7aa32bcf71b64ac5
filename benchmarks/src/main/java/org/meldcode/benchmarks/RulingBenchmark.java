package org.meldcode.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Outcome;
import org.meldcode.engine.Result;
import org.meldcode.model.Action;
import org.meldcode.model.Case;
import org.meldcode.model.LogEntry;
import org.meldcode.rules.MeldcodeRules;
import org.meldcode.rules.reference.ReferenceEvaluator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One ruling on the typical case (50 events), by the rules and by the plain-Java reference, on
 * the same inputs in the same run. A ruling cycles through one proposed action of every kind
 * ({@link Cases#proposals}), so its time and allocation are the mean over the 13 kinds. Run with
 * {@code -t 1} and {@code -t 2}: the state is shared, so two threads share one engine.
 *
 * <p>Also the pair a host calls per user action, apply + guide (a plain logbook entry, then what
 * is allowed now), and guide alone, against the reference doing the same work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RulingBenchmark {

    static final int KINDS = 13;

    /**
     * Warm-up iterations (1 s) of the engine's benchmarks: on 2 cores the Drools code paths need
     * about 8 s of rulings before the JIT has compiled them (the first second runs at milliseconds
     * per ruling); the reference is warm after 3.
     */
    static final int ENGINE_WARMUP = 8;

    private MeldcodeEngine engine;
    /** The same engine without the guidance and sessions it keeps between calls: every call a new session. */
    private MeldcodeEngine plain;

    private ReferenceEvaluator reference;
    private ReferenceGuide referenceGuide;
    private Case typical;
    private Action[] proposals;
    private LogEntry entry;

    @Setup
    public void setUp() {
        engine = MeldcodeRules.engine();
        plain = MeldcodeRules.builder().guidanceCache(0).liveSessions(0).build();
        reference = new ReferenceEvaluator();
        referenceGuide = new ReferenceGuide(reference);
        typical = Cases.typical();
        List<Action> all = Cases.proposals(Cases.after(typical));
        if (all.size() != KINDS) {
            throw new IllegalStateException("expected " + KINDS + " proposals, got " + all.size());
        }
        proposals = all.toArray(new Action[0]);
        entry = Cases.entry(Cases.after(typical), 7);
        for (Action a : proposals) {
            Agreement.ruling(engine, reference, typical, a);
        }
        Agreement.guidance(engine, referenceGuide, typical);
        Agreement.guidance(engine, referenceGuide, typical.append(entry));
    }

    @Benchmark
    @Warmup(iterations = ENGINE_WARMUP, time = 1)
    @OperationsPerInvocation(KINDS)
    public void evaluate(Blackhole bh) {
        for (Action a : proposals) {
            bh.consume(engine.evaluate(typical, a));
        }
    }

    /**
     * One ruling on a case the engine keeps no session alive for (the first ruling on a case at
     * its head, or one dropped from the cache): a new session every ruling.
     */
    @Benchmark
    @Warmup(iterations = ENGINE_WARMUP, time = 1)
    @OperationsPerInvocation(KINDS)
    public void evaluateUncached(Blackhole bh) {
        for (Action a : proposals) {
            bh.consume(plain.evaluate(typical, a));
        }
    }

    @Benchmark
    @OperationsPerInvocation(KINDS)
    public void evaluateReference(Blackhole bh) {
        for (Action a : proposals) {
            bh.consume(reference.refusals(typical, a));
        }
    }

    @Benchmark
    @Warmup(iterations = ENGINE_WARMUP, time = 1)
    public Guidance guide() {
        return engine.guide(typical);
    }

    /**
     * {@code guide} of a case the engine has kept no guidance for (the first ask after a change
     * made elsewhere, or a case dropped from the cache): a session every call.
     */
    @Benchmark
    @Warmup(iterations = ENGINE_WARMUP, time = 1)
    public Guidance guideUncached() {
        return plain.guide(typical);
    }

    @Benchmark
    public ReferenceGuide.Answer guideReference() {
        return referenceGuide.guide(typical);
    }

    @Benchmark
    @Warmup(iterations = ENGINE_WARMUP, time = 1)
    public Outcome applyAndGuide() {
        return engine.applyAndGuide(typical, entry);
    }

    /**
     * The same pair as two calls, {@code apply} then {@code guide}, on the engine that keeps
     * nothing: two sessions (on the default engine the second call would find the guidance that an
     * earlier {@code applyAndGuide} of the same action kept).
     */
    @Benchmark
    @Warmup(iterations = ENGINE_WARMUP, time = 1)
    public Guidance applyThenGuide() {
        Result r = plain.apply(typical, entry);
        return plain.guide(r.caseFile());
    }

    @Benchmark
    public ReferenceGuide.Answer applyAndGuideReference() {
        Case c = reference.refusals(typical, entry).isEmpty() ? typical.append(entry) : typical;
        return referenceGuide.guide(c);
    }
}
