package org.meldcode.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Result;
import org.meldcode.json.CaseJson;
import org.meldcode.model.Actor;
import org.meldcode.model.Case;
import org.meldcode.model.IbNotification;
import org.meldcode.model.LogEntry;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.rules.MeldcodeRules;

/** Synthetic input files for the command line's tests: scenarios, broken scenarios and case documents. */
final class Fixtures {

    private Fixtures() {}

    /** Two steps that get the rulings they expect. */
    static final String PASSING = """
            name: A consultation before the IB is informed is refused.
            protocol: {id: stappenplan, version: "2021-09"}
            steps:
              - at: 2026-09-07T08:00:00Z
                actor: {role: TEACHER, staffId: lk-104}
                action: {type: LOG_ENTRY, observedOn: 2026-09-07, signal: INJURY, source: OWN_OBSERVATION, \
            text: "Bruise on the arm.", deterioration: false}
                expect: permitted
                guidance: {currentStep: 1, obligations: [SP-1.1]}
              - at: 2026-09-07T09:00:00Z
                actor: {role: TEACHER, staffId: lk-104}
                action: {type: CONSULTATION, participants: [{role: TEACHER, staffId: lk-104}], anonymous: true}
                expect: {refused: [SP-1.1, SP-2.1]}
            """;

    /** The same steps, the second wrongly expected to be permitted. */
    static final String WRONG_EXPECTATION = PASSING.replace("expect: {refused: [SP-1.1, SP-2.1]}", "expect: permitted");

    /** The passing scenario in JSON. */
    static final String PASSING_JSON = """
            {
              "name": "A report by the director instead of the IB is refused.",
              "protocol": {"id": "stappenplan", "version": "2021-09"},
              "steps": [
                {
                  "at": "2026-09-07T08:00:00Z",
                  "actor": {"role": "TEACHER", "staffId": "lk-104"},
                  "action": {"type": "IB_NOTIFICATION"},
                  "expect": "permitted",
                  "guidance": {"currentStep": 2, "closed": false}
                },
                {
                  "at": "2026-09-07T10:00:00Z",
                  "actor": {"role": "DIRECTOR", "staffId": "dir-301"},
                  "action": {"type": "REPORT", "pupilIdentified": true, "reporterWithheldFromFamily": false},
                  "expect": {"refused": ["SP-5.3"]}
                }
              ]
            }
            """;

    /**
     * Issue 13's actions in the scenario format: acute danger and a report by the teacher at once,
     * a caretaker suspected (a suspect by staff id and position), the board informed only through
     * school management (refused) and then directly, and step 3 skipped first naming no danger to
     * a person (refused under SP-3.1), then naming the pupil and the family.
     */
    static final String ISSUE_13 = """
            name: Acute danger lets the teacher report at once; a skip of step 3 names a danger.
            protocol: {id: stappenplan, version: "2021-09"}
            steps:
              - at: 2026-09-07T08:00:00Z
                actor: {role: TEACHER, staffId: lk-104}
                action: {type: ACUTE_DANGER, what: "The pupil is afraid to go home tonight."}
                expect: permitted
                guidance: {obligations: [AR-1.2, SP-1.1]}
              - at: 2026-09-07T08:10:00Z
                actor: {role: TEACHER, staffId: lk-104}
                action: {type: REPORT, pupilIdentified: true, reporterWithheldFromFamily: false}
                expect: permitted
              - at: 2026-09-07T08:20:00Z
                actor: {role: TEACHER, staffId: lk-104}
                action: {type: STAFF_SUSPICION, suspect: {staffId: cs-701, position: CARETAKER}, sexualOffence: false}
                expect: permitted
              - at: 2026-09-07T08:30:00Z
                actor: {role: TEACHER, staffId: lk-104}
                action: {type: BOARD_NOTIFICATION, channel: VIA_SCHOOL_MANAGEMENT}
                expect: {refused: [SR-1.2]}
              - at: 2026-09-07T08:40:00Z
                actor: {role: TEACHER, staffId: lk-104}
                action: {type: BOARD_NOTIFICATION, channel: DIRECT}
                expect: permitted
              - at: 2026-09-07T09:00:00Z
                actor: {role: TEACHER, staffId: lk-104}
                action: {type: IB_NOTIFICATION}
                expect: permitted
              - at: 2026-09-07T10:00:00Z
                actor: {role: INTERN_BEGELEIDER, staffId: ib-201}
                action: {type: CONSULTATION, participants: [{role: TEACHER, staffId: lk-104}, \
            {role: INTERN_BEGELEIDER, staffId: ib-201}, {role: SCHOOL_SOCIAL_WORKER, staffId: smw-401}], anonymous: true}
                expect: permitted
              - at: 2026-09-07T11:00:00Z
                actor: {role: INTERN_BEGELEIDER, staffId: ib-201}
                action: {type: CONVERSATION_SKIP, endangered: [RELATIONSHIP_OF_TRUST], \
            reason: "The family would break off contact."}
                expect: {refused: [SP-3.1]}
              - at: 2026-09-07T11:10:00Z
                actor: {role: INTERN_BEGELEIDER, staffId: ib-201}
                action: {type: CONVERSATION_SKIP, endangered: [CHILD, FAMILY], \
            reason: "A parent threatened the pupil after an earlier talk."}
                expect: permitted
            """;

    /**
     * The malformed scenario files: file name, content (null: the file is not created, or is a
     * directory when the name ends in '/'), and a fragment the error message must contain.
     */
    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("syntax.yaml", "name: [unclosed\nsteps: {\n", "2:"),
                Arguments.of("syntax.json", "{\"name\": \"x\", \"protocol\": ", "1:"),
                Arguments.of(
                        "unknown-type.yaml",
                        PASSING.replace("type: LOG_ENTRY", "type: LOG_BOOK"),
                        "/steps/0/action/type: unknown action type 'LOG_BOOK'"),
                Arguments.of(
                        "unknown-role.yaml",
                        PASSING.replaceFirst("role: TEACHER", "role: JANITOR"),
                        "/steps/0/actor/role: unknown value 'JANITOR'"),
                Arguments.of(
                        "wrong-type.yaml",
                        PASSING.replace("anonymous: true", "anonymous: \"yes\""),
                        "/steps/1/action/anonymous: expected true or false"),
                Arguments.of(
                        "backwards.yaml",
                        PASSING.replace("2026-09-07T09:00:00Z", "2026-09-07T07:00:00Z"),
                        "/steps/1/at: the time 2026-09-07T07:00:00Z is before"),
                Arguments.of(
                        "skip-before-issue-13.yaml",
                        ISSUE_13.replace("endangered: [CHILD, FAMILY], ", ""),
                        "/steps/8/action/endangered: missing required field"),
                Arguments.of(
                        "suspect-as-actor.yaml",
                        ISSUE_13.replace(
                                "suspect: {staffId: cs-701, position: CARETAKER}",
                                "suspect: {role: TEACHER, staffId: lk-105}"),
                        "/steps/2/action/suspect/role: unknown field; expected one of: staffId, position"),
                Arguments.of("empty.yaml", "", "the input is empty"),
                Arguments.of("blank.yaml", "  \n\n", "the input is empty"),
                Arguments.of("binary.yaml", BINARY, "not UTF-8 text"),
                Arguments.of("missing.yaml", null, "no such file"),
                Arguments.of("a-directory.yaml/", null, "is a directory"));
    }

    /** Marks random bytes, with NUL among them, in {@link #malformed()}. */
    static final String BINARY = "<binary>";

    /** Writes a malformed fixture into the directory and returns its path. */
    static Path write(Path dir, String name, String content) throws IOException {
        if (name.endsWith("/")) {
            return Files.createDirectory(dir.resolve(name.substring(0, name.length() - 1)));
        }
        Path file = dir.resolve(name);
        if (BINARY.equals(content)) {
            byte[] bytes = new byte[512];
            new Random(20260907).nextBytes(bytes);
            bytes[0] = (byte) 0xC3; // an invalid UTF-8 sequence, and NULs
            bytes[1] = 0;
            bytes[100] = 0;
            Files.write(file, bytes);
        } else if (content != null) {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        }
        return file;
    }

    /** A case built through the engine: a logbook entry by the teacher, then the IB informed. */
    static Case caseInStep2() {
        MeldcodeEngine engine = MeldcodeRules.engine();
        Actor teacher = Actor.of(Role.TEACHER, "lk-104");
        Case c = Case.open("case-cli-1", "pupil-test-1", ProtocolRef.STAPPENPLAN_2021);
        for (var action : List.of(
                new LogEntry(
                        Instant.parse("2026-09-07T08:00:00Z"),
                        teacher,
                        LocalDate.of(2026, 9, 7),
                        Signal.INJURY,
                        Source.OWN_OBSERVATION,
                        "Bruise on the arm, seen in the gym class.",
                        false),
                new IbNotification(Instant.parse("2026-09-07T09:00:00Z"), teacher))) {
            Result r = engine.apply(c, action);
            if (!r.permitted()) {
                throw new AssertionError("fixture action refused: " + r.ruling().clauseIds());
            }
            c = r.caseFile();
        }
        return c;
    }

    /** The case document of {@link #caseInStep2()}. */
    static String caseJson() {
        return CaseJson.write(caseInStep2());
    }

    /** The same document with a schema version this library does not read. */
    static String caseJsonFromTheFuture() {
        String json = caseJson();
        String changed = json.replaceFirst("\"schemaVersion\"\\s*:\\s*1", "\"schemaVersion\": 99");
        if (changed.equals(json)) {
            throw new AssertionError("no schemaVersion in " + json);
        }
        return changed;
    }

    /** The same document under a protocol the library does not know. */
    static String caseJsonOfUnknownProtocol() {
        String json = caseJson();
        String changed = json.replace("\"stappenplan\"", "\"leerlingzorg\"");
        if (changed.equals(json)) {
            throw new AssertionError("no protocol id in " + json);
        }
        return changed;
    }

    /** The clause ids of the seed protocol, in catalogue order. */
    static final List<String> CLAUSE_IDS = List.of(
            "SP-0.1", "SP-0.2", "SP-0.3", "SP-0.4", "SP-1.1", "SP-1.2", "SP-1.3", "SP-2.1", "SP-2.2", "SP-3.1",
            "SP-3.2", "SP-3.3", "SP-3.4", "SP-3.5", "SP-3.6", "SP-3.7", "SP-4.1", "SP-4.2", "SP-5.1", "SP-5.2",
            "SP-5.3", "SP-5.4", "SP-5.5", "SP-5.6", "SP-5.7", "SP-6.1", "SP-6.2");
}
