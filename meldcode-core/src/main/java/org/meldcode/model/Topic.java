package org.meldcode.model;

/** A point the plan requires in the conversation with the parents (step 3). */
public enum Topic {
    /** The purpose of the conversation. */
    PURPOSE,
    /** The signals noted in the logbook. */
    LOGGED_SIGNALS,
    /** The parents were invited to respond. */
    PARENTS_RESPONSE,
    /** How the school interprets the signals and the response. */
    INTERPRETATION,
    /** Follow-up agreements. */
    FOLLOW_UP
}
