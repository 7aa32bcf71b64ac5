package org.meldcode.model;

/** Who tells the parents of a report, as agreed with Veilig Thuis ({@link TellingArrangement}). */
public enum Teller {
    /** The school tells the parents, when and as agreed. */
    SCHOOL,
    /** Veilig Thuis tells the parents; the school does not. */
    VEILIG_THUIS
}
