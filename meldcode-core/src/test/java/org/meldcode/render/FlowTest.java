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
