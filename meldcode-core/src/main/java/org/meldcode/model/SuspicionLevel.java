package org.meldcode.model;

/** How strong the suspicion is after weighing it (step 4). */
public enum SuspicionLevel {
    /**
     * No suspicion: what steps 1 to 3 brought does not bear one out (framework question 1 answered
     * "no"). A weighing at this level records its grounds, and lets the case close.
     */
    NONE,
    /** In doubt about the severity or the pupil's safety: Veilig Thuis must be consulted. */
    DOUBTFUL,
    /** A suspicion is present, but not very strong. */
    PRESENT,
    /** The suspicion is very strong. */
    VERY_STRONG,
    /** The abuse or violence is confirmed. */
    CONFIRMED
}
