package org.meldcode.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Result;
import org.meldcode.json.MeldcodeJsonModule;
import org.meldcode.model.Action;
import org.meldcode.model.Actor;
import org.meldcode.model.Case;
import org.meldcode.model.IbNotification;
import org.meldcode.model.Integrity;
import org.meldcode.model.LogEntry;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Report;
import org.meldcode.model.Role;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.rules.MeldcodeRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The store on Spring's JdbcClient with its Flyway migrations, on H2 in file mode always, and on
 * PostgreSQL too when
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
        CaseStore store = store(url);
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
        CaseStore store = store(url);
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
        CaseStore store = store(url);
        Case c = withEvents(newId(), 0);
        store.create(c);
        assertThatThrownBy(() -> store.create(c)).isInstanceOf(CaseStore.CaseExists.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void eight_writers_appending_with_retries_lose_no_event_and_add_none_twice(String url) throws Exception {
        CaseStore store = store(url);
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
        CaseStore store = store(url);
        Case c = withEvents(newId(), 3);
        store.create(c);
        assertThat(jdbc(url)
                        .sql("UPDATE meldcode_event SET action_json ="
                                + " REPLACE(action_json, 'entry 1', 'entry X') WHERE case_id = ? AND sequence = 2")
                        .param(c.id())
                        .update())
                .isEqualTo(1);
        assertThatThrownBy(() -> store.load(c.id()))
                .isInstanceOf(CaseStore.StoreException.class)
                .hasMessageContaining("tampered")
                .hasMessageContaining("event 3 does not follow event 2")
                .hasMessageNotContaining("entry X");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void a_last_event_removed_together_with_the_version_is_detected_by_the_head_hash(String url) throws SQLException {
        CaseStore store = store(url);
        Case c = withEvents(newId(), 3);
        store.create(c);
        JdbcClient db = jdbc(url);
        db.sql("DELETE FROM meldcode_event WHERE case_id = ? AND sequence = 3")
                .param(c.id())
                .update();
        db.sql("UPDATE meldcode_case SET version = 2 WHERE case_id = ?")
                .param(c.id())
                .update();
        assertThatThrownBy(() -> store.load(c.id()))
                .isInstanceOf(CaseStore.StoreException.class)
                .hasMessageContaining("tampered");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void refused_attempts_are_appended_beside_the_events_and_a_second_leaves_the_first_row_unchanged(String url) {
        // GIVEN a stored case with one event
        CaseStore store = store(url);
        Case c = withEvents(newId(), 1);
        store.create(c);
        Action report = new Report(T0.plusSeconds(60), TEACHER, true, false);
        // WHEN a refused report is recorded
        assertThat(store.recordAttempt(c.id(), 1, report, List.of("SP-0.2", "SP-5.3")))
                .isEqualTo(1);
        List<String> before = attemptRows(url, c.id());
        // AND a second refused action after it
        Action notification = new IbNotification(T0.plusSeconds(120), TEACHER);
        assertThat(store.recordAttempt(c.id(), 1, notification, List.of("SP-1.4")))
                .isEqualTo(2);
        // THEN there are two rows, the first exactly as it was
        List<String> after = attemptRows(url, c.id());
        assertThat(after).hasSize(2);
        assertThat(after.get(0)).isEqualTo(before.get(0));
        // AND both read back in order, with who, when, what and the clauses
        List<CaseStore.StoredAttempt> attempts = store.attempts(c.id());
        assertThat(attempts)
                .containsExactly(
                        new CaseStore.StoredAttempt(1, 1, report, List.of("SP-0.2", "SP-5.3")),
                        new CaseStore.StoredAttempt(2, 1, notification, List.of("SP-1.4")));
        // AND the case's events are untouched: attempts are not part of their chain
        assertThat(store.load(c.id())).contains(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void a_refused_attempt_changed_or_removed_in_the_database_is_detected_when_the_attempts_are_read(String url) {
        CaseStore store = store(url);
        Case c = withEvents(newId(), 1);
        store.create(c);
        store.recordAttempt(c.id(), 1, new Report(T0.plusSeconds(60), TEACHER, true, false), List.of("SP-5.3"));
        store.recordAttempt(c.id(), 1, new Report(T0.plusSeconds(90), TEACHER, true, false), List.of("SP-5.3"));
        Case d = withEvents(newId(), 1);
        store.create(d);
        store.recordAttempt(d.id(), 1, new Report(T0.plusSeconds(60), TEACHER, true, false), List.of("SP-5.3"));
        // WHEN the first attempt's clauses of one case are changed, and the last attempt of another removed
        JdbcClient db = jdbc(url);
        assertThat(db.sql("UPDATE meldcode_attempt SET clause_ids = 'SP-0.1' WHERE case_id = ? AND sequence = 1")
                        .param(c.id())
                        .update())
                .isEqualTo(1);
        assertThat(db.sql("DELETE FROM meldcode_attempt WHERE case_id = ?")
                        .param(d.id())
                        .update())
                .isEqualTo(1);
        // THEN reading either is refused as tampered
        for (String id : List.of(c.id(), d.id())) {
            assertThatThrownBy(() -> store.attempts(id))
                    .isInstanceOf(CaseStore.StoreException.class)
                    .hasMessageContaining("tampered");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void four_refusals_recorded_at_once_get_four_numbers_and_one_chain(String url) throws Exception {
        CaseStore store = store(url);
        Case c = withEvents(newId(), 1);
        store.create(c);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> numbers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Action a = new Report(T0.plusSeconds(60 + i), TEACHER, true, false);
                numbers.add(pool.submit(() -> store.recordAttempt(c.id(), 1, a, List.of("SP-5.3"))));
            }
            List<Integer> got = new ArrayList<>();
            for (Future<Integer> f : numbers) {
                got.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(got).containsExactlyInAnyOrder(1, 2, 3, 4);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.attempts(c.id())).hasSize(4);
    }

    /** A case's stored attempt rows, each as one string of all its columns. */
    private static List<String> attemptRows(String url, String caseId) {
        return jdbc(url)
                .sql("SELECT sequence, case_version, clause_ids, previous_hash, row_hash, action_json"
                        + " FROM meldcode_attempt WHERE case_id = ? ORDER BY sequence")
                .param(caseId)
                .query((r, n) -> r.getInt(1) + "|" + r.getInt(2) + "|" + r.getString(3) + "|" + r.getString(4) + "|"
                        + r.getString(5) + "|" + r.getString(6))
                .list();
    }

    @Test
    void a_database_made_before_flyway_is_adopted_with_its_cases_and_gets_a_migration_history(@TempDir Path old)
            throws SQLException {
        // GIVEN a database as the example made it before Flyway: its two tables and a stored case
        String url = WebApp.Options.h2(old);
        Case c = withEvents(newId(), 0);
        try (Connection conn = DriverManager.getConnection(url);
                Statement s = conn.createStatement()) {
            s.execute(
                    "CREATE TABLE meldcode_case (case_id VARCHAR(100) NOT NULL PRIMARY KEY,"
                            + " pupil_ref VARCHAR(100) NOT NULL, protocol_id VARCHAR(100) NOT NULL,"
                            + " protocol_version VARCHAR(100) NOT NULL, version INTEGER NOT NULL, head_hash CHAR(64) NOT NULL)");
            s.execute("CREATE TABLE meldcode_event (case_id VARCHAR(100) NOT NULL REFERENCES meldcode_case (case_id),"
                    + " sequence INTEGER NOT NULL, previous_hash CHAR(64) NOT NULL,"
                    + " action_json VARCHAR(1000000) NOT NULL, PRIMARY KEY (case_id, sequence))");
            s.execute("INSERT INTO meldcode_case VALUES ('" + c.id() + "', '" + c.pupilRef() + "', '"
                    + c.protocol().id() + "', '" + c.protocol().version() + "', 0, '" + Integrity.head(c) + "')");
        }
        // WHEN the application's migrations run on it
        CaseStore store = store(url);
        // THEN the case is still there and takes new events, and the history says baseline then V1
        assertThat(store.load(c.id())).contains(c);
        Case next = c.append(new IbNotification(T0, TEACHER));
        store.appendLast(next);
        assertThat(store.load(c.id())).contains(next);
        assertThat(jdbc(url)
                        .sql("SELECT \"type\", \"version\" FROM \"flyway_schema_history\""
                                + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")
                        .query((r, n) -> r.getString(1) + " " + r.getString(2))
                        .list())
                .containsExactly("BASELINE 0", "SQL 1", "SQL 2");
        // AND running them again changes nothing
        assertThat(store(url).load(c.id())).contains(next);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void a_fresh_database_gets_the_schema_from_the_first_migration(String url) {
        // GIVEN any database (fresh, or used by the tests before) WHEN migrated THEN V1 is applied
        store(url);
        assertThat(jdbc(url)
                        .sql("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '1'"
                                + " AND \"success\"")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    /** The store on the database at the URL, its schema migrated as the application does it. */
    static CaseStore store(String url) {
        DataSource ds = new DriverManagerDataSource(url);
        CaseStore.migrations(Flyway.configure().dataSource(ds)).load().migrate();
        return new CaseStore(
                JdbcClient.create(ds),
                new DataSourceTransactionManager(ds),
                JsonMapper.builder().addModule(new MeldcodeJsonModule()).build());
    }

    /** A client on the database at the URL, to change it behind the store's back. */
    static JdbcClient jdbc(String url) {
        return JdbcClient.create(new DriverManagerDataSource(url));
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
