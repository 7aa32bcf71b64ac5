package org.meldcode.testing.assertj;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractObjectAssert;
import org.meldcode.engine.Finding;
import org.meldcode.engine.Ruling;

/**
 * Assertions on a {@link Ruling}, the engine's answer to whether an action may be taken: permitted,
 * or refused under named clauses. A failure names the clauses the ruling cites and their
 * explanations in English.
 */
public final class RulingAssert extends AbstractObjectAssert<RulingAssert, Ruling> {

    RulingAssert(Ruling actual) {
        super(actual, RulingAssert.class);
    }

    /**
     * Verifies that the protocol permits the action.
     *
     * @return this assertion
     */
    public RulingAssert isPermitted() {
        isNotNull();
        if (actual.refused()) {
            failWithMessage("Expected %s to be permitted, but it was refused:%n%s", action(), findings());
        }
        return this;
    }

    /**
     * Verifies that the protocol refuses the action, under whatever clause.
     *
     * @return this assertion
     */
    public RulingAssert isRefused() {
        isNotNull();
        if (actual.permitted()) {
            failWithMessage("Expected %s to be refused, but it was permitted", action());
        }
        return this;
    }

    /**
     * Verifies that the action is refused and that the refusal cites every given clause (it may
     * cite others too; see {@link #isRefusedOnlyUnder}).
     *
     * @param clauseIds the clause ids, such as {@code "SP-5.3"}
     * @return this assertion
     */
    public RulingAssert isRefusedUnder(String... clauseIds) {
        requireIds(clauseIds);
        isRefused();
        Set<String> missing = new TreeSet<>(Arrays.asList(clauseIds));
        missing.removeAll(actual.clauseIds());
        if (!missing.isEmpty()) {
            failWithMessage(
                    "Expected %s to be refused under %s, but the refusal does not cite %s; it cites:%n%s",
                    action(), Arrays.toString(clauseIds), missing, findings());
        }
        return this;
    }

    /**
     * Verifies that the action is refused under exactly the given clauses, no more and no fewer.
     *
     * @param clauseIds the clause ids, such as {@code "SP-5.3"}
     * @return this assertion
     */
    public RulingAssert isRefusedOnlyUnder(String... clauseIds) {
        isRefusedUnder(clauseIds);
        Set<String> extra = new TreeSet<>(actual.clauseIds());
        extra.removeAll(Arrays.asList(clauseIds));
        if (!extra.isEmpty()) {
            failWithMessage(
                    "Expected %s to be refused only under %s, but the refusal also cites %s:%n%s",
                    action(), Arrays.toString(clauseIds), extra, findings());
        }
        return this;
    }

    /**
     * Verifies that the ruling does not cite the given clause (it may be permitted or refused under
     * others).
     *
     * @param clauseId the clause id, such as {@code "SP-5.3"}
     * @return this assertion
     */
    public RulingAssert doesNotCite(String clauseId) {
        isNotNull();
        if (actual.clauseIds().contains(clauseId)) {
            failWithMessage("Expected %s not to be refused under %s, but it was:%n%s", action(), clauseId, findings());
        }
        return this;
    }

    private String action() {
        return actual.action().getClass().getSimpleName();
    }

    private String findings() {
        List<Finding> findings = actual.findings();
        return findings.stream()
                .map(f -> "  " + f.clauseId() + ": " + f.explanation().english())
                .collect(Collectors.joining(System.lineSeparator()));
    }

    static void requireIds(String... clauseIds) {
        if (clauseIds == null || clauseIds.length == 0) {
            throw new IllegalArgumentException("name at least one clause id");
        }
    }
}
