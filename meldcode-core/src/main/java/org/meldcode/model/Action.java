package org.meldcode.model;

import java.time.Instant;

/**
 * Something a staff member does, or wants to do, in a case: the unit the engine rules on.
 *
 * <p>An action that the engine permits is appended to the case as an {@link Event}. Every
 * action says when it happens and who takes it; the records that implement this interface add
 * what the protocol needs to know about it. All of them are immutable and reject invalid values
 * at construction with an {@link IllegalArgumentException} or {@link NullPointerException} whose
 * message names the field.
 */
public sealed interface Action
        permits IbNotification,
                LogEntry,
                Consultation,
                PupilReadinessCheck,
                PupilConversation,
                ParentsConversation,
                ConversationSkip,
                RiskAssessment,
                Decision,
                Report,
                ReportConversation,
                Advice,
                Closure,
                HelpAgreement,
                HelpEvaluation,
                SafetyException,
                StaffSuspicion,
                BoardNotification,
                InspectorConsultation,
                AccusedAndParentsInformed,
                PoliceReport,
                Substitution,
                AcuteDanger,
                TellingArrangement {

    /** When the action happens (or happened). */
    Instant at();

    /** Who takes the action. */
    Actor actor();

    /** The kind of action. */
    ActionType type();
}
