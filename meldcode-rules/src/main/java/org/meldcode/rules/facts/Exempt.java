package org.meldcode.rules.facts;

import org.meldcode.model.Action;

/**
 * A proposed action that the acute route lets through without the steps before it (AR-1.3): a
 * report in acute danger, or telling the parents of that report. Derived with
 * {@code insertLogical}; the rules of step order, of "the IB first", of "the board first" and of
 * the decision before a report do not refuse an exempt action.
 *
 * @param action  the exempt proposal (compared by identity, as in {@link Refusal})
 * @param anyRole whether any staff member may take it, not only the roles of the protocol's table
 */
public record Exempt(Action action, boolean anyRole) {

    @Override
    public boolean equals(Object o) {
        return o instanceof Exempt e && e.action == action && e.anyRole == anyRole;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(action) * 31 + Boolean.hashCode(anyRole);
    }
}
