package org.meldcode.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CMMN peer behaves as modelled, so that benchmarks/run measures a working model: the steps
 * follow each other, the skip and the removed suspicion exit, the decision offers its two outcomes,
 * and the logbook repeats.
 */
class CmmnPeerTest {

    private static CmmnPeer peer;

    @BeforeAll
    static void start() {
        peer = CmmnPeer.start();
    }

    @AfterAll
    static void close() {
        peer.close();
    }

    /** Opens a case and completes the first two steps. */
    private static String afterStep2() {
        String c = peer.open();
        peer.complete(peer.task(c, "informIb"));
        peer.complete(peer.task(c, "consult"));
        return c;
    }

    @Test
    void a_new_case_offers_step_1_and_the_logbook_to_the_teacher_and_nothing_to_the_ib() {
        // GIVEN a new case
        String c = peer.open();
        // WHEN the teacher and the IB ask what is allowed now
        CmmnPeer.Allowed allowed = peer.allowed(c, CmmnPeer.ROLES);
        // THEN the teacher is offered step 1 and the logbook, the IB nothing yet
        assertThat(allowed.offeredTo("TEACHER")).containsExactly("informIb", "logEntry");
        assertThat(allowed.offeredTo("INTERN_BEGELEIDER")).isEmpty();
        assertThat(peer.allowed(c, List.of("INTERN_BEGELEIDER")).tasks()).isEmpty();
    }

    @Test
    void a_completed_logbook_entry_is_followed_by_a_new_logbook_task() {
        // GIVEN a new case and its logbook task
        String c = peer.open();
        String first = peer.task(c, "logEntry");
        // WHEN the teacher completes it
        String next = peer.logEntry(c, first, 1);
        // THEN a new logbook task is open, and step 1 is still offered
        assertThat(next).isNotEqualTo(first);
        assertThat(peer.allowed(c, CmmnPeer.ROLES).offeredTo("TEACHER")).containsExactly("informIb", "logEntry");
    }

    @Test
    void completing_step_1_offers_step_2_to_the_teacher_and_the_ib() {
        // GIVEN a new case
        String c = peer.open();
        // WHEN step 1 is completed
        peer.complete(peer.task(c, "informIb"));
        // THEN step 2 is offered to the teacher and the IB, step 1 no more
        CmmnPeer.Allowed allowed = peer.allowed(c, CmmnPeer.ROLES);
        assertThat(allowed.offeredTo("TEACHER")).containsExactly("consult", "logEntry");
        assertThat(allowed.offeredTo("INTERN_BEGELEIDER")).containsExactly("consult");
    }

    @Test
    void after_step_2_the_conversations_and_the_skip_are_offered() {
        // GIVEN a case after step 2
        String c = afterStep2();
        // WHEN the IB asks what is allowed now
        CmmnPeer.Allowed allowed = peer.allowed(c, CmmnPeer.ROLES);
        // THEN the conversation with the parents and the skip are open, the pupil conversation can be started
        assertThat(allowed.offeredTo("INTERN_BEGELEIDER")).containsExactly("parentsConversation", "skipConversations");
        assertThat(allowed.offeredTo("DIRECTOR")).containsExactly("parentsConversation");
        assertThat(allowed.enabled())
                .extracting(CmmnPeer.Allowed.Offer::definition)
                .containsExactly("pupilConversation");
    }

    @Test
    void the_skip_sentry_exits_step_3_and_offers_step_4() {
        // GIVEN a case after step 2
        String c = afterStep2();
        // WHEN the IB skips step 3
        peer.complete(peer.task(c, "skipConversations"));
        // THEN no conversation is offered or can be started, and step 4 is offered
        CmmnPeer.Allowed allowed = peer.allowed(c, CmmnPeer.ROLES);
        assertThat(allowed.definitions()).containsExactly("logEntry", "weighRisk");
    }

    @Test
    void completing_the_steps_in_order_reaches_the_decision_with_both_outcomes() {
        // GIVEN a case after step 2
        String c = afterStep2();
        // WHEN the conversation with the parents is held (the suspicion stands) and the risk weighed
        peer.complete(peer.task(c, "parentsConversation"), Map.of("suspicionRemoved", false));
        CmmnPeer.Allowed afterStep3 = peer.allowed(c, CmmnPeer.ROLES);
        peer.complete(afterStep3.taskId("weighRisk"));
        // THEN the skip is gone after the conversations, and both outcomes of the decision are offered
        assertThat(afterStep3.definitions()).containsExactly("logEntry", "weighRisk");
        assertThat(peer.allowed(c, CmmnPeer.ROLES).offeredTo("DIRECTOR")).containsExactly("decideHelp", "decideReport");
    }

    @Test
    void choosing_one_outcome_withdraws_the_other_and_a_report_leads_to_telling_the_parents() {
        // GIVEN a case at the decision
        String c = afterStep2();
        peer.complete(peer.task(c, "skipConversations"));
        peer.complete(peer.task(c, "weighRisk"));
        // WHEN the IB and management decide to report, and the IB reports
        peer.complete(peer.task(c, "decideReport"));
        List<String> afterDecision = peer.allowed(c, CmmnPeer.ROLES).definitions();
        peer.complete(peer.task(c, "report"));
        // THEN the other outcome is withdrawn, the report is offered, then telling the parents
        assertThat(afterDecision).containsExactly("logEntry", "report");
        assertThat(peer.allowed(c, CmmnPeer.ROLES).definitions()).containsExactly("logEntry", "tellParents");
    }

    @Test
    void a_conversation_that_removes_the_suspicion_ends_the_case_before_step_4() {
        // GIVEN a case after step 2
        String c = afterStep2();
        // WHEN the conversation with the parents removes the suspicion
        peer.complete(peer.task(c, "parentsConversation"), Map.of("suspicionRemoved", true));
        // THEN the case has ended: nothing is offered, step 4 is not taken
        assertThat(peer.running(c)).isFalse();
        assertThat(peer.allowed(c, CmmnPeer.ROLES).definitions()).isEmpty();
    }

    @Test
    void the_benchmark_case_has_taken_the_usual_path_and_keeps_its_logbook_open() {
        // GIVEN the typical case of the benchmarks, with as many logbook entries as meldcode's
        String c = peer.withEntries(Cases.TYPICAL_EVENTS - Cases.PATH_EVENTS + 1);
        // WHEN what is allowed now is asked
        CmmnPeer.Allowed allowed = peer.allowed(c, CmmnPeer.ROLES);
        // THEN help was decided: only the logbook is offered, and the case runs
        assertThat(allowed.definitions()).containsExactly("logEntry");
        assertThat(peer.running(c)).isTrue();
    }
}
