package org.meldcode.model;

import java.time.Instant;
import java.util.Set;

/**
 * The decision of step 5: report to Veilig Thuis, or organise help.
 *
 * @param at                    when it was decided
 * @param actor                 who records it
 * @param participants          who decided, the actor included
 * @param kind                  report or organise help
 * @param parentsAcceptHelp     whether the parents accept help
 * @param contactWithHelpAllowed whether the school may keep contact with the help provider
 * @param grounds               why, in a few factual sentences
 */
public record Decision(
        Instant at,
        Actor actor,
        Set<Actor> participants,
        DecisionKind kind,
        boolean parentsAcceptHelp,
        boolean contactWithHelpAllowed,
        String grounds)
        implements Action {

    /** Validates the fields. */
    public Decision {
        Checks.moment(at, "Decision.at");
        Checks.present(actor, "Decision.actor");
        participants = Checks.participants(participants, actor, "Decision");
        Checks.present(kind, "Decision.kind");
        Checks.text(grounds, "Decision.grounds");
    }

    /** Whether this decision is the one exception to reporting: help accepted, contact allowed. */
    public boolean helpAcceptedWithContact() {
        return parentsAcceptHelp && contactWithHelpAllowed;
    }

    @Override
    public ActionType type() {
        return ActionType.DECISION;
    }

    /** Leaves out the free text, which may hold pupil data; only its length is shown. */
    @Override
    public String toString() {
        return "Decision[at=" + at + ", actor=" + actor + ", participants=" + participants + ", kind=" + kind
                + ", parentsAcceptHelp=" + parentsAcceptHelp + ", contactWithHelpAllowed=" + contactWithHelpAllowed
                + ", grounds=<" + grounds.length() + " chars>]";
    }
}
