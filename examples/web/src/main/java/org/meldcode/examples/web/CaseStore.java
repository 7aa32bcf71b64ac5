package org.meldcode.examples.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.meldcode.model.Action;
import org.meldcode.model.Case;
import org.meldcode.model.Event;
import org.meldcode.model.Integrity;
import org.meldcode.model.ProtocolRef;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores cases in a relational database through Spring's {@link JdbcClient}: one row per case and
 * an append-only table of events, with the case's hash chain checked on every load. The schema is
 * versioned by Flyway ({@code db/migration}, {@link #migrations}).
 *
 * <p>Schema (the same SQL on H2 and PostgreSQL):
 *
 * <pre>
 * meldcode_case    (case_id PK, pupil_ref, protocol_id, protocol_version, version, head_hash,
 *                   attempts_head)
 * meldcode_event   (case_id FK, sequence, previous_hash, action_json; PK (case_id, sequence))
 * meldcode_attempt (case_id FK, sequence, case_version, clause_ids, previous_hash, row_hash,
 *                   action_json; PK (case_id, sequence))
 * </pre>
 *
 * <p>Refused attempts ({@link #recordAttempt}) are kept beside the events, append-only like them,
 * with a hash chain of their own whose last hash the case row keeps ({@code attempts_head}).
 *
 * <p>Appending is optimistic: in one transaction the case row moves from the version the person
 * saw to the next one ({@code UPDATE ... WHERE version = ?}) and the event is inserted under the
 * primary key {@code (case_id, sequence)}. A writer that lost a race updates no row, or collides
 * on the key, and gets a {@link VersionConflict}; nothing is written for it. Events are never
 * updated or deleted. Each action is stored as JSON written and read by the application's
 * {@link JsonMapper}, through the library's {@code MeldcodeJsonModule}.
 */
@Component
final class CaseStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate writes;
    private final TransactionTemplate snapshots;
    private final JsonMapper json;

    /**
     * Held through each write transaction, its commit included, on H2 only. H2's MVStore writes a
     * commit's changes map by map, and a transaction of another connection that commits while that
     * store is in progress can end up in the file half (H2 issue 2080: the case row moved on, its
     * event missing), which a SIGKILL at that moment makes permanent (CrashTest found it). One
     * writer at a time makes each store hold whole transactions. H2 in file mode serves one process
     * anyway; PostgreSQL needs no such lock ({@code null}).
     */
    private final ReentrantLock serialWrites;

    /**
     * A store on the database behind the client; its schema is migrated before (Flyway).
     *
     * @param jdbc         the database
     * @param transactions the transactions of that database
     * @param json         a mapper with the library's {@code MeldcodeJsonModule} registered
     */
    CaseStore(JdbcClient jdbc, PlatformTransactionManager transactions, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.writes = new TransactionTemplate(transactions);
        this.serialWrites = isH2(transactions) ? new ReentrantLock(true) : null;
        this.snapshots = new TransactionTemplate(transactions); // one snapshot of row and events
        this.snapshots.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshots.setReadOnly(true);
    }

    /** A write transaction, one at a time on H2 ({@link #serialWrites}). */
    private <T> T write(TransactionCallback<T> work) {
        if (serialWrites == null) {
            return writes.execute(work);
        }
        serialWrites.lock();
        try {
            return writes.execute(work);
        } finally {
            serialWrites.unlock();
        }
    }

    private static boolean isH2(PlatformTransactionManager transactions) {
        if (!(transactions instanceof DataSourceTransactionManager d) || d.getDataSource() == null) {
            return false;
        }
        try {
            String product =
                    JdbcUtils.extractDatabaseMetaData(d.getDataSource(), DatabaseMetaData::getDatabaseProductName);
            return "H2".equalsIgnoreCase(product);
        } catch (MetaDataAccessException e) {
            throw new StoreException("cannot read which database this is", e);
        }
    }

    /**
     * How the schema is migrated: the scripts in {@code db/migration}; a database that has the
     * tables of the example from before Flyway but no history of migrations is baselined at
     * version 0, so that V1 (which creates only what is missing) runs on it and keeps its cases.
     * Spring Boot applies it ({@link WebApp}); the tests apply it to their own databases.
     */
    static FluentConfiguration migrations(FluentConfiguration flyway) {
        return flyway.locations("classpath:db/migration")
                .baselineOnMigrate(true)
                .baselineVersion("0");
    }

    /**
     * Stores a new case and its events (usually none).
     *
     * @throws CaseExists when a case with the id exists
     */
    void create(Case caseFile) {
        try {
            write(tx -> {
                jdbc.sql("INSERT INTO meldcode_case"
                                + " (case_id, pupil_ref, protocol_id, protocol_version, version, head_hash)"
                                + " VALUES (?, ?, ?, ?, ?, ?)")
                        .params(
                                caseFile.id(),
                                caseFile.pupilRef(),
                                caseFile.protocol().id(),
                                caseFile.protocol().version(),
                                caseFile.version(),
                                Integrity.head(caseFile))
                        .update();
                caseFile.events().forEach(e -> insert(caseFile.id(), e));
                return null;
            });
        } catch (DuplicateKeyException e) {
            throw new CaseExists(caseFile.id());
        } catch (DataAccessException e) {
            throw failed("the database refused a write", e);
        }
    }

    /**
     * Appends the case's last event, provided the stored case is still at the version before it.
     *
     * @param caseFile the case with the new event appended by the engine
     * @throws VersionConflict when the stored case moved on
     */
    void appendLast(Case caseFile) {
        Event last = caseFile.events().get(caseFile.size() - 1);
        int expected = caseFile.version() - 1;
        try {
            write(tx -> {
                int updated = jdbc.sql("UPDATE meldcode_case SET version = ?, head_hash = ?"
                                + " WHERE case_id = ? AND version = ? AND head_hash = ?")
                        .params(
                                caseFile.version(),
                                Integrity.head(caseFile),
                                caseFile.id(),
                                expected,
                                last.previousHash())
                        .update();
                if (updated != 1) {
                    throw new VersionConflict(caseFile.id(), expected, versionOf(caseFile.id()));
                }
                insert(caseFile.id(), last);
                return null;
            });
        } catch (DuplicateKeyException e) { // another writer inserted this sequence first
            throw new VersionConflict(caseFile.id(), expected, versionOf(caseFile.id()));
        } catch (DataAccessException e) {
            throw failed("the database refused a write", e);
        }
    }

    /**
     * Loads a case, checking its hash chain against the head kept in the case row.
     *
     * @return empty when there is no such case
     * @throws StoreException when the stored history does not verify
     */
    Optional<Case> load(String caseId) {
        try {
            return snapshots.execute(tx -> loadIn(caseId));
        } catch (DataAccessException e) {
            throw failed("cannot load case " + caseId, e);
        }
    }

    /** The stored version of a case, or -1 when there is no such case. */
    int versionOf(String caseId) {
        try {
            return jdbc.sql("SELECT version FROM meldcode_case WHERE case_id = ?")
                    .param(caseId)
                    .query(Integer.class)
                    .optional()
                    .orElse(-1);
        } catch (DataAccessException e) {
            throw failed("cannot read case " + caseId, e);
        }
    }

    /** The ids of all cases, sorted, with their versions. */
    List<Summary> list() {
        try {
            return jdbc.sql("SELECT case_id, version FROM meldcode_case ORDER BY case_id")
                    .query((r, n) -> new Summary(r.getString(1), r.getInt(2)))
                    .list();
        } catch (DataAccessException e) {
            throw failed("cannot list the cases", e);
        }
    }

    /** A case id and its version. */
    record Summary(String id, int version) {}

    /** The hash before a case's first refused attempt (64 zeros), as {@code V2} sets it. */
    static final String NO_ATTEMPTS = "0".repeat(64);

    /**
     * A refused attempt as stored: an action someone tried to take and the protocol refused.
     *
     * @param sequence    its number among the case's attempts, from 1
     * @param caseVersion the version of the case it was ruled on (it came after that many events)
     * @param action      the action proposed: who, when, what
     * @param clauseIds   the ids of the clauses that refused it
     */
    record StoredAttempt(int sequence, int caseVersion, Action action, List<String> clauseIds) {}

    /**
     * Records a refused attempt beside the case's events. Attempts are only ever inserted: the
     * store has no way to update or delete one. Each row's hash covers the row and the hash before
     * it, and the case row keeps the last one, so a changed, inserted or removed attempt is
     * detected when the attempts are read ({@link #attempts}).
     *
     * @param caseId      the case
     * @param caseVersion the version the attempt was ruled on
     * @param action      the refused action
     * @param clauseIds   the clauses that refused it
     * @return the attempt's number among the case's attempts
     */
    int recordAttempt(String caseId, int caseVersion, Action action, List<String> clauseIds) {
        String actionJson = json.writerFor(Action.class).writeValueAsString(action);
        String clauses = String.join(",", clauseIds);
        for (int tries = 0; ; tries++) {
            try {
                Integer recorded = write(tx -> {
                    String head = jdbc.sql("SELECT attempts_head FROM meldcode_case WHERE case_id = ?")
                            .param(caseId)
                            .query(String.class)
                            .single();
                    int sequence = jdbc.sql("SELECT COUNT(*) FROM meldcode_attempt WHERE case_id = ?")
                                    .param(caseId)
                                    .query(Integer.class)
                                    .single()
                            + 1;
                    String hash = attemptHash(head, caseId, sequence, caseVersion, clauses, actionJson);
                    jdbc.sql("INSERT INTO meldcode_attempt (case_id, sequence, case_version, clause_ids,"
                                    + " previous_hash, row_hash, action_json) VALUES (?, ?, ?, ?, ?, ?, ?)")
                            .params(caseId, sequence, caseVersion, clauses, head, hash, actionJson)
                            .update();
                    int moved = jdbc.sql("UPDATE meldcode_case SET attempts_head = ?"
                                    + " WHERE case_id = ? AND attempts_head = ?")
                            .params(hash, caseId, head)
                            .update();
                    if (moved != 1) {
                        tx.setRollbackOnly(); // another attempt was recorded in between: try again
                        return null;
                    }
                    return sequence;
                });
                if (recorded != null) {
                    return recorded;
                }
            } catch (DuplicateKeyException e) {
                // another attempt took this number first: try again
            } catch (DataAccessException e) {
                throw failed("the database refused a write", e);
            }
            if (tries >= 9) {
                throw new StoreException("case " + caseId + ": cannot record a refused attempt", null);
            }
        }
    }

    /**
     * The refused attempts of a case, in the order they were recorded, their chain checked against
     * the head kept in the case row.
     *
     * @throws StoreException when the stored attempts do not verify
     */
    List<StoredAttempt> attempts(String caseId) {
        try {
            return snapshots.execute(tx -> attemptsIn(caseId));
        } catch (DataAccessException e) {
            throw failed("cannot load the attempts of case " + caseId, e);
        }
    }

    private record StoredAttemptRow(
            int sequence, int caseVersion, String clauses, String previousHash, String hash, String actionJson) {}

    private List<StoredAttempt> attemptsIn(String caseId) {
        String head = jdbc.sql("SELECT attempts_head FROM meldcode_case WHERE case_id = ?")
                .param(caseId)
                .query(String.class)
                .optional()
                .orElse(NO_ATTEMPTS);
        List<StoredAttemptRow> rows = jdbc.sql("SELECT sequence, case_version, clause_ids, previous_hash, row_hash,"
                        + " action_json FROM meldcode_attempt WHERE case_id = ? ORDER BY sequence")
                .param(caseId)
                .query((r, n) -> new StoredAttemptRow(
                        r.getInt(1), r.getInt(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6)))
                .list();
        List<StoredAttempt> out = new ArrayList<>();
        String previous = NO_ATTEMPTS;
        for (StoredAttemptRow row : rows) {
            if (row.sequence() != out.size() + 1
                    || !row.previousHash().equals(previous)
                    || !row.hash()
                            .equals(attemptHash(
                                    previous,
                                    caseId,
                                    row.sequence(),
                                    row.caseVersion(),
                                    row.clauses(),
                                    row.actionJson()))) {
                throw new StoreException(
                        "case " + caseId + ": the stored attempts were tampered with at attempt " + row.sequence(),
                        null,
                        true);
            }
            Action action;
            try {
                action = json.readValue(row.actionJson(), Action.class);
            } catch (RuntimeException e) { // the message may quote the stored text
                throw new StoreException(
                        "case " + caseId + ": stored attempt " + row.sequence() + " is not valid", null, true);
            }
            List<String> clauses =
                    row.clauses().isEmpty() ? List.of() : List.of(row.clauses().split(","));
            out.add(new StoredAttempt(row.sequence(), row.caseVersion(), action, clauses));
            previous = row.hash();
        }
        if (!previous.equals(head)) {
            throw new StoreException(
                    "case " + caseId + ": the stored attempts were tampered with: the last one is not the one recorded",
                    null,
                    true);
        }
        return out;
    }

    /** SHA-256 over an attempt's row and the hash before it, in hex. */
    static String attemptHash(
            String previous, String caseId, int sequence, int caseVersion, String clauses, String actionJson) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String content = String.join(
                    "\n",
                    previous,
                    caseId,
                    Integer.toString(sequence),
                    Integer.toString(caseVersion),
                    clauses,
                    actionJson);
            return HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private record Row(String pupil, ProtocolRef protocol, int version, String head) {}

    private record Stored(int sequence, String previousHash, String actionJson) {}

    private Optional<Case> loadIn(String caseId) {
        Optional<Row> row = jdbc.sql("SELECT pupil_ref, protocol_id, protocol_version, version, head_hash"
                        + " FROM meldcode_case WHERE case_id = ?")
                .param(caseId)
                .query((r, n) -> new Row(
                        r.getString(1), new ProtocolRef(r.getString(2), r.getString(3)), r.getInt(4), r.getString(5)))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        List<Stored> stored = jdbc.sql("SELECT sequence, previous_hash, action_json FROM meldcode_event"
                        + " WHERE case_id = ? ORDER BY sequence")
                .param(caseId)
                .query((r, n) -> new Stored(r.getInt(1), r.getString(2), r.getString(3)))
                .list();
        List<Event> events = new ArrayList<>();
        for (Stored s : stored) {
            Action action;
            try {
                action = json.readValue(s.actionJson(), Action.class);
            } catch (RuntimeException e) { // not JSON, or no valid action: the message may quote it
                throw new StoreException(
                        "case " + caseId + ": stored event " + s.sequence() + " is not valid", null, true);
            }
            events.add(new Event(s.sequence(), s.previousHash(), action));
        }
        Case loaded;
        try {
            loaded = new Case(caseId, row.get().pupil(), row.get().protocol(), events);
        } catch (IllegalArgumentException e) {
            throw new StoreException("case " + caseId + ": stored events are out of order", null, true);
        }
        if (loaded.version() != row.get().version()) {
            throw new StoreException(
                    "case " + caseId + ": the case row says version "
                            + row.get().version() + " but " + loaded.version() + " events are stored",
                    null,
                    true);
        }
        Optional<Integrity.Break> broken = Integrity.verify(loaded, row.get().head());
        if (broken.isPresent()) {
            throw new StoreException(
                    "case " + caseId + ": the stored history was tampered with: "
                            + broken.get().reason(),
                    null,
                    true);
        }
        return Optional.of(loaded);
    }

    private void insert(String caseId, Event e) {
        jdbc.sql("INSERT INTO meldcode_event (case_id, sequence, previous_hash, action_json) VALUES (?, ?, ?, ?)")
                .params(
                        caseId,
                        e.sequence(),
                        e.previousHash(),
                        json.writerFor(Action.class).writeValueAsString(e.action()))
                .update();
    }

    /** A failure of the database, named without its message (which may quote SQL values). */
    private static StoreException failed(String what, DataAccessException e) {
        Throwable sql = e.getMostSpecificCause();
        String state = sql instanceof java.sql.SQLException s ? " (SQLState " + s.getSQLState() + ")" : "";
        return new StoreException(what + state, e);
    }

    /** The stored case moved on since it was loaded: nothing was written. */
    static final class VersionConflict extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int expected;
        final int actual;

        VersionConflict(String caseId, int expected, int actual) {
            super("case " + caseId + " is at version " + actual + ", not " + expected, null, false, false);
            this.expected = expected;
            this.actual = actual;
        }
    }

    /** A case with this id exists already. */
    static final class CaseExists extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CaseExists(String caseId) {
            super("case " + caseId + " exists already", null, false, false);
        }
    }

    /** The database failed, or a stored case does not verify. The message holds no pupil data. */
    static final class StoreException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** Whether the stored history does not verify (rather than the database failing). */
        final boolean tampered;

        StoreException(String message, Throwable cause) {
            this(message, cause, false);
        }

        StoreException(String message, Throwable cause, boolean tampered) {
            super(message, cause);
            this.tampered = tampered;
        }
    }
}
