package org.meldcode.rules.facts;

import java.util.List;
import java.util.Set;
import org.meldcode.model.Action;
import org.meldcode.model.Actor;
import org.meldcode.model.Consultation;
import org.meldcode.model.Decision;
import org.meldcode.model.HelpAgreement;
import org.meldcode.model.ParentsConversation;
import org.meldcode.model.PupilReadinessCheck;
import org.meldcode.model.ReportConversation;
import org.meldcode.model.RiskAssessment;
import org.meldcode.model.Role;
import org.meldcode.model.Substitution;
import org.meldcode.model.Suspect;

/** Questions the rules of the staff-perpetrator route ask about an action. */
public final class StaffRoute {

    private StaffRoute() {}

    /**
     * Whether the staff member takes part in the action: takes it, is among its participants, or is
     * named as its case manager. The staff id decides, whatever the role (the same person in another
     * role is still the same person).
     */
    public static boolean involves(Action action, String staffId) {
        if (action.actor().staffId().equals(staffId)) {
            return true;
        }
        if (action instanceof HelpAgreement h && h.caseManager().staffId().equals(staffId)) {
            return true;
        }
        if (action instanceof Substitution s && s.substituteId().equals(staffId)) {
            return true;
        }
        return includes(participants(action), staffId);
    }

    /**
     * Whether someone other than the given staff member acts in the role in this action: takes it
     * in that role, or takes part in it in that role (SR-1.5: the role passed to the substitute).
     */
    public static boolean othersInRole(Action action, Role role, String staffId) {
        if (action.actor().role() == role && !action.actor().staffId().equals(staffId)) {
            return true;
        }
        for (Actor a : participants(action)) {
            if (a.role() == role && !a.staffId().equals(staffId)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The role a suspect holds that needs a substitute (SR-1.5): the IB's or a director's, of
     * which a school usually has one; empty for every other position.
     */
    public static List<Role> rolesToSubstitute(Suspect suspect) {
        return suspect.position()
                .role()
                .filter(r -> r == Role.INTERN_BEGELEIDER || r == Role.DIRECTOR)
                .map(List::of)
                .orElse(List.of());
    }

    private static Set<Actor> participants(Action action) {
        if (action instanceof Consultation c) {
            return c.participants();
        } else if (action instanceof PupilReadinessCheck r) {
            return r.participants();
        } else if (action instanceof ParentsConversation p) {
            return p.participants();
        } else if (action instanceof RiskAssessment w) {
            return w.participants();
        } else if (action instanceof Decision d) {
            return d.participants();
        } else if (action instanceof ReportConversation r) {
            return r.participants();
        }
        return Set.of();
    }

    private static boolean includes(Set<Actor> people, String staffId) {
        for (Actor a : people) {
            if (a.staffId().equals(staffId)) {
                return true;
            }
        }
        return false;
    }
}
