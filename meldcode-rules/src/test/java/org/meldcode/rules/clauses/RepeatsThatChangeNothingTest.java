package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.NextAction;
import org.meldcode.engine.Ruling;
import org.meldcode.model.ActionType;
import org.meldcode.model.AcuteDanger;
import org.meldcode.model.BoardNotification;
import org.meldcode.model.Channel;
import org.meldcode.model.Closure;
import org.meldcode.model.ConversationSkip;
import org.meldcode.model.IbNotification;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Report;
import org.meldcode.model.Role;
import org.meldcode.model.StaffSuspicion;
import org.meldcode.model.Substitution;
import org.meldcode.model.Suspect;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.model.Teller;
import org.meldcode.model.TellingArrangement;
import org.meldcode.model.Threat;
import org.meldcode.protocol.Protocol;
import org.meldcode.rules.Story;

/**
 * Repeats that change nothing are refused with the clause they repeat, so that guidance offers only
 * what moves the case on (issue 16, docs/protocol.md "Repeats that change nothing"): SP-1.1 / LK-1.1,
 * SP-3.1 / LK-3.1, SP-3.2, SP-5.7 / LK-5.7.
 */
class RepeatsThatChangeNothingTest {

    static List<ProtocolRef> protocols() {
        return Protocol.known();
    }

    private static String step1(ProtocolRef p) {
        return p.equals(ProtocolRef.STAPPENPLAN_2021) ? "SP-1.1" : "LK-1.1";
    }

    private static String step3(ProtocolRef p) {
        return p.equals(ProtocolRef.STAPPENPLAN_2021) ? "SP-3.1" : "LK-3.1";
    }

    private static String telling(ProtocolRef p) {
        return p.equals(ProtocolRef.STAPPENPLAN_2021) ? "SP-5.7" : "LK-5.7";
    }

    private static String lk(ProtocolRef p, String key) {
        return p.equals(ProtocolRef.STAPPENPLAN_2021) ? "refusal." + key : "refusal.lk." + key;
    }

    private static ConversationSkip skip(java.time.Instant at) {
        return new ConversationSkip(at, IB, Set.of(Threat.CHILD), "The father threatened the pupil after a talk.");
    }

    private static Set<ActionType> offered(Guidance g) {
        Set<ActionType> types = java.util.EnumSet.noneOf(ActionType.class);
        for (NextAction n : g.nextActions()) {
            types.add(n.type());
        }
        return types;
    }

    private static void assertRefused(Ruling ruling, String clause, String key) {
        assertThat(ruling.clauseIds()).containsExactly(clause);
        assertThat(ruling.findings()).anyMatch(f -> f.explanation().key().equals(key));
    }

    // --- the finding of the user test ---

    @ParameterizedTest
    @MethodSource("protocols")
    void given_a_report_told_to_the_parents_when_guidance_is_asked_then_it_offers_neither_a_skip_nor_informing_the_ib(
            ProtocolRef protocol) {
        // GIVEN a case reported, the parents told of the report
        Story story = Story.newCase(protocol).parentsToldOfReport();
        // WHEN guidance is asked, before and after the case is closed
        Guidance open = story.guidance();
        Guidance closed = story.given(at -> new Closure(at, IB, "Handed to Veilig Thuis."))
                .guidance();
        // THEN neither skipping step 3 nor informing the IB is offered, and the case can close
        assertThat(offered(open))
                .doesNotContain(ActionType.CONVERSATION_SKIP, ActionType.IB_NOTIFICATION)
                .contains(ActionType.CLOSURE, ActionType.LOG_ENTRY, ActionType.ADVICE);
        assertThat(offered(closed)).doesNotContain(ActionType.CONVERSATION_SKIP, ActionType.IB_NOTIFICATION);
        assertThat(closed.closed()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void given_the_parents_were_told_of_the_report_when_step_3_is_skipped_then_it_is_refused_citing_the_step_3_clause(
            ProtocolRef protocol) {
        // GIVEN the parents were told of the report
        Story story = Story.newCase(protocol).parentsToldOfReport();
        // WHEN a skip of step 3 is recorded
        Ruling ruling = story.when(RepeatsThatChangeNothingTest::skip);
        // THEN it is refused under the step-3 clause: the parents were told already
        assertRefused(ruling, step3(protocol), lk(protocol, "skip-after-parents-told"));
    }

    // --- informing the IB ---

    @ParameterizedTest
    @MethodSource("protocols")
    void given_the_ib_is_informed_when_the_ib_is_informed_again_then_it_is_refused(ProtocolRef protocol) {
        // GIVEN the teacher informed the IB
        Story story = Story.newCase(protocol).ibInformed();
        // WHEN a director informs the IB again
        Ruling ruling = story.when(at -> new IbNotification(at, DIRECTOR));
        // THEN it is refused: it informs no one new
        assertRefused(ruling, step1(protocol), "refusal.ib-already-informed");
        assertThat(offered(story.guidance())).doesNotContain(ActionType.IB_NOTIFICATION);
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void given_the_ib_was_informed_and_then_suspected_when_the_substitute_is_informed_then_it_is_permitted(
            ProtocolRef protocol) {
        // GIVEN the IB knew the signals, then became the suspect, and the board named a substitute
        Story story = Story.newCase(protocol)
                .ibInformed()
                .given(at -> new StaffSuspicion(at, TEACHER, Suspect.of(IB), false))
                .given(at -> new BoardNotification(at, TEACHER, Channel.DIRECT))
                .given(at -> new Substitution(at, BOARD, Role.INTERN_BEGELEIDER, "af-601"));
        // WHEN the teacher informs the IB's substitute
        // THEN it is permitted: the substitute may not know the signals yet
        assertThat(story.when(at -> new IbNotification(at, TEACHER)).permitted())
                .isTrue();
    }

    // --- skipping step 3 ---

    @ParameterizedTest
    @MethodSource("protocols")
    void given_step_3_was_skipped_when_it_is_skipped_again_then_it_is_refused(ProtocolRef protocol) {
        // GIVEN step 3 was skipped for the pupil's safety
        Story story = Story.newCase(protocol).step3Skipped();
        // WHEN it is skipped again
        Ruling ruling = story.when(RepeatsThatChangeNothingTest::skip);
        // THEN it is refused under the step-3 clause
        assertRefused(ruling, step3(protocol), "refusal.skip-again");
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void given_the_parents_conversation_of_step_3_when_step_3_is_skipped_then_it_is_refused(ProtocolRef protocol) {
        // GIVEN the conversation with the parents was held
        Story story = Story.newCase(protocol).parentsTalkedTo();
        // WHEN step 3 is skipped after it
        Ruling ruling = story.when(RepeatsThatChangeNothingTest::skip);
        // THEN it is refused: the step it would leave out was taken
        assertRefused(ruling, step3(protocol), lk(protocol, "skip-after-parents-told"));
        assertThat(offered(story.guidance())).doesNotContain(ActionType.CONVERSATION_SKIP);
    }

    @Test
    void given_only_the_pupil_was_spoken_to_when_step_3_is_skipped_for_the_parents_conversation_then_it_is_permitted() {
        // GIVEN the pupil was judged ready and spoken to, but not the parents
        Story story =
                Story.newCase().consulted().given(at -> readiness(at, true)).given(at -> pupilConversation(at, false));
        // WHEN the skip is recorded because talking with the parents would endanger the pupil
        // THEN it is permitted: it spares the parents' conversation
        assertThat(story.when(RepeatsThatChangeNothingTest::skip).permitted()).isTrue();
        assertThat(offered(story.guidance())).contains(ActionType.CONVERSATION_SKIP);
    }

    @Test
    void
            given_a_national_weighing_found_no_suspicion_after_the_parents_conversation_when_step_3_is_skipped_then_it_is_permitted() {
        // GIVEN a national case whose weighing after the parents' conversation found no suspicion
        Story story = Story.national().weighed(SuspicionLevel.NONE, false);
        // WHEN a skip says that a conversation would now endanger the pupil
        // THEN it is permitted: it stands in the way of closing for want of a suspicion (LK-5.1)
        assertThat(story.when(RepeatsThatChangeNothingTest::skip).permitted()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void given_an_acute_report_told_to_the_parents_before_step_3_when_step_3_is_skipped_then_it_is_permitted(
            ProtocolRef protocol) {
        // GIVEN acute danger reported at once, the parents told as agreed with Veilig Thuis, and the
        // steps recorded afterwards up to the consultation
        Story story = Story.newCase(protocol)
                .signalLogged()
                .given(at -> new AcuteDanger(at, TEACHER, "The pupil says the father will hit her tonight."))
                .given(at -> new Report(at, TEACHER, true, false))
                .given(at -> new TellingArrangement(at, IB, Teller.SCHOOL, "The school tells the mother tomorrow."))
                .given(at -> reportConversation(at, Set.of(IB, DIRECTOR), true))
                .consulted();
        // WHEN step 3 is skipped because a conversation would endanger the pupil
        // THEN it is permitted: closing the case must not force a dangerous conversation
        assertThat(story.when(RepeatsThatChangeNothingTest::skip).permitted()).isTrue();
    }

    // --- the conversations of step 3 ---

    @ParameterizedTest
    @MethodSource("protocols")
    void given_the_parents_were_spoken_to_when_a_second_conversation_with_them_is_recorded_then_it_is_refused(
            ProtocolRef protocol) {
        // GIVEN the conversation with the parents was held
        Story story = Story.newCase(protocol).parentsTalkedTo();
        // WHEN a second conversation with them is recorded
        Ruling ruling = story.when(at -> parentsConversation(at, IB, false));
        // THEN it is refused under the step-3 clause
        assertRefused(ruling, step3(protocol), lk(protocol, "parents-conversation-again"));
    }

    @Test
    void given_the_parents_were_spoken_to_when_a_second_conversation_removes_the_suspicion_then_it_is_permitted() {
        // GIVEN the conversation with the parents was held, before any weighing
        Story story = Story.newCase().parentsTalkedTo();
        // WHEN a second conversation removes the suspicion
        // THEN it is permitted: it ends the plan (SP-3.7)
        assertThat(story.when(at -> parentsConversation(at, IB, true)).permitted())
                .isTrue();
    }

    @Test
    void given_the_pupil_was_spoken_to_when_a_second_conversation_with_the_pupil_is_recorded_then_it_is_refused() {
        // GIVEN the pupil was judged ready and spoken to
        Story story =
                Story.newCase().consulted().given(at -> readiness(at, true)).given(at -> pupilConversation(at, false));
        // WHEN a second conversation with the pupil is recorded
        Ruling ruling = story.when(at -> pupilConversation(at, false));
        // THEN it is refused under the step-3 clause
        assertRefused(ruling, "SP-3.1", "refusal.pupil-conversation-again");
    }

    @Test
    void given_a_national_pupil_conversation_when_a_second_one_is_recorded_then_it_is_refused() {
        // GIVEN a national case in which the pupil was spoken to
        Story story = Story.national().consulted().given(at -> pupilConversation(at, false));
        // WHEN a second conversation with the pupil is recorded
        Ruling ruling = story.when(at -> pupilConversation(at, false));
        // THEN it is refused under LK-3.1
        assertRefused(ruling, "LK-3.1", "refusal.pupil-conversation-again");
    }

    // --- judging the pupil's readiness (seed plan) ---

    @Test
    void given_the_pupil_was_spoken_to_when_the_pupils_readiness_is_judged_then_it_is_refused() {
        // GIVEN the pupil was judged ready and spoken to
        Story story =
                Story.newCase().consulted().given(at -> readiness(at, true)).given(at -> pupilConversation(at, false));
        // WHEN the readiness is judged again
        Ruling ruling = story.when(at -> readiness(at, false));
        // THEN it is refused under SP-3.2: the conversation it judges was held
        assertRefused(ruling, "SP-3.2", "refusal.readiness-after-pupil-conversation");
    }

    @Test
    void
            given_the_pupil_was_judged_ready_when_the_same_judgement_is_recorded_then_it_is_refused_and_a_changed_one_is_not() {
        // GIVEN the pupil was judged ready
        Story story = Story.newCase().consulted().given(at -> readiness(at, true));
        // WHEN the same judgement is recorded again, or a changed one
        Ruling same = story.when(at -> readiness(at, true));
        Ruling changed = story.when(at -> readiness(at, false));
        // THEN the repeat is refused under SP-3.2, and the change is permitted
        assertRefused(same, "SP-3.2", "refusal.readiness-repeated");
        assertThat(changed.permitted()).isTrue();
    }

    // --- telling the parents of the report ---

    @ParameterizedTest
    @MethodSource("protocols")
    void given_the_parents_were_told_of_the_report_when_they_are_told_again_then_it_is_refused(ProtocolRef protocol) {
        // GIVEN the parents were told of the report
        Story story = Story.newCase(protocol).parentsToldOfReport();
        // WHEN they are told again
        Ruling ruling = story.when(at -> reportConversation(at, Set.of(IB, DIRECTOR), true));
        // THEN it is refused under the telling clause
        assertRefused(ruling, telling(protocol), "refusal.parents-already-told");
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void given_the_parents_were_told_of_the_report_when_new_signals_or_advice_come_then_both_are_permitted(
            ProtocolRef protocol) {
        // GIVEN the parents were told of the report
        Story story = Story.newCase(protocol).parentsToldOfReport();
        // WHEN a new signal is logged and advice is asked
        // THEN both are permitted: logging and advice are always useful
        assertThat(story.when(at -> signal(at, TEACHER)).permitted()).isTrue();
        assertThat(story.when(at -> advice(at, TEACHER, true)).permitted()).isTrue();
    }
}
