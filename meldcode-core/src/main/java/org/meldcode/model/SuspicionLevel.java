package org.meldcode.model;

/** How strong the suspicion is after weighing it (step 4). */
public enum SuspicionLevel {
    /** In doubt about the severity or the pupil's safety: Veilig Thuis must be consulted. */
    DOUBTFUL,
    /** A suspicion is present, but not very strong. */
    PRESENT,
    /** The suspicion is very strong. */
    VERY_STRONG,
    /** The abuse or violence is confirmed. */
    CONFIRMED
}
