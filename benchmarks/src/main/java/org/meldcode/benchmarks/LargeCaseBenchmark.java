package org.meldcode.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.json.CaseJson;
import org.meldcode.model.Actor;
import org.meldcode.model.Case;
import org.meldcode.model.LogEntry;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.rules.MeldcodeRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a large case document and guiding it, as the command line does: a synthetic case of
 * 32,000 logbook entries by one teacher, one a minute (issue 17, item 8).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class LargeCaseBenchmark {

    @Param({"32000"})
    public int events;

    private MeldcodeEngine engine;
    private String json;

    /** A case of only logbook entries, as the command line's large-case measurement uses. */
    static Case logbook(int count) {
        Actor teacher = Actor.of(Role.TEACHER, "lk-104");
        Instant start = Instant.parse("2026-09-07T07:00:00Z");
        Case c = Case.open("case-big", "pupil-big", ProtocolRef.STAPPENPLAN_2021);
        for (int i = 0; i < count; i++) {
            Instant at = start.plusSeconds(60L * i);
            c = c.append(new LogEntry(
                    at,
                    teacher,
                    LocalDate.ofInstant(at, ZoneId.of("Europe/Amsterdam")),
                    Signal.BEHAVIOUR,
                    Source.OWN_OBSERVATION,
                    "Observation number " + i + " during the lesson.",
                    false));
        }
        return c;
    }

    @Setup
    public void setUp() {
        engine = MeldcodeRules.engine();
        json = CaseJson.write(logbook(events));
    }

    @Benchmark
    public Case read() {
        return CaseJson.read(json);
    }

    @Benchmark
    public Object readAndGuide() {
        return engine.guide(CaseJson.read(json));
    }
}
