package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.Result;
import org.meldcode.engine.Ruling;
import org.meldcode.model.Action;
import org.meldcode.model.Case;
import org.meldcode.model.Integrity;
import org.meldcode.model.LogEntry;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.testing.Generators;
import org.meldcode.testing.Replay;

/** One engine shared by many threads; optimistic concurrency keeps every event exactly once. */
class ConcurrencyTest {

    @Test
    void applying_to_a_case_that_moved_on_gives_a_conflict_and_changes_nothing() {
        // GIVEN a case at version 2, seen by two staff members
        Story story = Story.newCase().ibInformed();
        Case seen = story.caseFile();
        int version = seen.version();
        // WHEN the first appends a logbook entry
        Result first = ENGINE.apply(seen, signal(story.next(), TEACHER), version);
        assertThat(first.permitted()).isTrue();
        Case stored = first.caseFile();
        // AND the second acts on the version they saw
        Result second = ENGINE.apply(stored, signal(story.next(), IB), version);
        // THEN the second gets a conflict, and the stored case is returned as it is
        assertThat(second.conflicted()).isTrue();
        assertThat(second.permitted()).isFalse();
        assertThat(second.caseFile()).isSameAs(stored);
        assertThat(second.conflict().orElseThrow().actualVersion()).isEqualTo(version + 1);
        assertThat(second.conflict().orElseThrow().explanation().english())
                .isEqualTo("The case has changed in the meantime (you saw version 2, it is now version 3);"
                        + " look at the changes and try again.");
        assertThat(second.ruling().permitted())
                .as("the ruling against the case as it is")
                .isTrue();
    }

    @Test
    void eight_writers_racing_on_one_case_lose_and_duplicate_no_event() throws Exception {
        // GIVEN a host's store: one case, replaced only by compare-and-set on the version it was read at
        AtomicReference<Case> store =
                new AtomicReference<>(Story.newCase().ibInformed().caseFile());
        Instant base = store.get().lastEventAt().orElseThrow();
        AtomicInteger appended = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int n = 0; n < 25; n++) {
                        while (true) {
                            Case seen = store.get();
                            LogEntry entry = new LogEntry(
                                    base.plusSeconds(seen.version()),
                                    TEACHER,
                                    LocalDate.of(2026, 9, 7),
                                    Signal.BEHAVIOUR,
                                    Source.OWN_OBSERVATION,
                                    "Writer " + writer + " entry " + n + ".",
                                    false);
                            Result r = ENGINE.apply(seen, entry, seen.version());
                            if (r.permitted() && store.compareAndSet(seen, r.caseFile())) {
                                appended.incrementAndGet();
                                break;
                            }
                            conflicts.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : writers) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        // THEN every entry is there exactly once, in one unbroken chain
        Case last = store.get();
        assertThat(appended.get()).isEqualTo(200);
        assertThat(last.size()).isEqualTo(2 + 200);
        assertThat(Integrity.verify(last)).isEmpty();
        List<String> texts = last.events().stream()
                .map(e -> e.action())
                .filter(a -> a instanceof LogEntry l && l.text().startsWith("Writer"))
                .map(a -> ((LogEntry) a).text())
                .toList();
        assertThat(texts).hasSize(200).doesNotHaveDuplicates();
    }

    @Test
    void one_engine_shared_by_eight_threads_gives_100000_rulings_identical_to_a_sequential_run() throws Exception {
        // GIVEN up to 2,000 rulings to make, taken from generated cases, and their sequential answers
        List<Case> cases = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        qt().withFixedSeed(20261128L)
                .withExamples(100)
                .forAll(Generators.sequences(5, 40))
                .checkAssert(moves -> {
                    for (Replay.Step s : Replay.run(ENGINE, moves)) {
                        if (cases.size() < 2_000) {
                            cases.add(s.before());
                            actions.add(s.action());
                        }
                    }
                });
        assertThat(cases).hasSizeGreaterThan(1_000);
        List<Ruling> sequential = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            sequential.add(ENGINE.evaluate(cases.get(i), actions.get(i)));
        }
        // WHEN eight threads make 100,000 rulings between them on the same engine
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger rulings = new AtomicInteger();
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                workers.add(pool.submit(() -> {
                    int mismatches = 0;
                    for (int k = 0; k < 12_500; k++) {
                        int i = (offset * 251 + k) % cases.size();
                        if (!ENGINE.evaluate(cases.get(i), actions.get(i)).equals(sequential.get(i))) {
                            mismatches++;
                        }
                        rulings.incrementAndGet();
                    }
                    return mismatches;
                }));
            }
            // THEN every answer equals the sequential one
            for (Future<Integer> f : workers) {
                assertThat(f.get(5, TimeUnit.MINUTES)).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(rulings.get()).isEqualTo(100_000);
    }
}
