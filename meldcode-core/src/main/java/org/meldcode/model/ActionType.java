package org.meldcode.model;

/** The kinds of action a case knows; each {@link Action} record has exactly one. */
public enum ActionType {
    /** {@link IbNotification}. */
    IB_NOTIFICATION,
    /** {@link LogEntry}. */
    LOG_ENTRY,
    /** {@link Consultation}. */
    CONSULTATION,
    /** {@link PupilReadinessCheck}. */
    PUPIL_READINESS_CHECK,
    /** {@link PupilConversation}. */
    PUPIL_CONVERSATION,
    /** {@link ParentsConversation}. */
    PARENTS_CONVERSATION,
    /** {@link ConversationSkip}. */
    CONVERSATION_SKIP,
    /** {@link RiskAssessment}. */
    RISK_ASSESSMENT,
    /** {@link Decision}. */
    DECISION,
    /** {@link Report}. */
    REPORT,
    /** {@link ReportConversation}. */
    REPORT_CONVERSATION,
    /** {@link Advice}. */
    ADVICE,
    /** {@link Closure}. */
    CLOSURE,
    /** {@link HelpAgreement} (national framework). */
    HELP_AGREEMENT,
    /** {@link HelpEvaluation} (national framework). */
    HELP_EVALUATION,
    /** {@link SafetyException} (national framework). */
    SAFETY_EXCEPTION,
    /** {@link StaffSuspicion} (staff-perpetrator route). */
    STAFF_SUSPICION,
    /** {@link BoardNotification} (staff-perpetrator route). */
    BOARD_NOTIFICATION,
    /** {@link InspectorConsultation} (staff-perpetrator route). */
    INSPECTOR_CONSULTATION,
    /** {@link AccusedAndParentsInformed} (staff route). */
    ACCUSED_AND_PARENTS_INFORMED,
    /** {@link PoliceReport} (staff route). */
    POLICE_REPORT,
    /** {@link Substitution} (staff route). */
    SUBSTITUTION,
    /** {@link AcuteDanger} (acute route). */
    ACUTE_DANGER,
    /** {@link TellingArrangement}: how the parents are told of a report, agreed with Veilig Thuis. */
    TELLING_ARRANGEMENT
}
