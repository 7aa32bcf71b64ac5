package org.meldcode.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every action with yes/no answers has a builder that reads as a sentence; what it builds equals
 * what the canonical constructor makes of the same values, and a missing field is named.
 */
class ActionBuildersTest {

    private static final Instant NOW = Instant.parse("2026-09-07T08:00:00Z");
    private static final Actor TEACHER = Actor.of(Role.TEACHER, "t-101");
    private static final Actor IB = Actor.of(Role.INTERN_BEGELEIDER, "ib-201");
    private static final Actor DIRECTOR = Actor.of(Role.DIRECTOR, "dir-301");
    private static final Actor BOARD = Actor.of(Role.BOARD, "board-1");

    @Test
    void an_advice_built_with_every_answer_yes_equals_the_constructed_one() {
        assertThat(Advice.by(IB).at(NOW).anonymous().build()).isEqualTo(new Advice(NOW, IB, true));
        assertThat(Advice.by(IB).at(NOW).build()).isEqualTo(new Advice(NOW, IB, false));
    }

    @Test
    void a_consultation_built_with_every_answer_yes_equals_the_constructed_one() {
        assertThat(Consultation.by(IB).at(NOW).with(TEACHER).anonymous().build())
                .isEqualTo(new Consultation(NOW, IB, Set.of(IB, TEACHER), true));
        assertThat(Consultation.by(IB).at(NOW).build()).isEqualTo(new Consultation(NOW, IB, Set.of(IB), false));
    }

    @Test
    void a_decision_built_with_every_answer_yes_equals_the_constructed_one() {
        assertThat(Decision.by(IB)
                        .at(NOW)
                        .with(DIRECTOR)
                        .toOrganiseHelp()
                        .schoolCanHelp()
                        .helpAccepted()
                        .willingToWork()
                        .contactWithHelpAllowed()
                        .grounds("help fits")
                        .build())
                .isEqualTo(new Decision(
                        NOW,
                        IB,
                        Set.of(IB, DIRECTOR),
                        DecisionKind.ORGANISE_HELP,
                        true,
                        true,
                        true,
                        true,
                        "help fits"));
        assertThat(Decision.by(IB).at(NOW).toReport().grounds("no help fits").build())
                .isEqualTo(new Decision(
                        NOW, IB, Set.of(IB), DecisionKind.REPORT, false, false, false, false, "no help fits"));
    }

    @Test
    void a_help_evaluation_built_with_every_answer_yes_equals_the_constructed_one() {
        assertThat(HelpEvaluation.by(IB)
                        .at(NOW)
                        .safetyReached()
                        .findings("safe")
                        .build())
                .isEqualTo(new HelpEvaluation(NOW, IB, true, "safe"));
        assertThat(HelpEvaluation.by(IB).at(NOW).findings("not safe").build())
                .isEqualTo(new HelpEvaluation(NOW, IB, false, "not safe"));
    }

    @Test
    void an_inspector_consultation_built_with_every_answer_yes_equals_the_constructed_one() {
        assertThat(InspectorConsultation.by(BOARD).at(NOW).reasonableSuspicion().build())
                .isEqualTo(new InspectorConsultation(NOW, BOARD, true));
        assertThat(InspectorConsultation.by(BOARD).at(NOW).build())
                .isEqualTo(new InspectorConsultation(NOW, BOARD, false));
    }

    @Test
    void a_log_entry_built_with_every_answer_yes_equals_the_constructed_one() {
        LocalDate day = LocalDate.of(2026, 9, 4);
        assertThat(LogEntry.by(TEACHER)
                        .at(NOW)
                        .observedOn(day)
                        .signal(Signal.INJURY)
                        .source(Source.OWN_OBSERVATION)
                        .text("bruise on the left arm")
                        .deterioration()
                        .build())
                .isEqualTo(new LogEntry(
                        NOW, TEACHER, day, Signal.INJURY, Source.OWN_OBSERVATION, "bruise on the left arm", true));
    }

    @Test
    void a_parents_conversation_built_with_every_answer_yes_equals_the_constructed_one() {
        assertThat(ParentsConversation.by(IB)
                        .at(NOW)
                        .with(TEACHER)
                        .topics(Topic.PURPOSE)
                        .topics(Topic.LOGGED_SIGNALS)
                        .suspicionRemoved()
                        .build())
                .isEqualTo(new ParentsConversation(
                        NOW, IB, Set.of(IB, TEACHER), Set.of(Topic.PURPOSE, Topic.LOGGED_SIGNALS), true));
        assertThat(ParentsConversation.by(IB).at(NOW).build())
                .isEqualTo(new ParentsConversation(NOW, IB, Set.of(IB), Set.of(), false));
    }

    @Test
    void a_pupil_conversation_built_with_every_answer_yes_equals_the_constructed_one() {
        assertThat(PupilConversation.by(TEACHER).at(NOW).suspicionNamed().build())
                .isEqualTo(new PupilConversation(NOW, TEACHER, true));
        assertThat(PupilConversation.by(TEACHER).at(NOW).build()).isEqualTo(new PupilConversation(NOW, TEACHER, false));
    }

    @Test
    void a_pupil_readiness_check_built_with_every_answer_yes_equals_the_constructed_one() {
        assertThat(PupilReadinessCheck.by(IB)
                        .at(NOW)
                        .with(TEACHER)
                        .pupilCanTalk()
                        .build())
                .isEqualTo(new PupilReadinessCheck(NOW, IB, Set.of(IB, TEACHER), true));
        assertThat(PupilReadinessCheck.by(IB).at(NOW).build())
                .isEqualTo(new PupilReadinessCheck(NOW, IB, Set.of(IB), false));
    }

    @Test
    void a_report_built_with_every_answer_yes_equals_the_constructed_one() {
        assertThat(Report.by(IB)
                        .at(NOW)
                        .pupilIdentified()
                        .reporterWithheldFromFamily()
                        .build())
                .isEqualTo(new Report(NOW, IB, true, true));
        assertThat(Report.by(IB).at(NOW).pupilIdentified().build()).isEqualTo(Report.named(NOW, IB));
        assertThat(Report.by(IB).at(NOW).build()).isEqualTo(new Report(NOW, IB, false, false));
    }

    @Test
    void a_report_conversation_built_with_every_answer_yes_equals_the_constructed_one() {
        assertThat(ReportConversation.by(IB).at(NOW).with(DIRECTOR).inPerson().build())
                .isEqualTo(new ReportConversation(NOW, IB, Set.of(IB, DIRECTOR), true));
        assertThat(ReportConversation.by(IB).at(NOW).build())
                .isEqualTo(new ReportConversation(NOW, IB, Set.of(IB), false));
    }

    @Test
    void a_risk_assessment_built_with_every_answer_yes_equals_the_constructed_one() {
        assertThat(RiskAssessment.by(IB)
                        .at(NOW)
                        .with(TEACHER, DIRECTOR)
                        .level(SuspicionLevel.VERY_STRONG)
                        .acuteUnsafety()
                        .structuralUnsafety()
                        .discussedWithManagement()
                        .grounds("weighed on the log")
                        .build())
                .isEqualTo(new RiskAssessment(
                        NOW,
                        IB,
                        Set.of(IB, TEACHER, DIRECTOR),
                        SuspicionLevel.VERY_STRONG,
                        true,
                        true,
                        true,
                        "weighed on the log"));
        assertThat(RiskAssessment.by(IB)
                        .at(NOW)
                        .level(SuspicionLevel.DOUBTFUL)
                        .grounds("weighed")
                        .build())
                .isEqualTo(new RiskAssessment(
                        NOW, IB, Set.of(IB), SuspicionLevel.DOUBTFUL, false, false, false, "weighed"));
    }

    @Test
    void a_staff_suspicion_built_with_every_answer_yes_equals_the_constructed_one() {
        Suspect suspect = Suspect.of("s-900", Position.TEACHER);
        assertThat(StaffSuspicion.by(IB)
                        .at(NOW)
                        .suspect(suspect)
                        .sexualOffence()
                        .build())
                .isEqualTo(new StaffSuspicion(NOW, IB, suspect, true));
        assertThat(StaffSuspicion.by(IB).at(NOW).suspect(suspect).build())
                .isEqualTo(new StaffSuspicion(NOW, IB, suspect, false));
    }

    @Test
    void every_action_with_a_yes_no_answer_has_a_builder_started_by_its_actor() throws Exception {
        // GIVEN every action record of the model whose components include a boolean
        List<Class<?>> withAnswers = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.meldcode.model")) {
            Class<?> type = c.reflect();
            if (type.isRecord()
                    && Action.class.isAssignableFrom(type)
                    && Arrays.stream(type.getRecordComponents())
                            .map(RecordComponent::getType)
                            .anyMatch(t -> t == boolean.class)) {
                withAnswers.add(type);
            }
        }
        assertThat(withAnswers).contains(Report.class, RiskAssessment.class, Decision.class);

        // THEN each has a public static by(Actor) whose builder builds that record
        for (Class<?> type : withAnswers) {
            Method by = type.getMethod("by", Actor.class);
            assertThat(Modifier.isStatic(by.getModifiers()))
                    .as(type.getSimpleName())
                    .isTrue();
            assertThat(by.getReturnType().getMethod("build").getReturnType())
                    .as(type.getSimpleName())
                    .isEqualTo(type);
        }
        assertThat(withAnswers).hasSize(13);
    }

    @Test
    void a_builder_without_a_moment_fails_naming_the_field() {
        assertThatThrownBy(() -> Report.by(IB).pupilIdentified().build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("Report.at is required");
        assertThatThrownBy(() -> Consultation.by(IB).build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("Consultation.at is required");
    }

    @Test
    void a_builder_without_an_actor_fails_at_once_naming_the_field() {
        assertThatThrownBy(() -> Advice.by(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("Advice.actor is required");
        assertThatThrownBy(() -> RiskAssessment.by(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("RiskAssessment.actor is required");
    }

    @Test
    void builders_without_their_required_values_fail_naming_each_missing_field() {
        assertThatThrownBy(() -> RiskAssessment.by(IB).at(NOW).grounds("g").build())
                .hasMessage("RiskAssessment.level is required");
        assertThatThrownBy(() -> RiskAssessment.by(IB)
                        .at(NOW)
                        .level(SuspicionLevel.PRESENT)
                        .build())
                .hasMessage("RiskAssessment.grounds is required");
        assertThatThrownBy(() -> Decision.by(IB).at(NOW).grounds("g").build()).hasMessage("Decision.kind is required");
        assertThatThrownBy(() -> Decision.by(IB).at(NOW).toReport().build()).hasMessage("Decision.grounds is required");
        assertThatThrownBy(() -> HelpEvaluation.by(IB).at(NOW).build())
                .hasMessage("HelpEvaluation.findings is required");
        assertThatThrownBy(() -> StaffSuspicion.by(IB).at(NOW).build())
                .hasMessage("StaffSuspicion.suspect is required");
        assertThatThrownBy(() -> LogEntry.by(TEACHER).at(NOW).build()).hasMessage("LogEntry.observedOn is required");
        assertThatThrownBy(() -> LogEntry.by(TEACHER)
                        .at(NOW)
                        .observedOn(LocalDate.of(2026, 9, 4))
                        .build())
                .hasMessage("LogEntry.signal is required");
        assertThatThrownBy(() -> LogEntry.by(TEACHER)
                        .at(NOW)
                        .observedOn(LocalDate.of(2026, 9, 4))
                        .signal(Signal.INJURY)
                        .build())
                .hasMessage("LogEntry.source is required");
        assertThatThrownBy(() -> LogEntry.by(TEACHER)
                        .at(NOW)
                        .observedOn(LocalDate.of(2026, 9, 4))
                        .signal(Signal.INJURY)
                        .source(Source.PUPIL)
                        .build())
                .hasMessage("LogEntry.text is required");
    }

    @Test
    void a_missing_participant_or_topic_is_named() {
        assertThatThrownBy(() -> Consultation.by(IB).with(TEACHER, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("Consultation.participants element is required");
        assertThatThrownBy(() -> ParentsConversation.by(IB).topics(Topic.PURPOSE, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("ParentsConversation.topics element is required");
    }

    @Test
    void the_actor_always_takes_part_even_when_named_again() {
        assertThat(Consultation.by(IB).at(NOW).with(IB, TEACHER).build().participants())
                .containsExactlyInAnyOrder(IB, TEACHER);
    }
}
