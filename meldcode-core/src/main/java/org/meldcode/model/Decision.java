package org.meldcode.model;

import java.time.Instant;
import java.util.Set;

/**
 * The decision of step 5: report to Veilig Thuis, or organise help, with the answers to the
 * questions that lead to it.
 *
 * <p>The national framework asks, in this order: can the school offer or organise effective help
 * (question 3, {@code schoolCanHelp})? Do those involved accept the help ({@code helpAccepted}) and
 * are they willing to work on it ({@code willingToWork}) (question 4)? A "no" to any of them means a
 * report. The seed plan asks whether the parents accept help and whether the school may keep contact
 * with the help provider ({@code contactWithHelpAllowed}).
 *
 * @param at                    when it was decided
 * @param actor                 who records it
 * @param participants          who decided, the actor included
 * @param kind                  report or organise help
 * @param schoolCanHelp          whether the school can offer or organise effective help (question 3)
 * @param helpAccepted           whether those involved (the parents, the pupil) accept the help
 * @param willingToWork          whether those involved are willing to work on it (question 4)
 * @param contactWithHelpAllowed whether the school may keep contact with the help provider
 * @param grounds               why, in a few factual sentences
 */
public record Decision(
        Instant at,
        Actor actor,
        Set<Actor> participants,
        DecisionKind kind,
        boolean schoolCanHelp,
        boolean helpAccepted,
        boolean willingToWork,
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
        return helpAccepted && contactWithHelpAllowed;
    }

    @Override
    public ActionType type() {
        return ActionType.DECISION;
    }

    /** Leaves out the free text, which may hold pupil data; only its length is shown. */
    @Override
    public String toString() {
        return "Decision[at=" + at + ", actor=" + actor + ", participants=" + participants + ", kind=" + kind
                + ", schoolCanHelp=" + schoolCanHelp + ", helpAccepted=" + helpAccepted + ", willingToWork="
                + willingToWork
                + ", contactWithHelpAllowed=" + contactWithHelpAllowed
                + ", grounds=<" + grounds.length() + " chars>]";
    }
}
