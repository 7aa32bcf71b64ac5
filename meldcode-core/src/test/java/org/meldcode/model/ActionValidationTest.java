package org.meldcode.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meldcode.model.Fixtures.DAY;
import static org.meldcode.model.Fixtures.DIRECTOR;
import static org.meldcode.model.Fixtures.FACT;
import static org.meldcode.model.Fixtures.IB;
import static org.meldcode.model.Fixtures.T0;
import static org.meldcode.model.Fixtures.TEACHER;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every action record rejects invalid values at construction, with a message that names the field. */
class ActionValidationTest {

    /** A well-formed hash for events built by hand; these tests do not look at the chain. */
    private static final String ANY_HASH = "0".repeat(64);

    private static final Set<Actor> PAIR = Set.of(TEACHER, IB);

    /** Each kind of action, built from a timestamp and an actor (participants always include the actor). */
    static Stream<Arguments> everyKindOfAction() {
        return Stream.of(
                kind("IbNotification", IbNotification::new),
                kind("LogEntry", (at, a) -> new LogEntry(at, a, DAY, Signal.BEHAVIOUR, Source.PUPIL, FACT, false)),
                kind("Consultation", (at, a) -> new Consultation(at, a, with(a), true)),
                kind("PupilReadinessCheck", (at, a) -> new PupilReadinessCheck(at, a, with(a), true)),
                kind("PupilConversation", (at, a) -> new PupilConversation(at, a, false)),
                kind(
                        "ParentsConversation",
                        (at, a) -> new ParentsConversation(at, a, with(a), EnumSet.allOf(Topic.class), false)),
                kind(
                        "ConversationSkip",
                        (at, a) -> new ConversationSkip(
                                at, a, Set.of(Threat.CHILD), "Een gesprek brengt het kind in gevaar.")),
                kind(
                        "RiskAssessment",
                        (at, a) -> new RiskAssessment(
                                at,
                                a,
                                with(a),
                                SuspicionLevel.PRESENT,
                                false,
                                true,
                                true,
                                "Weighed on what steps 1 to 3 brought.")),
                kind(
                        "Decision",
                        (at, a) -> new Decision(
                                at,
                                a,
                                with(a),
                                DecisionKind.REPORT,
                                true,
                                false,
                                false,
                                false,
                                "Zeer sterk vermoeden.")),
                kind("Report", (at, a) -> new Report(at, a, true, false)),
                kind("ReportConversation", (at, a) -> new ReportConversation(at, a, with(a), true)),
                kind("Advice", (at, a) -> new Advice(at, a, true)),
                kind("Closure", (at, a) -> new Closure(at, a, "Het vermoeden is weggenomen.")),
                kind(
                        "HelpAgreement",
                        (at, a) -> new HelpAgreement(at, a, DAY.plusWeeks(6), IB, "Opvoedondersteuning.")),
                kind("HelpEvaluation", (at, a) -> new HelpEvaluation(at, a, true, "Veilig; afspraken gemaakt.")),
                kind(
                        "SafetyException",
                        (at, a) -> new SafetyException(
                                at, a, ExceptionKind.PARENTS_NOT_TOLD, Threat.CHILD, "Vader dreigde.")),
                kind(
                        "StaffSuspicion",
                        (at, a) -> new StaffSuspicion(at, a, Suspect.of("t-999", Position.TEACHER), true)),
                kind("BoardNotification", (at, a) -> new BoardNotification(at, a, Channel.DIRECT)),
                kind("InspectorConsultation", (at, a) -> new InspectorConsultation(at, a, false)),
                kind("AccusedAndParentsInformed", AccusedAndParentsInformed::new),
                kind("PoliceReport", PoliceReport::new),
                kind("Substitution", (at, a) -> new Substitution(at, a, Role.INTERN_BEGELEIDER, "af-1")),
                kind("AcuteDanger", (at, a) -> new AcuteDanger(at, a, "Acuut gevaar.")),
                kind("TellingArrangement", (at, a) -> new TellingArrangement(at, a, Teller.SCHOOL, "Afspraak.")));
    }

    @Test
    void the_national_and_staff_route_actions_reject_missing_fields_naming_them() {
        assertThatNullPointerException()
                .isThrownBy(() -> new HelpAgreement(T0, IB, null, IB, FACT))
                .withMessage("HelpAgreement.deadline is required");
        assertThatNullPointerException()
                .isThrownBy(() -> new HelpAgreement(T0, IB, DAY, null, FACT))
                .withMessage("HelpAgreement.caseManager is required");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new HelpEvaluation(T0, IB, true, " "))
                .withMessage("HelpEvaluation.findings must not be blank");
        assertThatNullPointerException()
                .isThrownBy(() -> new SafetyException(T0, IB, null, Threat.CHILD, FACT))
                .withMessage("SafetyException.kind is required");
        assertThatNullPointerException()
                .isThrownBy(() -> new SafetyException(T0, IB, ExceptionKind.REPORTER_WITHHELD, null, FACT))
                .withMessage("SafetyException.threat is required");
        assertThatNullPointerException()
                .isThrownBy(() -> new StaffSuspicion(T0, IB, null, false))
                .withMessage("StaffSuspicion.suspect is required");
    }

    @Test
    void the_national_actions_leave_their_free_text_out_of_to_string() {
        String secret = "Synthetisch geheim 123";
        assertThat(new HelpAgreement(T0, IB, DAY, IB, secret).toString()).doesNotContain(secret);
        assertThat(new HelpEvaluation(T0, IB, false, secret).toString()).doesNotContain(secret);
        assertThat(new SafetyException(T0, IB, ExceptionKind.PARENTS_NOT_TOLD, Threat.FAMILY, secret).toString())
                .doesNotContain(secret);
    }

    /** Each kind of action that has participants, built from an actor and a participant set. */
    static Stream<Arguments> everyKindOfActionWithParticipants() {
        return Stream.of(
                withParticipants("Consultation", (a, p) -> new Consultation(T0, a, p, true)),
                withParticipants("PupilReadinessCheck", (a, p) -> new PupilReadinessCheck(T0, a, p, true)),
                withParticipants(
                        "ParentsConversation",
                        (a, p) -> new ParentsConversation(T0, a, p, Set.of(Topic.PURPOSE), false)),
                withParticipants(
                        "RiskAssessment",
                        (a, p) -> new RiskAssessment(
                                T0,
                                a,
                                p,
                                SuspicionLevel.DOUBTFUL,
                                false,
                                false,
                                false,
                                "Weighed on what steps 1 to 3 brought.")),
                withParticipants(
                        "Decision",
                        (a, p) -> new Decision(
                                T0,
                                a,
                                p,
                                DecisionKind.ORGANISE_HELP,
                                true,
                                true,
                                true,
                                true,
                                "Ouders laten hulp toe.")),
                withParticipants("ReportConversation", (a, p) -> new ReportConversation(T0, a, p, true)));
    }

    private static Arguments kind(String name, BiFunction<Instant, Actor, Action> factory) {
        return Arguments.of(name, factory);
    }

    private static Arguments withParticipants(String name, BiFunction<Actor, Set<Actor>, Action> factory) {
        return Arguments.of(name, factory);
    }

    /** The actor plus one other staff member; tolerates a null actor so the record itself can reject it. */
    private static Set<Actor> with(Actor actor) {
        if (actor == null) {
            return Set.of(IB, DIRECTOR);
        }
        return Set.of(actor, DIRECTOR.equals(actor) ? IB : DIRECTOR);
    }

    // --- Every action -------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfAction")
    void every_action_rejects_a_missing_timestamp_naming_the_field(String name, BiFunction<Instant, Actor, Action> of) {
        assertThatNullPointerException()
                .isThrownBy(() -> of.apply(null, TEACHER))
                .withMessage(name + ".at is required");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfAction")
    void every_action_rejects_a_missing_actor_naming_the_field(String name, BiFunction<Instant, Actor, Action> of) {
        assertThatNullPointerException().isThrownBy(() -> of.apply(T0, null)).withMessage(name + ".actor is required");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfAction")
    void every_valid_action_keeps_its_timestamp_and_actor_and_has_the_type_of_its_record(
            String name, BiFunction<Instant, Actor, Action> of) {
        Action action = of.apply(T0, IB);

        assertThat(action.at()).isEqualTo(T0);
        assertThat(action.actor()).isEqualTo(IB);
        assertThat(action.type().name().replace("_", "")).isEqualToIgnoringCase(name);
    }

    @Test
    void every_action_type_has_exactly_one_action_record() {
        assertThat(everyKindOfAction()
                        .map(a -> ((String) a.get()[0]).toUpperCase())
                        .toList())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(ActionType.values())
                        .map(t -> t.name().replace("_", ""))
                        .toList());
    }

    // --- Participants ---------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfActionWithParticipants")
    void an_action_with_participants_rejects_an_empty_participant_set(
            String name, BiFunction<Actor, Set<Actor>, Action> of) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> of.apply(IB, Set.of()))
                .withMessage(name + ".participants must not be empty");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfActionWithParticipants")
    void an_action_with_participants_rejects_missing_participants(
            String name, BiFunction<Actor, Set<Actor>, Action> of) {
        assertThatNullPointerException()
                .isThrownBy(() -> of.apply(IB, null))
                .withMessage(name + ".participants is required");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfActionWithParticipants")
    void an_action_with_participants_rejects_participants_that_leave_out_the_actor(
            String name, BiFunction<Actor, Set<Actor>, Action> of) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> of.apply(IB, Set.of(TEACHER, DIRECTOR)))
                .withMessage(name + ".participants must include the actor " + IB);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfActionWithParticipants")
    void an_action_with_participants_rejects_a_null_participant(String name, BiFunction<Actor, Set<Actor>, Action> of) {
        Set<Actor> withNull = new HashSet<>(Arrays.asList(IB, null));

        assertThatNullPointerException()
                .isThrownBy(() -> of.apply(IB, withNull))
                .withMessage(name + ".participants element is required");
    }

    @Test
    void a_consultation_copies_its_participants_so_later_changes_to_the_callers_set_do_not_leak_in() {
        // GIVEN a mutable participant set
        Set<Actor> participants = new HashSet<>(PAIR);
        Consultation consultation = new Consultation(T0, TEACHER, participants, true);

        // WHEN the caller changes it afterwards
        participants.add(DIRECTOR);

        // THEN the consultation is unaffected and its own set cannot be changed
        assertThat(consultation.participants()).containsExactlyInAnyOrder(TEACHER, IB);
        assertThatThrownBy(() -> consultation.participants().add(DIRECTOR))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_consultation_rejects_an_empty_participant_set() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Consultation(T0, TEACHER, Set.of(), true))
                .withMessage("Consultation.participants must not be empty");
    }

    @Test
    void a_consultation_rejects_participants_that_do_not_contain_the_actor() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Consultation(T0, TEACHER, Set.of(IB), true))
                .withMessageStartingWith("Consultation.participants must include the actor");
    }

    // --- LogEntry ---------------------------------------------------------------------------

    private static LogEntry logEntry(Function<LogEntryArgs, LogEntryArgs> change) {
        LogEntryArgs a = change.apply(new LogEntryArgs(DAY, Signal.INJURY, Source.OWN_OBSERVATION, FACT));
        return new LogEntry(T0, TEACHER, a.observedOn(), a.signal(), a.source(), a.text(), false);
    }

    private record LogEntryArgs(java.time.LocalDate observedOn, Signal signal, Source source, String text) {}

    @Test
    void a_log_entry_requires_the_date_the_fact_was_observed() {
        assertThatNullPointerException()
                .isThrownBy(() -> logEntry(a -> new LogEntryArgs(null, a.signal(), a.source(), a.text())))
                .withMessage("LogEntry.observedOn is required");
    }

    @Test
    void a_log_entry_requires_a_signal_and_a_source() {
        assertThatNullPointerException()
                .isThrownBy(() -> logEntry(a -> new LogEntryArgs(a.observedOn(), null, a.source(), a.text())))
                .withMessage("LogEntry.signal is required");
        assertThatNullPointerException()
                .isThrownBy(() -> logEntry(a -> new LogEntryArgs(a.observedOn(), a.signal(), null, a.text())))
                .withMessage("LogEntry.source is required");
    }

    @Test
    void a_log_entry_requires_a_text() {
        assertThatNullPointerException()
                .isThrownBy(() -> logEntry(a -> new LogEntryArgs(a.observedOn(), a.signal(), a.source(), null)))
                .withMessage("LogEntry.text is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n ", "\u2003"})
    void a_log_entry_rejects_a_blank_text(String blank) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> logEntry(a -> new LogEntryArgs(a.observedOn(), a.signal(), a.source(), blank)))
                .withMessage("LogEntry.text must not be blank");
    }

    @Test
    void a_log_entry_rejects_a_text_over_10000_characters() {
        String tooLong = "x".repeat(10_001);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> logEntry(a -> new LogEntryArgs(a.observedOn(), a.signal(), a.source(), tooLong)))
                .withMessage("LogEntry.text is longer than 10000 characters (10001)");
    }

    @Test
    void a_log_entry_accepts_a_text_of_exactly_10000_characters() {
        String longest = "x".repeat(10_000);

        LogEntry entry = logEntry(a -> new LogEntryArgs(a.observedOn(), a.signal(), a.source(), longest));

        assertThat(entry.text()).hasSize(10_000);
        assertThat(entry.type()).isEqualTo(ActionType.LOG_ENTRY);
    }

    // --- Free-text fields of the other actions ------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void a_conversation_skip_rejects_a_blank_reason(String blank) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConversationSkip(T0, IB, Set.of(Threat.CHILD), blank))
                .withMessage("ConversationSkip.reason must not be blank");
    }

    @Test
    void a_conversation_skip_requires_a_reason() {
        assertThatNullPointerException()
                .isThrownBy(() -> new ConversationSkip(T0, IB, Set.of(Threat.CHILD), null))
                .withMessage("ConversationSkip.reason is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n"})
    void a_decision_rejects_blank_grounds(String blank) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.decision(blank))
                .withMessage("Decision.grounds must not be blank");
    }

    @Test
    void a_decision_requires_a_kind() {
        assertThatNullPointerException()
                .isThrownBy(
                        () -> new Decision(T0, IB, Set.of(IB, DIRECTOR), null, true, false, false, false, "Gronden."))
                .withMessage("Decision.kind is required");
    }

    @Test
    void a_decision_is_the_exception_to_reporting_only_when_help_is_accepted_and_contact_allowed() {
        assertThat(new Decision(T0, IB, Set.of(IB), DecisionKind.ORGANISE_HELP, true, true, true, true, "g")
                        .helpAcceptedWithContact())
                .isTrue();
        assertThat(new Decision(T0, IB, Set.of(IB), DecisionKind.ORGANISE_HELP, true, true, true, false, "g")
                        .helpAcceptedWithContact())
                .isFalse();
        assertThat(new Decision(T0, IB, Set.of(IB), DecisionKind.ORGANISE_HELP, true, false, false, true, "g")
                        .helpAcceptedWithContact())
                .isFalse();
    }

    @Test
    void a_closure_rejects_a_blank_reason() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Closure(T0, IB, " "))
                .withMessage("Closure.reason must not be blank");
    }

    @Test
    void a_risk_assessment_requires_a_suspicion_level() {
        assertThatNullPointerException()
                .isThrownBy(() -> new RiskAssessment(
                        T0,
                        IB,
                        Set.of(IB, DIRECTOR),
                        null,
                        false,
                        false,
                        false,
                        "Weighed on what steps 1 to 3 brought."))
                .withMessage("RiskAssessment.level is required");
    }

    @Test
    void a_parents_conversation_requires_its_topics_but_accepts_none_covered() {
        assertThatNullPointerException()
                .isThrownBy(() -> new ParentsConversation(T0, IB, Set.of(IB, DIRECTOR), null, false))
                .withMessage("ParentsConversation.topics is required");

        assertThat(new ParentsConversation(T0, IB, Set.of(IB, DIRECTOR), Set.of(), false).topics())
                .isEmpty();
    }

    // --- Event ----------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void an_event_rejects_a_sequence_number_below_one(int sequence) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Event(sequence, ANY_HASH, Fixtures.logEntry(T0)))
                .withMessage("Event.sequence must be 1 or more, was " + sequence);
    }

    @Test
    void an_event_requires_an_action() {
        assertThatNullPointerException()
                .isThrownBy(() -> new Event(1, ANY_HASH, null))
                .withMessage("Event.action is required");
    }
}
