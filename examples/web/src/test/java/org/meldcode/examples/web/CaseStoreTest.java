package org.meldcode.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Result;
import org.meldcode.model.Actor;
import org.meldcode.model.Case;
import org.meldcode.model.IbNotification;
import org.meldcode.model.Integrity;
import org.meldcode.model.LogEntry;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.rules.MeldcodeRules;

/**
 * The JDBC store, on H2 in file mode always, and on PostgreSQL too when
 * {@code -Dmeldcode.pg.url=jdbc:postgresql://...} (or the environment variable
 * {@code MELDCODE_PG_URL}) names a database: the same code and SQL on both.
 */
class CaseStoreTest {

    private static final MeldcodeEngine ENGINE = MeldcodeRules.engine();
    private static final Actor TEACHER = Actor.of(Role.TEACHER, "lk-104");
    private static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");

    @TempDir
    static Path data;

    /** The databases to run on: H2, and PostgreSQL when a URL is given. */
    static Stream<String> databases() {
        List<String> urls = new ArrayList<>();
        urls.add(WebApp.Options.h2(data));
        Optional.ofNullable(System.getProperty("meldcode.pg.url"))
                .or(() -> Optional.ofNullable(System.getenv("MELDCODE_PG_URL")))
                .filter(u -> !u.isBlank())
                .ifPresent(urls::add);
        return urls.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void a_stored_case_loads_back_equal_with_its_hash_chain(String url) {
        CaseStore store = new CaseStore(url);
        Case c = withEvents(newId(), 3);
        store.create(Case.open(c.id(), c.pupilRef(), c.protocol()));
        Case partial = Case.open(c.id(), c.pupilRef(), c.protocol());
        for (var e : c.events()) {
            partial = partial.append(e.action());
            store.appendLast(partial);
        }
        Case loaded = store.load(c.id()).orElseThrow();
        assertThat(loaded).isEqualTo(c);
        assertThat(Integrity.verify(loaded)).isEmpty();
        assertThat(store.versionOf(c.id())).isEqualTo(3);
        assertThat(store.load("no-such-" + newId())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void appending_on_a_version_the_case_has_moved_past_writes_nothing(String url) {
        CaseStore store = new CaseStore(url);
        Case c = withEvents(newId(), 1);
        store.create(c);
        Case first = c.append(new IbNotification(T0.plusSeconds(60), TEACHER));
        Case second = c.append(new IbNotification(T0.plusSeconds(120), TEACHER)); // also made from version 1
        store.appendLast(first);
        assertThatThrownBy(() -> store.appendLast(second))
                .isInstanceOfSatisfying(CaseStore.VersionConflict.class, e -> {
                    assertThat(e.expected).isEqualTo(1);
                    assertThat(e.actual).isEqualTo(2);
                });
        assertThat(store.load(c.id()).orElseThrow()).isEqualTo(first);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void a_second_case_with_the_same_id_is_refused(String url) {
        CaseStore store = new CaseStore(url);
        Case c = withEvents(newId(), 0);
        store.create(c);
        assertThatThrownBy(() -> store.create(c)).isInstanceOf(CaseStore.CaseExists.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void eight_writers_appending_with_retries_lose_no_event_and_add_none_twice(String url) throws Exception {
        CaseStore store = new CaseStore(url);
        String id = newId();
        store.create(Case.open(id, "leerling-" + id, ProtocolRef.STAPPENPLAN_2021));
        int writers = 8;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Integer>> jobs = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                jobs.add(() -> {
                    int conflicts = 0;
                    for (int i = 0; i < each; i++) {
                        while (true) {
                            Case now = store.load(id).orElseThrow();
                            Result r = ENGINE.apply(now, log("writer " + writer + " entry " + i, now), now.version());
                            assertThat(r.permitted()).isTrue();
                            try {
                                store.appendLast(r.caseFile());
                                break;
                            } catch (CaseStore.VersionConflict e) {
                                conflicts++;
                            }
                        }
                    }
                    return conflicts;
                });
            }
            int conflicts = 0;
            for (Future<Integer> f : pool.invokeAll(jobs)) {
                conflicts += f.get();
            }
            Case c = store.load(id).orElseThrow();
            assertThat(c.size()).isEqualTo(writers * each);
            assertThat(Integrity.verify(c)).isEmpty();
            List<String> texts = c.events().stream()
                    .map(e -> ((LogEntry) e.action()).text())
                    .sorted()
                    .toList();
            assertThat(texts).doesNotHaveDuplicates().hasSize(writers * each);
            assertThat(conflicts).isPositive(); // the writers did race
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void an_event_changed_in_the_database_is_detected_on_load(String url) throws SQLException {
        CaseStore store = new CaseStore(url);
        Case c = withEvents(newId(), 3);
        store.create(c);
        try (Connection conn = store.connect();
                PreparedStatement s = conn.prepareStatement("UPDATE meldcode_event SET action_json ="
                        + " REPLACE(action_json, 'entry 1', 'entry X') WHERE case_id = ? AND sequence = 2")) {
            s.setString(1, c.id());
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        assertThatThrownBy(() -> store.load(c.id()))
                .isInstanceOf(CaseStore.StoreException.class)
                .hasMessageContaining("tampered")
                .hasMessageContaining("event 3 does not follow event 2")
                .hasMessageNotContaining("entry X");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void a_last_event_removed_together_with_the_version_is_detected_by_the_head_hash(String url) throws SQLException {
        CaseStore store = new CaseStore(url);
        Case c = withEvents(newId(), 3);
        store.create(c);
        try (Connection conn = store.connect()) {
            try (PreparedStatement s =
                    conn.prepareStatement("DELETE FROM meldcode_event WHERE case_id = ? AND sequence = 3")) {
                s.setString(1, c.id());
                s.executeUpdate();
            }
            try (PreparedStatement s =
                    conn.prepareStatement("UPDATE meldcode_case SET version = 2 WHERE case_id = ?")) {
                s.setString(1, c.id());
                s.executeUpdate();
            }
        }
        assertThatThrownBy(() -> store.load(c.id()))
                .isInstanceOf(CaseStore.StoreException.class)
                .hasMessageContaining("tampered");
    }

    private static String newId() {
        return "casus-" + UUID.randomUUID();
    }

    private static Case withEvents(String id, int n) {
        Case c = Case.open(id, "leerling-" + id.substring(6, 14), ProtocolRef.STAPPENPLAN_2021);
        for (int i = 0; i < n; i++) {
            c = c.append(new LogEntry(
                    T0.plusSeconds(i),
                    TEACHER,
                    LocalDate.parse("2026-01-05"),
                    Signal.BEHAVIOUR,
                    Source.OWN_OBSERVATION,
                    "entry " + i,
                    false));
        }
        return c;
    }

    private static LogEntry log(String text, Case now) {
        Instant at = now.lastEventAt().orElse(T0).plusSeconds(1);
        return new LogEntry(
                at, TEACHER, LocalDate.parse("2026-01-05"), Signal.BEHAVIOUR, Source.OWN_OBSERVATION, text, false);
    }
}
