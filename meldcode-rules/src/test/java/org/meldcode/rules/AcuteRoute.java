package org.meldcode.rules;

import java.util.List;
import org.meldcode.model.Action;
import org.meldcode.model.AcuteDanger;
import org.meldcode.model.Report;
import org.meldcode.model.ReportConversation;
import org.meldcode.model.Role;

/** What the acute route (AR-*) lets through, as the properties of both protocols read it. */
final class AcuteRoute {

    private AcuteRoute() {}

    /** Whether acute danger was recorded among these accepted actions (AR-1.1). */
    static boolean recorded(List<Action> before) {
        return before.stream().anyMatch(a -> a instanceof AcuteDanger);
    }

    /**
     * Whether the action waits for no step because acute danger was recorded before it (AR-1.3): a
     * report by any staff member, or telling the parents of a report that was made.
     */
    static boolean exempt(List<Action> before, Action action) {
        if (!recorded(before)) {
            return false;
        }
        if (action instanceof Report r) {
            return r.actor().role() != Role.BOARD;
        }
        return action instanceof ReportConversation && before.stream().anyMatch(a -> a instanceof Report);
    }
}
