package org.meldcode.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The case-management peer ({@link CmmnPeer}: Flowable CMMN on in-memory H2) doing what
 * {@link RulingBenchmark} and {@link ScalingBenchmark} measure of meldcode, on the same path and
 * the same numbers of logbook entries ({@link CmmnPeer#withEntries}):
 *
 * <ul>
 *   <li>{@code allowed}: what is allowed now, for every role's candidate group, on the typical
 *       case (45 logbook entries, 50 events) and at 1,000 entries — against {@code guide};
 *   <li>{@code complete}: one user action, the teacher completes the logbook task (and the next
 *       logbook task's id is looked up);
 *   <li>{@code completeAndAllowed}: the same action, then what is allowed now — against
 *       {@code applyAndGuide}.
 * </ul>
 *
 * <p>A completed task cannot be undone, so the two writing benchmarks take turns over a ring of
 * {@link Ring#CASES} typical cases, built anew before every iteration: in a 1-second iteration of
 * a few hundred actions (milliseconds each) each case gains some 10 to 20 entries. Warm-up as for
 * the engine ({@link RulingBenchmark#ENGINE_WARMUP} × 1 s): Flowable's query and MyBatis paths also
 * take seconds to compile.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = RulingBenchmark.ENGINE_WARMUP, time = 1)
@Measurement(iterations = 5, time = 1)
public class CmmnBenchmark {

    /** Logbook entries of the typical case: 45 entries and the 5 other events of the path. */
    static final int TYPICAL_ENTRIES = Cases.TYPICAL_EVENTS - Cases.PATH_EVENTS + 1;

    /** One engine and one case that the benchmark only reads. */
    @State(Scope.Benchmark)
    public static class Read {

        @Param({"45", "1000"})
        public int entries;

        CmmnPeer peer;
        String caseId;

        @Setup
        public void setUp() {
            peer = CmmnPeer.start();
            caseId = peer.withEntries(entries);
            if (!peer.allowed(caseId, CmmnPeer.ROLES).definitions().equals(java.util.List.of("logEntry"))) {
                throw new IllegalStateException("the case is not where the path leaves it");
            }
        }

        @TearDown
        public void tearDown() {
            peer.close();
        }
    }

    /** One engine and a ring of typical cases the writing benchmarks add entries to. */
    @State(Scope.Benchmark)
    public static class Ring {

        static final int CASES = 16;

        CmmnPeer peer;
        final String[] cases = new String[CASES];
        final String[] openTask = new String[CASES];
        int next;
        int n;

        @Setup(Level.Trial)
        public void start() {
            peer = CmmnPeer.start();
        }

        @Setup(Level.Iteration)
        public void build() {
            for (int i = 0; i < CASES; i++) {
                cases[i] = peer.withEntries(TYPICAL_ENTRIES);
                openTask[i] = peer.task(cases[i], "logEntry");
            }
            next = 0;
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            peer.close();
        }
    }

    @Benchmark
    public CmmnPeer.Allowed allowed(Read r) {
        return r.peer.allowed(r.caseId, CmmnPeer.ROLES);
    }

    @Benchmark
    public String complete(Ring r) {
        int i = r.next;
        r.next = (i + 1) % Ring.CASES;
        String task = r.peer.logEntry(r.cases[i], r.openTask[i], ++r.n);
        r.openTask[i] = task;
        return task;
    }

    @Benchmark
    public CmmnPeer.Allowed completeAndAllowed(Ring r) {
        int i = r.next;
        r.next = (i + 1) % Ring.CASES;
        r.peer.completeEntry(r.openTask[i], ++r.n);
        CmmnPeer.Allowed a = r.peer.allowed(r.cases[i], CmmnPeer.ROLES);
        r.openTask[i] = a.taskId("logEntry");
        return a;
    }
}
