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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The same ruling, guide, and apply + guide as {@link RulingBenchmark}, on cases with 10, 100,
 * 1,000 and 10,000 logbook entries ({@link Cases#withEntries}: the usual path up to help
 * organised, then the teacher keeps logging; every 25th entry records a disclosure by the pupil).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ScalingBenchmark {

    @Param({"10", "100", "1000", "10000"})
    public int entries;

    private MeldcodeEngine engine;
    /** The same engine without the guidance and sessions it keeps between calls: every call a new session. */
    private MeldcodeEngine plain;

    private ReferenceEvaluator reference;
    private ReferenceGuide referenceGuide;
    private Case caseFile;
    private Action[] proposals;
    private LogEntry entry;

    @Setup
    public void setUp() {
        engine = MeldcodeRules.engine();
        plain = MeldcodeRules.builder().guidanceCache(0).liveSessions(0).build();
        reference = new ReferenceEvaluator();
        referenceGuide = new ReferenceGuide(reference);
        caseFile = Cases.withEntries(entries);
        List<Action> all = Cases.proposals(Cases.after(caseFile));
        proposals = all.toArray(new Action[0]);
        entry = Cases.entry(Cases.after(caseFile), 7);
        for (Action a : proposals) {
            Agreement.ruling(engine, reference, caseFile, a);
        }
        Agreement.guidance(engine, referenceGuide, caseFile);
    }

    @Benchmark
    @Warmup(iterations = RulingBenchmark.ENGINE_WARMUP, time = 1)
    @OperationsPerInvocation(RulingBenchmark.KINDS)
    public void evaluate(Blackhole bh) {
        for (Action a : proposals) {
            bh.consume(engine.evaluate(caseFile, a));
        }
    }

    @Benchmark
    @OperationsPerInvocation(RulingBenchmark.KINDS)
    public void evaluateReference(Blackhole bh) {
        for (Action a : proposals) {
            bh.consume(reference.refusals(caseFile, a));
        }
    }

    @Benchmark
    @Warmup(iterations = RulingBenchmark.ENGINE_WARMUP, time = 1)
    public Guidance guide() {
        return engine.guide(caseFile);
    }

    /**
     * {@code guide} of a case the engine has kept no guidance for (the first ask after a change
     * made elsewhere, or a case dropped from the cache): a session every call.
     */
    @Benchmark
    @Warmup(iterations = RulingBenchmark.ENGINE_WARMUP, time = 1)
    public Guidance guideUncached() {
        return plain.guide(caseFile);
    }

    @Benchmark
    public ReferenceGuide.Answer guideReference() {
        return referenceGuide.guide(caseFile);
    }

    @Benchmark
    @Warmup(iterations = RulingBenchmark.ENGINE_WARMUP, time = 1)
    public Outcome applyAndGuide() {
        return engine.applyAndGuide(caseFile, entry);
    }

    /**
     * The same pair as two calls, {@code apply} then {@code guide}, on the engine that keeps
     * nothing: two sessions (on the default engine the second call would find the guidance that an
     * earlier {@code applyAndGuide} of the same action kept).
     */
    @Benchmark
    @Warmup(iterations = RulingBenchmark.ENGINE_WARMUP, time = 1)
    public Guidance applyThenGuide() {
        Result r = plain.apply(caseFile, entry);
        return plain.guide(r.caseFile());
    }
}
