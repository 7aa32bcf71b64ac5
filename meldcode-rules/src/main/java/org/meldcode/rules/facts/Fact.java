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
    CLOSED
}
