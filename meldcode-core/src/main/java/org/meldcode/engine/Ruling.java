package org.meldcode.engine;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.meldcode.model.Action;

/**
 * The engine's answer to "may this action be taken now?": permitted, or refused with the findings
 * that say which clauses forbid it and why. Never a bare boolean.
 *
 * @param action   the action ruled on
 * @param findings why the action is refused, in the order of the protocol's clauses (then by
 *                 message key and arguments, so that the same case always gives the same list);
 *                 empty when it is permitted
 */
public record Ruling(Action action, List<Finding> findings) {

    /** Validates and copies the fields. */
    public Ruling {
        Objects.requireNonNull(action, "Ruling.action is required");
        findings = List.copyOf(findings);
    }

    /** Whether the protocol permits the action. */
    public boolean permitted() {
        return findings.isEmpty();
    }

    /** Whether the protocol forbids the action. */
    public boolean refused() {
        return !findings.isEmpty();
    }

    /** The ids of the clauses the findings cite, sorted. */
    public Set<String> clauseIds() {
        Set<String> ids = new TreeSet<>();
        findings.forEach(f -> ids.add(f.clauseId()));
        return ids;
    }
}
