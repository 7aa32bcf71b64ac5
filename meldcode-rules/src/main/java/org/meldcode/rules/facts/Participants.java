package org.meldcode.rules.facts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.meldcode.model.Actor;
import org.meldcode.model.Role;
import org.meldcode.protocol.Message;

/** Questions the rules ask about who took part in something. */
public final class Participants {

    private Participants() {}

    /** Whether anyone in the role took part. */
    public static boolean include(Set<Actor> participants, Role role) {
        for (Actor a : participants) {
            if (a.role() == role) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who is missing from a collegial consultation: the teacher, the IB, and the school social
     * worker or the care team (either will do).
     *
     * @return the missing roles, and a message for "school social worker or care team" when both are absent
     */
    public static List<Object> missingFromConsultation(Set<Actor> participants) {
        List<Object> missing = new ArrayList<>(missing(participants, Role.TEACHER, Role.INTERN_BEGELEIDER));
        if (!include(participants, Role.SCHOOL_SOCIAL_WORKER) && !include(participants, Role.CARE_TEAM)) {
            missing.add(Message.of("role.social-worker-or-care-team"));
        }
        return missing;
    }

    /** The roles, of those required, that nobody took part in. */
    public static Set<Role> missing(Set<Actor> participants, Role... required) {
        Set<Role> missing = EnumSet.noneOf(Role.class);
        for (Role r : required) {
            if (!include(participants, r)) {
                missing.add(r);
            }
        }
        return missing;
    }
}
