package org.meldcode.examples.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meldcode.json.CaseJson;
import org.meldcode.json.InvalidInputException;
import org.meldcode.model.Case;
import org.meldcode.model.Event;
import org.meldcode.model.Integrity;
import org.meldcode.model.ProtocolRef;
import tools.jackson.databind.JsonNode;

/**
 * Stores cases in a relational database through plain JDBC: one row per case and an
 * append-only table of events, with the case's hash chain checked on every load.
 *
 * <p>Schema (the same SQL on H2 and PostgreSQL):
 *
 * <pre>
 * meldcode_case  (case_id PK, pupil_ref, protocol_id, protocol_version, version, head_hash)
 * meldcode_event (case_id FK, sequence, previous_hash, action_json; PK (case_id, sequence))
 * </pre>
 *
 * <p>Appending is optimistic: in one transaction the case row moves from the version the person
 * saw to the next one ({@code UPDATE ... WHERE version = ?}) and the event is inserted under the
 * primary key {@code (case_id, sequence)}. A writer that lost a race updates no row, or collides
 * on the key, and gets a {@link VersionConflict}; nothing is written for it. Events are never
 * updated or deleted.
 */
final class CaseStore {

    /** The schema, created when missing. */
    static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS meldcode_case ("
                    + " case_id VARCHAR(100) NOT NULL PRIMARY KEY,"
                    + " pupil_ref VARCHAR(100) NOT NULL,"
                    + " protocol_id VARCHAR(100) NOT NULL,"
                    + " protocol_version VARCHAR(100) NOT NULL,"
                    + " version INTEGER NOT NULL,"
                    + " head_hash CHAR(64) NOT NULL)",
            "CREATE TABLE IF NOT EXISTS meldcode_event ("
                    + " case_id VARCHAR(100) NOT NULL REFERENCES meldcode_case (case_id),"
                    + " sequence INTEGER NOT NULL,"
                    + " previous_hash CHAR(64) NOT NULL,"
                    + " action_json VARCHAR(1000000) NOT NULL,"
                    + " PRIMARY KEY (case_id, sequence))");

    private static final String UNIQUE_VIOLATION = "23505"; // SQLSTATE, the same on H2 and PostgreSQL

    private final String url;

    /**
     * A store on the database at the JDBC URL, its tables created when missing.
     *
     * @param url for example {@code jdbc:h2:file:./data/meldcode} or
     *     {@code jdbc:postgresql://127.0.0.1:5432/meldcode?user=...&password=...}
     */
    CaseStore(String url) {
        this.url = url;
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            for (String ddl : SCHEMA) {
                s.execute(ddl);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot prepare the database (SQLState " + e.getSQLState() + ")", e);
        }
    }

    /** A new connection to the database. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /**
     * Stores a new case and its events (usually none).
     *
     * @throws CaseExists when a case with the id exists
     */
    void create(Case caseFile) {
        try {
            createOrFail(caseFile);
        } catch (DuplicateKey e) {
            throw new CaseExists(caseFile.id());
        }
    }

    private void createOrFail(Case caseFile) {
        inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO meldcode_case"
                    + " (case_id, pupil_ref, protocol_id, protocol_version, version, head_hash)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setString(1, caseFile.id());
                s.setString(2, caseFile.pupilRef());
                s.setString(3, caseFile.protocol().id());
                s.setString(4, caseFile.protocol().version());
                s.setInt(5, caseFile.version());
                s.setString(6, Integrity.head(caseFile));
                s.executeUpdate();
            }
            for (Event e : caseFile.events()) {
                insert(c, caseFile.id(), e);
            }
            return null;
        });
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
            appendOrFail(caseFile, last, expected);
        } catch (DuplicateKey e) { // another writer inserted this sequence first
            throw new VersionConflict(caseFile.id(), expected, versionOf(caseFile.id()));
        }
    }

    private void appendOrFail(Case caseFile, Event last, int expected) {
        inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE meldcode_case SET version = ?, head_hash = ?"
                    + " WHERE case_id = ? AND version = ? AND head_hash = ?")) {
                s.setInt(1, caseFile.version());
                s.setString(2, Integrity.head(caseFile));
                s.setString(3, caseFile.id());
                s.setInt(4, expected);
                s.setString(5, last.previousHash());
                if (s.executeUpdate() != 1) {
                    throw new VersionConflict(caseFile.id(), expected, currentVersion(c, caseFile.id()));
                }
            }
            insert(c, caseFile.id(), last);
            return null;
        });
    }

    /**
     * Loads a case, checking its hash chain against the head kept in the case row.
     *
     * @return empty when there is no such case
     * @throws StoreException when the stored history does not verify
     */
    Optional<Case> load(String caseId) {
        try (Connection c = connect()) {
            c.setAutoCommit(false); // one snapshot of row and events
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                Optional<Case> found = load(c, caseId);
                c.commit();
                return found;
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot load case " + caseId + " (SQLState " + e.getSQLState() + ")", e);
        }
    }

    /** The stored version of a case, or -1 when there is no such case. */
    int versionOf(String caseId) {
        try (Connection c = connect()) {
            return currentVersion(c, caseId);
        } catch (SQLException e) {
            throw new StoreException("cannot read case " + caseId + " (SQLState " + e.getSQLState() + ")", e);
        }
    }

    /** The ids of all cases, sorted, with their versions. */
    List<Summary> list() {
        List<Summary> out = new ArrayList<>();
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT case_id, version FROM meldcode_case ORDER BY case_id")) {
            while (r.next()) {
                out.add(new Summary(r.getString(1), r.getInt(2)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot list the cases (SQLState " + e.getSQLState() + ")", e);
        }
    }

    /** A case id and its version. */
    record Summary(String id, int version) {}

    private Optional<Case> load(Connection c, String caseId) throws SQLException {
        String pupil;
        ProtocolRef protocol;
        int version;
        String head;
        try (PreparedStatement s = c.prepareStatement("SELECT pupil_ref, protocol_id, protocol_version, version,"
                + " head_hash FROM meldcode_case WHERE case_id = ?")) {
            s.setString(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                pupil = r.getString(1);
                protocol = new ProtocolRef(r.getString(2), r.getString(3));
                version = r.getInt(4);
                head = r.getString(5);
            }
        }
        List<Event> events = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT sequence, previous_hash, action_json FROM"
                + " meldcode_event WHERE case_id = ? ORDER BY sequence")) {
            s.setString(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int sequence = r.getInt(1);
                    try {
                        JsonNode action = Json.parse(r.getString(3));
                        events.add(new Event(
                                sequence, r.getString(2), CaseJson.actionFromTree(action, "/events/" + sequence)));
                    } catch (Json.BadInput | InvalidInputException | IllegalArgumentException e) {
                        throw new StoreException(
                                "case " + caseId + ": stored event " + sequence + " is not valid", null, true);
                    }
                }
            }
        }
        Case loaded;
        try {
            loaded = new Case(caseId, pupil, protocol, events);
        } catch (IllegalArgumentException e) {
            throw new StoreException("case " + caseId + ": stored events are out of order", null, true);
        }
        if (loaded.version() != version) {
            throw new StoreException(
                    "case " + caseId + ": the case row says version " + version + " but " + loaded.version()
                            + " events are stored",
                    null,
                    true);
        }
        Optional<Integrity.Break> broken = Integrity.verify(loaded, head);
        if (broken.isPresent()) {
            throw new StoreException(
                    "case " + caseId + ": the stored history was tampered with: "
                            + broken.get().reason(),
                    null,
                    true);
        }
        return Optional.of(loaded);
    }

    private static void insert(Connection c, String caseId, Event e) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO meldcode_event (case_id, sequence, previous_hash, action_json) VALUES (?, ?, ?, ?)")) {
            s.setString(1, caseId);
            s.setInt(2, e.sequence());
            s.setString(3, e.previousHash());
            s.setString(4, Json.compact(CaseJson.tree(e.action())));
            s.executeUpdate();
        }
    }

    private static int currentVersion(Connection c, String caseId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM meldcode_case WHERE case_id = ?")) {
            s.setString(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : -1;
            }
        }
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException e) {
                c.rollback();
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new DuplicateKey();
                }
                throw e;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("the database refused a write (SQLState " + e.getSQLState() + ")", e);
        }
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

    /** A primary key collided: another writer got there first. */
    private static final class DuplicateKey extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DuplicateKey() {
            super("duplicate key", null, false, false);
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
