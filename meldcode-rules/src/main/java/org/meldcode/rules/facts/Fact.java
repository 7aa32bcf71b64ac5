package org.meldcode.rules.facts;

/** The kinds of state a case can be in, each derived from its events by a rule. */
public enum Fact {
    /** The teacher has informed the IB (step 1). */
    IB_INFORMED,
    /** The parents know of the concerns: a conversation with them was held. */
    PARENTS_AWARE,
    /** Step 3 was skipped because a conversation would endanger the pupil. */
    CONVERSATIONS_SKIPPED,
    /** The latest judgement says the pupil can handle a conversation. */
    PUPIL_READY,
    /** The pupil told someone at school about abuse or violence before. */
    PUPIL_DISCLOSED,
    /** A conversation with the parents removed the suspicion. */
    SUSPICION_REMOVED,
    /** Since the latest decision to organise help, a deterioration was logged. */
    DETERIORATED_AFTER_HELP,
    /**
     * The decision to organise help is open to reconsideration: a deterioration logged after it
     * was weighed again, or a weighing after it found acute unsafety.
     */
    HELP_RECONSIDERED,
    /** A report was made to Veilig Thuis. */
    REPORTED,
    /** The parents were told of the report in person. */
    PARENTS_TOLD_OF_REPORT,
    /** The case is closed. */
    CLOSED,
    // --- the national framework (landelijk) ---
    /** A safety exception was recorded: the parents are not told of the report (LK-5.7). */
    PARENTS_NOT_TO_BE_TOLD,
    /** A safety exception was recorded that allows an anonymous report (LK-5.8). */
    ANONYMITY_EXCEPTION,
    /**
     * The latest weighing found no suspicion (framework question 1), and no disclosure by the pupil
     * and no skip for danger came after it: the case may close (LK-5.1).
     */
    NO_SUSPICION,
    /** An evaluation found that the agreed help did not reach the needed safety (LK-5.5). */
    HELP_FAILED,
    /** The latest evaluation found that the agreed help reached the needed safety (LK-5.5). */
    SAFETY_REACHED,
    // --- the staff-perpetrator route, every protocol ---
    /** A staff member is the suspected perpetrator (SR-1.1). */
    STAFF_SUSPECTED,
    /** A staff member is suspected of a possible sexual offence against the pupil (SR-1.3). */
    SEXUAL_OFFENCE_SUSPECTED,
    /** The school board was informed of the suspicion against a staff member (SR-1.2). */
    BOARD_INFORMED,
    /** The board consulted the confidential inspector (SR-1.3). */
    INSPECTOR_CONSULTED,
    /** The inspector's consultation found a reasonable suspicion of a criminal offence (SR-1.4). */
    REASONABLE_SUSPICION,
    /** The board told the accused and the parents that it will file a police report (SR-1.4). */
    ACCUSED_AND_PARENTS_INFORMED,
    /** The board filed a police report (SR-1.4). */
    POLICE_REPORT_FILED,
    // --- the acute route, every protocol ---
    /** A staff member recorded acute danger (AR-1.1). */
    ACUTE_DANGER,
    /** A report was made since the latest record of acute danger (AR-1.2). */
    REPORTED_SINCE_ACUTE_DANGER,
    /** Steps 1 to 4 are on record (AR-1.4). */
    STEPS_ONE_TO_FOUR_DONE,
    // --- the seed plan's readings at the edges ---
    /**
     * Acute or structural unsafety: acute danger was recorded, or the latest weighing found acute
     * or structural unsafety; a report follows, whether or not the parents accept help (SP-5.2).
     */
    UNSAFE,
    /**
     * Telling the parents could endanger someone: step 3 was skipped for danger, a weighing found
     * acute unsafety, or acute danger was recorded; how they are told is agreed with Veilig Thuis
     * (SP-5.7).
     */
    TELLING_UNSAFE,
    /** An arrangement with Veilig Thuis on telling the parents was recorded (SP-5.7). */
    TELLING_ARRANGED,
    /** The latest arrangement with Veilig Thuis says that Veilig Thuis tells the parents (SP-5.7). */
    VEILIG_THUIS_TELLS
}
