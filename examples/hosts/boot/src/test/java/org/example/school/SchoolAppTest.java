package org.example.school;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.meldcode.json.CaseJson;
import org.meldcode.model.Actor;
import org.meldcode.model.Case;
import org.meldcode.model.IbNotification;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Report;
import org.meldcode.model.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.hamcrest.Matchers;

@SpringBootTest
@AutoConfigureMockMvc
class SchoolAppTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Autowired
    MockMvc mvc;

    private static String question(String action) {
        Case c = Case.open("case-17", "pupil-8f3a", ProtocolRef.STAPPENPLAN_2021)
                .append(new IbNotification(NOW, Actor.of(Role.TEACHER, "lk-104")));
        return "{\"caseFile\":" + CaseJson.write(c) + ",\"action\":" + action + "}";
    }

    @Test
    void an_early_report_is_answered_with_a_refusal_that_names_its_clause() throws Exception {
        // GIVEN a case where only the intern begeleider was told
        String body = question(CaseJson.tree(Report.by(Actor.of(Role.DIRECTOR, "dir-301")).at(NOW).pupilIdentified().build()).toString());
        // WHEN the school asks whether the director may report  THEN it is refused under a clause
        mvc.perform(post("/rulings").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("SP-")));
    }

    @Test
    void an_action_the_library_cannot_read_is_a_bad_request_not_a_server_error() throws Exception {
        // GIVEN an action without its moment  WHEN it is posted  THEN Boot answers 400
        String body = question("{\"type\":\"REPORT\",\"actor\":{\"role\":\"DIRECTOR\",\"staffId\":\"dir-301\"}}");
        mvc.perform(post("/rulings").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest());
    }
}
