package org.meldcode.testing.assertj;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractObjectAssert;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.NextAction;
import org.meldcode.engine.Obligation;
import org.meldcode.model.ActionType;

/**
 * Assertions on {@link Guidance}, where a case stands: the step it is in, what is still owed under
 * which clauses and which actions may come next. A failure lists what the guidance does say.
 */
public final class GuidanceAssert extends AbstractObjectAssert<GuidanceAssert, Guidance> {

    GuidanceAssert(Guidance actual) {
        super(actual, GuidanceAssert.class);
    }

    /**
     * Verifies that the case still owes something under every given clause.
     *
     * @param clauseIds the clause ids, such as {@code "SP-5.7"}
     * @return this assertion
     */
    public GuidanceAssert owes(String... clauseIds) {
        isNotNull();
        RulingAssert.requireIds(clauseIds);
        Set<String> missing = new TreeSet<>(Arrays.asList(clauseIds));
        missing.removeAll(owed());
        if (!missing.isEmpty()) {
            failWithMessage(
                    "Expected case %s to owe %s, but nothing is owed under %s; it owes:%n%s",
                    actual.caseId(), Arrays.toString(clauseIds), missing, obligations());
        }
        return this;
    }

    /**
     * Verifies that the case owes nothing under the given clause.
     *
     * @param clauseId the clause id, such as {@code "SP-5.7"}
     * @return this assertion
     */
    public GuidanceAssert doesNotOwe(String clauseId) {
        isNotNull();
        if (owed().contains(clauseId)) {
            failWithMessage(
                    "Expected case %s not to owe %s, but it does:%n%s", actual.caseId(), clauseId, obligations());
        }
        return this;
    }

    /**
     * Verifies that the case owes nothing at all.
     *
     * @return this assertion
     */
    public GuidanceAssert owesNothing() {
        isNotNull();
        if (!actual.obligations().isEmpty()) {
            failWithMessage("Expected case %s to owe nothing, but it owes:%n%s", actual.caseId(), obligations());
        }
        return this;
    }

    /**
     * Verifies that the case stands in the given step of its protocol.
     *
     * @param step the step number, from 1
     * @return this assertion
     */
    public GuidanceAssert isAtStep(int step) {
        isNotNull();
        if (actual.currentStep().number() != step) {
            failWithMessage(
                    "Expected case %s to be at step %s, but it is at step %s",
                    actual.caseId(), step, actual.currentStep().number());
        }
        return this;
    }

    /**
     * Verifies that the case is closed.
     *
     * @return this assertion
     */
    public GuidanceAssert isClosed() {
        isNotNull();
        if (!actual.closed()) {
            failWithMessage("Expected case %s to be closed, but it is open", actual.caseId());
        }
        return this;
    }

    /**
     * Verifies that the case is open.
     *
     * @return this assertion
     */
    public GuidanceAssert isOpen() {
        isNotNull();
        if (actual.closed()) {
            failWithMessage("Expected case %s to be open, but it is closed", actual.caseId());
        }
        return this;
    }

    /**
     * Verifies that an action of the given type is among the actions permitted next.
     *
     * @param type the action type
     * @return this assertion
     */
    public GuidanceAssert permitsNext(ActionType type) {
        isNotNull();
        boolean found = actual.nextActions().stream().anyMatch(n -> n.type() == type);
        if (!found) {
            failWithMessage(
                    "Expected %s to be permitted next in case %s, but only %s are",
                    type,
                    actual.caseId(),
                    actual.nextActions().stream().map(NextAction::type).toList());
        }
        return this;
    }

    private Set<String> owed() {
        Set<String> ids = new TreeSet<>();
        for (Obligation o : actual.obligations()) {
            ids.add(o.clause().id());
        }
        return ids;
    }

    private String obligations() {
        if (actual.obligations().isEmpty()) {
            return "  (nothing)";
        }
        return actual.obligations().stream()
                .map(o -> "  " + o.clause().id() + ": " + o.text().english())
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
