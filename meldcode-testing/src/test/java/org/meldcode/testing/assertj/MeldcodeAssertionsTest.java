package org.meldcode.testing.assertj;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meldcode.testing.assertj.MeldcodeAssertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.Finding;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.NextAction;
import org.meldcode.engine.Obligation;
import org.meldcode.engine.Ruling;
import org.meldcode.model.ActionType;
import org.meldcode.model.Actor;
import org.meldcode.model.IbNotification;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;
import org.meldcode.protocol.Message;
import org.meldcode.protocol.Protocol;

/** Each assertion passes on what it claims and fails, naming what the engine said, on anything else. */
class MeldcodeAssertionsTest {

    private static final Protocol PROTOCOL = Protocol.of(ProtocolRef.STAPPENPLAN_2021);
    private static final IbNotification ACTION =
            new IbNotification(Instant.parse("2026-03-02T09:00:00Z"), Actor.of(Role.TEACHER, "lk-104"));

    private static Ruling permitted() {
        return new Ruling(ACTION, List.of());
    }

    private static Ruling refusedUnder(String... ids) {
        return new Ruling(
                ACTION,
                java.util.Arrays.stream(ids)
                        .map(id -> new Finding(
                                PROTOCOL.clause(id),
                                Message.of("refusal.order", 3, 2),
                                org.meldcode.engine.Remedy.none(Message.of("remedy.order", 3, 2))))
                        .toList());
    }

    private static Guidance owing(boolean closed, String... ids) {
        return new Guidance(
                "case-1",
                PROTOCOL.step(5),
                closed,
                java.util.Arrays.stream(ids)
                        .map(id -> new Obligation(
                                PROTOCOL.clause(id), Message.of("refusal.order", 3, 2), Optional.empty()))
                        .toList(),
                List.of(new NextAction(ActionType.LOG_ENTRY, Set.of(Role.INTERN_BEGELEIDER))));
    }

    @Nested
    class On_a_ruling {

        @Test
        void a_permitted_ruling_passes_isPermitted_and_fails_isRefused() {
            // GIVEN a ruling without findings
            Ruling ruling = permitted();

            // WHEN / THEN
            assertThatCode(() -> assertThat(ruling).isPermitted()).doesNotThrowAnyException();
            assertThatThrownBy(() -> assertThat(ruling).isRefused())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("to be refused, but it was permitted");
            assertThatThrownBy(() -> assertThat(ruling).isRefusedUnder("SP-5.3"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("permitted");
        }

        @Test
        void a_refusal_fails_isPermitted_and_the_message_names_the_clause_it_cites() {
            // GIVEN a refusal under SP-5.3
            Ruling ruling = refusedUnder("SP-5.3");

            // WHEN / THEN
            assertThatThrownBy(() -> assertThat(ruling).isPermitted())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("to be permitted, but it was refused")
                    .hasMessageContaining("SP-5.3: ");
        }

        @Test
        void isRefusedUnder_passes_for_a_cited_clause_and_fails_for_one_the_refusal_does_not_cite() {
            // GIVEN a refusal under SP-5.3 and SP-5.7
            Ruling ruling = refusedUnder("SP-5.3", "SP-5.7");

            // WHEN / THEN
            assertThatCode(() -> assertThat(ruling).isRefusedUnder("SP-5.3").isRefusedUnder("SP-5.7", "SP-5.3"))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> assertThat(ruling).isRefusedUnder("SP-1.1"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("does not cite [SP-1.1]")
                    .hasMessageContaining("SP-5.3: ")
                    .hasMessageContaining("SP-5.7: ");
        }

        @Test
        void isRefusedOnlyUnder_fails_when_the_refusal_cites_another_clause_too() {
            // GIVEN a refusal under SP-5.3 and SP-5.7
            Ruling ruling = refusedUnder("SP-5.3", "SP-5.7");

            // WHEN / THEN
            assertThatCode(() -> assertThat(ruling).isRefusedOnlyUnder("SP-5.7", "SP-5.3"))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> assertThat(ruling).isRefusedOnlyUnder("SP-5.3"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("also cites [SP-5.7]");
        }

        @Test
        void doesNotCite_fails_for_a_cited_clause_only() {
            // GIVEN a refusal under SP-5.3
            Ruling ruling = refusedUnder("SP-5.3");

            // WHEN / THEN
            assertThatCode(() -> assertThat(ruling).doesNotCite("SP-5.7")).doesNotThrowAnyException();
            assertThatThrownBy(() -> assertThat(ruling).doesNotCite("SP-5.3"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("not to be refused under SP-5.3");
        }

        @Test
        void an_assertion_without_a_clause_id_is_a_mistake_in_the_test_itself() {
            assertThatThrownBy(() -> assertThat(refusedUnder("SP-5.3")).isRefusedUnder())
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void a_missing_ruling_fails_every_assertion() {
            assertThatThrownBy(() -> assertThat((Ruling) null).isPermitted()).isInstanceOf(AssertionError.class);
            assertThatThrownBy(() -> assertThat((Ruling) null).isRefused()).isInstanceOf(AssertionError.class);
        }
    }

    @Nested
    class On_guidance {

        @Test
        void owes_passes_for_an_open_obligation_and_fails_for_a_clause_nothing_is_owed_under() {
            // GIVEN guidance that owes under SP-5.7
            Guidance guidance = owing(false, "SP-5.7");

            // WHEN / THEN
            assertThatCode(() -> assertThat(guidance).owes("SP-5.7").doesNotOwe("SP-5.3"))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> assertThat(guidance).owes("SP-5.3"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("nothing is owed under [SP-5.3]")
                    .hasMessageContaining("SP-5.7: ");
            assertThatThrownBy(() -> assertThat(guidance).doesNotOwe("SP-5.7"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("not to owe SP-5.7");
        }

        @Test
        void owesNothing_fails_while_something_is_owed() {
            assertThatCode(() -> assertThat(owing(false)).owesNothing()).doesNotThrowAnyException();
            assertThatThrownBy(() -> assertThat(owing(false, "SP-5.7")).owesNothing())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("to owe nothing");
            assertThatThrownBy(() -> assertThat(owing(false)).owes("SP-5.7"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("(nothing)");
        }

        @Test
        void isAtStep_isOpen_and_isClosed_fail_on_the_other_state() {
            Guidance open = owing(false);
            Guidance closed = owing(true);

            assertThatCode(() -> assertThat(open).isAtStep(5).isOpen()).doesNotThrowAnyException();
            assertThatCode(() -> assertThat(closed).isClosed()).doesNotThrowAnyException();
            assertThatThrownBy(() -> assertThat(open).isAtStep(4))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("to be at step 4, but it is at step 5");
            assertThatThrownBy(() -> assertThat(open).isClosed())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("to be closed, but it is open");
            assertThatThrownBy(() -> assertThat(closed).isOpen())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("to be open, but it is closed");
        }

        @Test
        void permitsNext_fails_for_an_action_type_that_is_not_offered() {
            Guidance guidance = owing(false);

            assertThatCode(() -> assertThat(guidance).permitsNext(ActionType.LOG_ENTRY))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> assertThat(guidance).permitsNext(ActionType.IB_NOTIFICATION))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("IB_NOTIFICATION to be permitted next")
                    .hasMessageContaining("LOG_ENTRY");
        }
    }
}
