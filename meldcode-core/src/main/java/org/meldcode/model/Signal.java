package org.meldcode.model;

/**
 * What a logbook entry records, after the four kinds of entry the plan's step 1 names.
 */
public enum Signal {
    /** A visible injury. */
    INJURY,
    /** Signs of neglect (hygiene, clothing, food, care). */
    NEGLECT,
    /** Behaviour that may point to abuse or violence at home. */
    BEHAVIOUR,
    /** Something the pupil, the parents or someone else said about the home situation. */
    STATEMENT,
    /**
     * The pupil told someone at school about abuse or violence (a disclosure); with source
     * {@link Source#PUPIL} or {@link Source#OWN_OBSERVATION} (told to the writer), it allows
     * naming the suspicion to the pupil (SP-3.3); relayed by others, it does not.
     */
    DISCLOSURE,
    /** The report of a conversation with the pupil or the parents. */
    CONVERSATION_REPORT,
    /** Any other concrete fact. */
    OTHER,
    /**
     * The result of a kindcheck: an adult's problems could harm children, and children depend on
     * that adult (step 1 of the national framework).
     */
    KINDCHECK
}
