package org.meldcode.engine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.meldcode.model.ActionType;
import org.meldcode.model.Role;
import org.meldcode.protocol.Step;

/**
 * Where a case stands: the step it is in, whether it is closed, what is still owed and which
 * actions the protocol permits next.
 *
 * @param caseId      the case's id
 * @param currentStep the first step of the protocol not yet completed (the last step once all are)
 * @param closed      whether the case is closed
 * @param obligations what the protocol still requires, most urgent first: the obligations of the
 *                    acute route (acute danger: contact Veilig Thuis now), then those of steps
 *                    overdue under the school's deadlines, then the rest in the order of the
 *                    steps they belong to
 * @param nextActions the actions permitted next, in the protocol's order, with who may take them
 */
public record Guidance(
        String caseId, Step currentStep, boolean closed, List<Obligation> obligations, List<NextAction> nextActions) {

    /** Validates and copies the fields. */
    public Guidance {
        Objects.requireNonNull(caseId, "Guidance.caseId is required");
        Objects.requireNonNull(currentStep, "Guidance.currentStep is required");
        obligations = List.copyOf(obligations);
        nextActions = List.copyOf(nextActions);
    }

    /**
     * Who may discharge an obligation now: for each kind of action that discharges it and that the
     * protocol permits next, the roles that may take it, in the order of {@link ActionType}. Empty
     * when none of the obligation's ways is permitted now (an earlier step must come first).
     *
     * @param obligation an obligation, usually one of this guidance's
     * @return the permitted kinds of action that discharge it, each with the roles that may take it
     */
    public Map<ActionType, Set<Role>> takenBy(Obligation obligation) {
        Map<ActionType, Set<Role>> ways = new EnumMap<>(ActionType.class);
        for (NextAction n : nextActions) {
            if (obligation.dischargedBy().contains(n.type()) && !n.roles().isEmpty()) {
                ways.put(n.type(), n.roles());
            }
        }
        return Collections.unmodifiableMap(ways);
    }
}
