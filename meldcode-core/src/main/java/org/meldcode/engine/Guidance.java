package org.meldcode.engine;

import java.util.List;
import java.util.Objects;
import org.meldcode.protocol.Step;

/**
 * Where a case stands: the step it is in, whether it is closed, what is still owed and which
 * actions the protocol permits next.
 *
 * @param caseId      the case's id
 * @param currentStep the first step of the protocol not yet completed (the last step once all are)
 * @param closed      whether the case is closed
 * @param obligations what the protocol still requires, most urgent first
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
}
