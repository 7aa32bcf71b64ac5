package org.meldcode.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meldcode.model.ActionType;
import org.meldcode.protocol.Protocol;

/**
 * The kinds of action that discharge an obligation the rules derive, by the key of the
 * obligation's text: the knowledge behind {@link org.meldcode.engine.Obligation#dischargedBy()}.
 * A step overdue under the school's deadlines is discharged by the actions that complete that
 * step in the protocol.
 */
final class Discharges {

    /** The key of the obligation of a step overdue; its first argument is the step's number. */
    static final String OVERDUE_STEP = "owed.overdue-step";

    /** The obligations' keys and the kinds of action that discharge them. */
    static final Map<String, Set<ActionType>> BY_KEY = Map.ofEntries(
            Map.entry("owed.inform-ib", EnumSet.of(ActionType.IB_NOTIFICATION)),
            Map.entry("owed.consult", EnumSet.of(ActionType.CONSULTATION)),
            Map.entry(
                    "owed.conversation",
                    EnumSet.of(
                            ActionType.PUPIL_CONVERSATION,
                            ActionType.PARENTS_CONVERSATION,
                            ActionType.CONVERSATION_SKIP)),
            Map.entry("owed.close-suspicion-removed", EnumSet.of(ActionType.CLOSURE)),
            Map.entry("owed.weigh", EnumSet.of(ActionType.RISK_ASSESSMENT)),
            Map.entry("owed.discuss-with-management", EnumSet.of(ActionType.RISK_ASSESSMENT)),
            Map.entry("owed.consult-veilig-thuis", EnumSet.of(ActionType.ADVICE)),
            Map.entry("owed.decide", EnumSet.of(ActionType.DECISION)),
            Map.entry("owed.report", EnumSet.of(ActionType.REPORT)),
            Map.entry("owed.keep-logging", EnumSet.of(ActionType.LOG_ENTRY)),
            Map.entry("owed.reweigh-deterioration", EnumSet.of(ActionType.RISK_ASSESSMENT)),
            Map.entry("owed.tell-parents-of-report", EnumSet.of(ActionType.REPORT_CONVERSATION)),
            Map.entry("owed.agree-telling-with-veilig-thuis", EnumSet.of(ActionType.TELLING_ARRANGEMENT)),
            Map.entry("owed.follow-up-due", EnumSet.of(ActionType.RISK_ASSESSMENT)),
            Map.entry("owed.ar.contact-veilig-thuis-now", EnumSet.of(ActionType.REPORT)),
            Map.entry("owed.sr.inform-board", EnumSet.of(ActionType.BOARD_NOTIFICATION)),
            Map.entry("owed.sr.consult-inspector", EnumSet.of(ActionType.INSPECTOR_CONSULTATION)),
            Map.entry("owed.sr.inform-accused-and-parents", EnumSet.of(ActionType.ACCUSED_AND_PARENTS_INFORMED)),
            Map.entry("owed.sr.file-police-report", EnumSet.of(ActionType.POLICE_REPORT)),
            Map.entry("owed.sr.designate-substitute", EnumSet.of(ActionType.SUBSTITUTION)),
            Map.entry("owed.sr.inform-substitute", EnumSet.of(ActionType.IB_NOTIFICATION)),
            Map.entry("owed.lk.map-signals", EnumSet.of(ActionType.IB_NOTIFICATION)),
            Map.entry("owed.lk.consult", EnumSet.of(ActionType.CONSULTATION)),
            Map.entry("owed.lk.weigh", EnumSet.of(ActionType.RISK_ASSESSMENT)),
            Map.entry("owed.lk.close-no-suspicion", EnumSet.of(ActionType.CLOSURE)),
            Map.entry("owed.lk.advice-in-doubt", EnumSet.of(ActionType.ADVICE)),
            Map.entry("owed.lk.agree-telling-with-veilig-thuis", EnumSet.of(ActionType.TELLING_ARRANGEMENT)),
            Map.entry("owed.lk.decide", EnumSet.of(ActionType.DECISION)),
            Map.entry("owed.lk.report", EnumSet.of(ActionType.REPORT)),
            Map.entry("owed.lk.agree-help", EnumSet.of(ActionType.HELP_AGREEMENT)),
            Map.entry("owed.lk.evaluate-help", EnumSet.of(ActionType.HELP_EVALUATION)),
            Map.entry("owed.lk.report-again", EnumSet.of(ActionType.DECISION)),
            Map.entry("owed.lk.report-again-beside-help", EnumSet.of(ActionType.REPORT)),
            Map.entry(
                    "owed.lk.tell-parents-of-report",
                    EnumSet.of(ActionType.REPORT_CONVERSATION, ActionType.SAFETY_EXCEPTION)));

    private Discharges() {}

    /**
     * The kinds of action that discharge an obligation; empty for a key not known here (a test
     * checks that every key the rules use is known).
     *
     * @param protocol the case's protocol (for the actions that complete an overdue step)
     * @param key      the key of the obligation's text
     * @param args     the text's arguments
     * @return the kinds of action
     */
    static Set<ActionType> of(Protocol protocol, String key, List<Object> args) {
        if (OVERDUE_STEP.equals(key) && !args.isEmpty() && args.get(0) instanceof Number step) {
            Set<ActionType> completing = EnumSet.noneOf(ActionType.class);
            for (ActionType t : ActionType.values()) {
                if (protocol.completes(t) == step.intValue()) {
                    completing.add(t);
                }
            }
            return completing;
        }
        return BY_KEY.getOrDefault(key, Set.of());
    }
}
