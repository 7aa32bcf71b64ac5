package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meldcode.rules.Story.*;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.Migration;
import org.meldcode.model.ActionType;
import org.meldcode.model.Case;
import org.meldcode.model.Integrity;
import org.meldcode.model.ProtocolRef;
import org.meldcode.render.MigrationReport;

/**
 * A case is evaluated under the protocol it was opened with; moving it to another protocol is an
 * explicit step that reports every past event the new one would have refused and the obligations
 * that change. Never silent.
 */
class MigrationTest {

    @Test
    void moving_a_seed_case_to_the_national_framework_lists_the_past_events_it_would_have_refused() {
        // GIVEN a seed case in step 3 with a judgement of the pupil's readiness, which the national
        // framework does not have
        Story story = Story.newCase().signalLogged().ibInformed().consulted().given(at -> readiness(at, true));
        Case original = story.caseFile();
        // WHEN it is migrated
        Migration m = ENGINE.migrate(original, ProtocolRef.LANDELIJK_2019);
        // THEN every event is kept under the new protocol, with a valid chain
        assertThat(m.migrated().protocol()).isEqualTo(ProtocolRef.LANDELIJK_2019);
        assertThat(m.migrated().size()).isEqualTo(original.size());
        for (int i = 0; i < original.size(); i++) {
            assertThat(m.migrated().events().get(i).action())
                    .isEqualTo(original.events().get(i).action());
        }
        assertThat(Integrity.verify(m.migrated())).isEmpty();
        // and the readiness check is reported as refused, with the national clause
        assertThat(m.clean()).isFalse();
        assertThat(m.refusedEvents()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(ActionType.PUPIL_READINESS_CHECK);
            assertThat(e.sequence()).isEqualTo(original.size());
            assertThat(e.findings()).isNotEmpty();
            assertThat(e.findings().get(0).clauseId()).startsWith("LK-");
        });
        // and the obligations are those of each protocol
        assertThat(m.obligationsBefore())
                .allSatisfy(o -> assertThat(o.clause().id()).startsWith("SP-"));
        assertThat(m.obligationsAfter())
                .allSatisfy(o -> assertThat(o.clause().id()).doesNotStartWith("SP-"));
        assertThat(m.obligationsAdded()).isEqualTo(m.obligationsAfter());
        String report = MigrationReport.markdown(m, Locale.ENGLISH);
        assertThat(report)
                .contains("from stappenplan@2021-09 to landelijk@2019-01")
                .contains("Event " + original.size() + ": ")
                .contains(m.refusedEvents().get(0).findings().get(0).clauseId());
    }

    @Test
    void a_case_whose_every_event_the_new_protocol_permits_migrates_clean() {
        Case original = Story.newCase().signalLogged().ibInformed().caseFile();
        Migration m = ENGINE.migrate(original, ProtocolRef.LANDELIJK_2019);
        assertThat(m.refusedEvents()).isEmpty();
        assertThat(m.clean()).isTrue();
        assertThat(MigrationReport.markdown(m)).contains("(geen)");
    }

    @Test
    void migrating_to_the_case_s_own_protocol_or_an_unknown_one_is_refused() {
        Case original = Story.newCase().signalLogged().caseFile();
        assertThatThrownBy(() -> ENGINE.migrate(original, ProtocolRef.STAPPENPLAN_2021))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already under");
        assertThatThrownBy(() -> ENGINE.migrate(original, new ProtocolRef("stappenplan", "2099-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown protocol");
    }
}
