package org.meldcode.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meldcode.model.Action;
import org.meldcode.model.Case;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Message;
import org.meldcode.protocol.Protocol;

/** The next deadline of a case is the earliest due moment among its open obligations. */
class NextDeadlineTest {

    private static final Protocol STAPPENPLAN = Protocol.of(ProtocolRef.STAPPENPLAN_2021);
    private static final Case CASE = Case.open("case-nd-1", "pupil-nd-1", ProtocolRef.STAPPENPLAN_2021);

    private static Obligation owed(String clause, Optional<Instant> dueAt) {
        return new Obligation(STAPPENPLAN.clause(clause), Message.of("owed.inform-ib"), Optional.empty(), dueAt);
    }

    /** An engine whose guidance owes the given obligations. */
    private static MeldcodeEngine owing(Obligation... obligations) {
        Guidance guidance = new Guidance(CASE.id(), STAPPENPLAN.step(1), false, List.of(obligations), List.of());
        return new MeldcodeEngine() {
            @Override
            public Ruling evaluate(Case caseFile, Action action) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Result apply(Case caseFile, Action action) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Guidance guide(Case caseFile) {
                return guidance;
            }

            @Override
            public Guidance guide(Case caseFile, Instant now) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void given_obligations_due_at_different_moments_the_next_deadline_is_the_earliest() {
        Instant early = Instant.parse("2026-09-10T22:00:00Z");
        Instant late = Instant.parse("2026-09-21T22:00:00Z");
        MeldcodeEngine engine = owing(
                owed("SP-3.1", Optional.of(late)),
                owed("SP-1.1", Optional.empty()),
                owed("SP-2.1", Optional.of(early)));

        assertThat(engine.nextDeadline(CASE)).contains(early);
    }

    @Test
    void given_no_obligation_with_a_due_moment_there_is_no_next_deadline() {
        assertThat(owing(owed("SP-1.1", Optional.empty())).nextDeadline(CASE)).isEmpty();
        assertThat(owing().nextDeadline(CASE)).isEmpty();
    }

    @Test
    void an_obligation_built_without_a_due_moment_has_none() {
        Obligation o = new Obligation(STAPPENPLAN.clause("SP-1.1"), Message.of("owed.inform-ib"), Optional.empty());
        assertThat(o.dueAt()).isEmpty();
        assertThat(new Obligation(STAPPENPLAN.clause("SP-1.1"), Message.of("owed.inform-ib")).dueAt())
                .isEmpty();
    }
}
