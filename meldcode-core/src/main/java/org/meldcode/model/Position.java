package org.meldcode.model;

import java.util.Optional;

/**
 * What a person does at the school: anyone with tasks at the school can be the suspected
 * perpetrator of the staff route, also those who hold no role in the protocol.
 */
public enum Position {
    /** A teacher (leerkracht). */
    TEACHER,
    /** The intern begeleider (IB). */
    INTERN_BEGELEIDER,
    /** A member of the school's management (directielid). */
    DIRECTOR,
    /** The school social worker. */
    SCHOOL_SOCIAL_WORKER,
    /** A member of the care team. */
    CARE_TEAM,
    /** A classroom or teaching assistant (onderwijsassistent). */
    ASSISTANT,
    /** The caretaker (conciërge). */
    CARETAKER,
    /** An intern or trainee (stagiair). */
    INTERN,
    /** A volunteer (vrijwilliger). */
    VOLUNTEER,
    /** Anyone else with tasks at the school. */
    OTHER;

    /** The role this position holds in the protocol, if any. */
    public Optional<Role> role() {
        return switch (this) {
            case TEACHER -> Optional.of(Role.TEACHER);
            case INTERN_BEGELEIDER -> Optional.of(Role.INTERN_BEGELEIDER);
            case DIRECTOR -> Optional.of(Role.DIRECTOR);
            case SCHOOL_SOCIAL_WORKER -> Optional.of(Role.SCHOOL_SOCIAL_WORKER);
            case CARE_TEAM -> Optional.of(Role.CARE_TEAM);
            default -> Optional.empty();
        };
    }
}
