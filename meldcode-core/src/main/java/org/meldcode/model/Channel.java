package org.meldcode.model;

/** How the school board was informed of a suspicion against someone working at the school. */
public enum Channel {
    /** The staff member informed the board directly. */
    DIRECT,
    /** The message reached only school management, as an intermediary: that does not count. */
    VIA_SCHOOL_MANAGEMENT
}
