package org.meldcode.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.render.RenderFixtures.STAPPENPLAN;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.meldcode.model.ActionType;
import org.meldcode.protocol.Flow;
import org.meldcode.protocol.Message;
import org.meldcode.protocol.Protocol;

class FlowTest {

    @Test
    void given_the_stappenplan_when_its_flow_is_read_then_step_3_may_be_skipped_and_it_has_four_end_states() {
        Flow flow = STAPPENPLAN.flow();

        assertThat(flow.skips()).containsExactlyEntriesOf(java.util.Map.of(3, ActionType.CONVERSATION_SKIP));
        assertThat(flow.outcomes())
                .extracting(Flow.Outcome::id)
                .containsExactlyInAnyOrder("suspicion-removed", "help-organised", "reported", "closed");
        assertThat(flow.outcome("reported")).contains(new Flow.Outcome("reported", 5));
        assertThat(flow.branches())
                .contains(
                        new Flow.Branch("5", "report", "reported"),
                        new Flow.Branch("5", "organise-help", "help-organised"),
                        new Flow.Branch("help-organised", "deterioration", "4"));
    }

    @Test
    void given_the_stappenplan_when_its_diagram_is_drawn_then_the_report_is_shown_as_the_ibs_alone_as_sp_5_3_says() {
        // GIVEN the seed plan, whose step 5 names the IB and management but whose SP-5.3 gives the report to the IB
        Flow flow = STAPPENPLAN.flow();
        // WHEN its flow and its diagram are read
        java.util.Map<ActionType, java.util.Set<org.meldcode.model.Role>> shown =
                ProtocolDiagram.of(STAPPENPLAN).roles();
        // THEN the flow narrows the report to the IB, step 5's decision keeps both, and the acute route
        // lets every staff member but the board report
        assertThat(flow.takenBy())
                .containsExactlyEntriesOf(java.util.Map.of(
                        ActionType.REPORT, java.util.Set.of(org.meldcode.model.Role.INTERN_BEGELEIDER)));
        assertThat(shown.get(ActionType.DECISION))
                .containsExactlyInAnyOrder(org.meldcode.model.Role.INTERN_BEGELEIDER, org.meldcode.model.Role.DIRECTOR);
        assertThat(shown.get(ActionType.REPORT))
                .contains(org.meldcode.model.Role.INTERN_BEGELEIDER, org.meldcode.model.Role.TEACHER)
                .doesNotContain(org.meldcode.model.Role.BOARD);
        assertThat(ProtocolDiagram.of(STAPPENPLAN).mermaid())
                .contains("<br/>melding bij Veilig Thuis: intern begeleider<br/>")
                .contains("melding bij Veilig Thuis zodra acuut gevaar is vastgelegd: leerkracht");
    }

    @Test
    void given_every_known_protocol_when_its_flow_is_read_then_every_outcome_and_branch_has_dutch_and_english_labels() {
        for (var ref : Protocol.known()) {
            Flow flow = Protocol.of(ref).flow();
            for (Flow.Outcome o : flow.outcomes()) {
                assertThat(Message.exists(flow.outcomeKey(o), Message.DUTCH))
                        .as(flow.outcomeKey(o))
                        .isTrue();
                assertThat(Message.exists(flow.outcomeKey(o), Locale.ENGLISH))
                        .as(flow.outcomeKey(o))
                        .isTrue();
                assertThat(Message.of(flow.outcomeKey(o)).english())
                        .isNotEqualTo(Message.of(flow.outcomeKey(o)).dutch());
            }
            for (Flow.Branch b : flow.branches()) {
                assertThat(Message.exists(flow.branchKey(b), Message.DUTCH))
                        .as(flow.branchKey(b))
                        .isTrue();
                assertThat(Message.exists(flow.branchKey(b), Locale.ENGLISH))
                        .as(flow.branchKey(b))
                        .isTrue();
            }
        }
    }

    @Test
    void given_every_known_protocol_when_its_flow_is_read_then_every_outcome_can_be_reached_by_a_branch() {
        for (var ref : Protocol.known()) {
            Flow flow = Protocol.of(ref).flow();
            for (Flow.Outcome o : flow.outcomes()) {
                assertThat(flow.branches()).as("branch into %s", o.id()).anyMatch(b -> b.to().equals(o.id()));
            }
        }
    }
}
