package org.meldcode.engine;

import org.meldcode.model.Action;
import org.meldcode.model.Case;

/**
 * The protocol as a service: tells a host what the protocol permits, requires and forbids in a
 * case, and why, citing the protocol's clauses.
 *
 * <p>An engine is immutable and thread-safe; build one at start-up and share it. Each call
 * derives the case's state from its events, so the host stores nothing but the case. Calls never
 * change the case they are given.
 *
 * <pre>{@code
 * Ruling ruling = engine.evaluate(caseFile, new Report(now, ib, false));
 * if (ruling.refused()) {
 *     ruling.findings().forEach(f -> show(f.clause().id(), f.explanation().dutch()));
 * }
 * }</pre>
 */
public interface MeldcodeEngine {

    /**
     * Rules on an action in a case without changing it.
     *
     * @param caseFile the case, as stored
     * @param action   the action a staff member wants to take
     * @return permitted, or refused with one finding per clause the action breaks
     * @throws IllegalArgumentException when the action's timestamp is before the case's last event
     *                                  or the case's protocol is unknown
     */
    Ruling evaluate(Case caseFile, Action action);

    /**
     * Rules on an action and, when it is permitted, appends it to the case.
     *
     * @param caseFile the case, as stored
     * @param action   the action a staff member takes
     * @return the ruling, and the new case (the given one, unchanged, on refusal)
     * @throws IllegalArgumentException as for {@link #evaluate}
     */
    Result apply(Case caseFile, Action action);

    /**
     * Tells where a case stands: its current step, what is still owed and what may happen next.
     *
     * @param caseFile the case, as stored
     * @return the guidance
     * @throws IllegalArgumentException when the case's protocol is unknown
     */
    Guidance guide(Case caseFile);
}
