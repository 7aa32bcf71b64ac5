package org.meldcode.model;

/** The two outcomes of step 5. */
public enum DecisionKind {
    /** Report to Veilig Thuis (melden). */
    REPORT,
    /** Organise help without a report (hulp organiseren). */
    ORGANISE_HELP
}
