package org.meldcode.model;

/**
 * A role a staff member holds in a case; the protocol's "Wie?" column grants actions to roles.
 */
public enum Role {
    /** The class teacher (leerkracht). */
    TEACHER,
    /** The intern begeleider (IB), who coordinates pupil care. */
    INTERN_BEGELEIDER,
    /** A member of the school's management (directielid). */
    DIRECTOR,
    /** The school social worker (schoolmaatschappelijk werker). */
    SCHOOL_SOCIAL_WORKER,
    /** A member of the care team (zorgteam). */
    CARE_TEAM,
    /**
     * The school board (bevoegd gezag), for the staff-perpetrator route: it is informed of a
     * suspicion against a staff member and consults the confidential inspector.
     */
    BOARD
}
