package org.meldcode.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No pupil data in the log: the application logs case ids, clause ids and counts, never the text
 * of an entry or the pupil's reference. The surefire configuration sends the log to
 * {@code target/web-test.log}.
 */
class LogPrivacyTest {

    @TempDir
    Path data;

    @Test
    void the_log_names_the_case_and_the_clauses_but_never_an_entrys_text_or_the_pupil() throws IOException {
        Path log = Path.of(System.getProperty("org.slf4j.simpleLogger.logFile", "target/web-test.log"));
        String text = "Geheime-tekst-" + System.nanoTime();
        String pupil = "leerling-" + System.nanoTime();
        String caseId = "casus-privacy-" + System.nanoTime();
        try (Running app = new Running(data)) {
            // GIVEN a case WHEN a logbook entry is taken, refused actions are tried and bad input sent
            assertThat(app.post("/api/cases", "{\"id\":\"" + caseId + "\",\"pupilRef\":\"" + pupil + "\"}")
                            .status())
                    .isEqualTo(201);
            assertThat(app.act(caseId, 0, Running.logEntry(text)).status()).isEqualTo(201);
            assertThat(app.act(caseId, 1, Running.REPORT_BY_TEACHER).status()).isEqualTo(422);
            assertThat(app.act(caseId, 1, Running.logEntry(text).replace("INJURY", text))
                            .status())
                    .isEqualTo(400);
            // AND acute danger is recorded with its free text, and a skip naming no danger is refused
            assertThat(app.act(caseId, 1, Running.acuteDanger(Running.TEACHER, text))
                            .status())
                    .isEqualTo(201);
            assertThat(app.act(caseId, 2, Running.conversationSkip("[]").replace("Een gesprek", text))
                            .status())
                    .isEqualTo(422);
            app.get("/api/cases/" + caseId + "/dossier");
        }
        // THEN the log has the case and the clause ids, and not the text or the pupil
        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(logged).contains(caseId).contains("SP-0.2", "SP-3.1", "ACUTE_DANGER");
        assertThat(logged).doesNotContain(text).doesNotContain(pupil);
        // AND each request has its one access line: method, path, status
        assertThat(logged)
                .contains("POST /api/cases/" + caseId + "/actions -> 201 (")
                .contains("POST /api/cases/" + caseId + "/actions -> 422 (")
                .contains("POST /api/cases/" + caseId + "/actions -> 400 (")
                .contains("GET /api/cases/" + caseId + "/dossier -> 200 (");
    }
}
