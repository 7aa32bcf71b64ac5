package org.meldcode.rules.facts;

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
        return includes(participants(action), staffId);
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
