package org.meldcode.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.meldcode.model.Action;
import org.meldcode.model.Case;
import org.meldcode.model.Event;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Protocol;

/**
 * The protocol as a service: tells a host what the protocol permits, requires and forbids in a
 * case, and why, citing the protocol's clauses.
 *
 * <p>An engine is immutable and thread-safe; build one at start-up and share it. Each call
 * derives the case's state from its events, so the host stores nothing but the case. Calls never
 * change the case they are given.
 *
 * <pre>{@code
 * Ruling ruling = engine.evaluate(caseFile, Report.by(ib).at(now).pupilIdentified().build());
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
     * Rules on an action and appends it only when it is permitted <em>and</em> the case is still
     * at the version the person acting saw (optimistic concurrency). When another action was
     * appended in between, the result carries a {@link Conflict} and the case is returned as it
     * is: no event is lost or added twice. The host stores the new case with a conditional update
     * on the same version, so that two writers racing between load and store are caught too.
     *
     * @param caseFile        the case, as stored now
     * @param action          the action a staff member takes
     * @param expectedVersion the {@link Case#version()} the staff member saw
     * @return the ruling, the case, and the conflict if the case moved on
     * @throws IllegalArgumentException as for {@link #evaluate}
     */
    default Result apply(Case caseFile, Action action, int expectedVersion) {
        if (caseFile.version() != expectedVersion) {
            Ruling ruling = evaluate(caseFile, action);
            return new Result(caseFile, ruling, Optional.of(new Conflict(expectedVersion, caseFile.version())));
        }
        return apply(caseFile, action);
    }

    /**
     * Tells where a case stands: its current step, what is still owed and what may happen next.
     * Without a clock, the school's deadlines are not checked: no obligation is ever "overdue"
     * here (use {@link #guide(Case, Instant)}).
     *
     * @param caseFile the case, as stored
     * @return the guidance
     * @throws IllegalArgumentException when the case's protocol is unknown
     */
    Guidance guide(Case caseFile);

    /**
     * Rules on an action without changing the case, and tells why: the chain of rules, derived
     * conclusions and events behind each refusal, and the derived state of the case. Slower than
     * {@link #evaluate}; meant for people asking "why?", not for every call.
     *
     * <p>This default gives each finding as a reason without its chain, for engines that cannot
     * trace their rules.
     *
     * @param caseFile the case, as stored
     * @param action   the action a staff member wants to take
     * @return the ruling and its explanation
     * @throws IllegalArgumentException as for {@link #evaluate}
     */
    default Explanation explain(Case caseFile, Action action) {
        Ruling ruling = evaluate(caseFile, action);
        List<Reason> reasons = new ArrayList<>();
        for (Finding f : ruling.findings()) {
            reasons.add(new Reason(f.explanation(), Optional.empty(), Optional.of(f.clause()), 0, List.of()));
        }
        return new Explanation(ruling, reasons, List.of());
    }

    /**
     * Moves a case to another protocol or protocol version, and reports what that changes: every
     * past event is replayed under the new protocol in order and kept; those it would have refused
     * are listed with their findings, and the obligations before and after are given. Nothing is
     * stored: the host shows the report and decides whether to store the migrated case.
     *
     * @param caseFile the case, as stored
     * @param to       the protocol and version to move to
     * @return the migrated case and the report
     * @throws IllegalArgumentException when {@code to} is unknown or is the case's own protocol
     */
    default Migration migrate(Case caseFile, ProtocolRef to) {
        Objects.requireNonNull(caseFile, "caseFile is required");
        Objects.requireNonNull(to, "to is required");
        if (to.equals(caseFile.protocol())) {
            throw new IllegalArgumentException("the case is already under " + to);
        }
        try {
            Protocol.of(to);
        } catch (NoSuchElementException e) {
            throw new IllegalArgumentException("unknown protocol " + to, e);
        }
        Case migrated = Case.open(caseFile.id(), caseFile.pupilRef(), to);
        List<Migration.RefusedEvent> refused = new ArrayList<>();
        for (Event e : caseFile.events()) {
            Ruling ruling = evaluate(migrated, e.action());
            if (ruling.refused()) {
                refused.add(new Migration.RefusedEvent(
                        e.sequence(), e.action().type(), e.action().at(), ruling.findings()));
            }
            migrated = migrated.append(e.action());
        }
        return new Migration(
                caseFile,
                migrated,
                refused,
                guide(caseFile).obligations(),
                guide(migrated).obligations());
    }

    /**
     * Rules on an action, appends it when permitted, and tells where the case then stands: the
     * same answers as {@link #apply(Case, Action)} followed by {@link #guide} on its case, which
     * an engine may give in one pass.
     *
     * @param caseFile the case, as stored
     * @param action   the action a staff member takes
     * @return the result and the guidance on the case after it
     * @throws IllegalArgumentException as for {@link #evaluate}
     */
    default Outcome applyAndGuide(Case caseFile, Action action) {
        Result result = apply(caseFile, action);
        return new Outcome(result, guide(result.caseFile()));
    }

    /**
     * The next deadline in a case: the earliest moment at which one of its open obligations falls
     * due under the school's deadlines ({@link Obligation#dueAt}), so that a host can schedule a
     * reminder instead of polling. The moment may lie in the past: then that obligation is overdue.
     *
     * @param caseFile the case, as stored
     * @return the earliest due moment among the open obligations; empty when none has one (such as
     *         when the school set no deadlines)
     * @throws IllegalArgumentException when the case's protocol is unknown
     */
    default Optional<Instant> nextDeadline(Case caseFile) {
        return guide(caseFile).obligations().stream()
                .map(Obligation::dueAt)
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    }

    /**
     * Tells where a case stands at a moment the host passes in, including what is overdue under
     * the school's deadlines (a step not completed in time, a follow-up date passed). The engine
     * never reads the wall clock: the host decides what "now" is (such as {@code Instant.now()},
     * or a fixed moment in a test). With the default settings this equals {@link #guide(Case)}.
     *
     * @param caseFile the case, as stored
     * @param now      the moment to judge the deadlines at; not before the case's last event, and
     *                 between the years 1900 and 9999 like every moment in a case
     * @return the guidance, with overdue obligations where deadlines passed
     * @throws IllegalArgumentException when the case's protocol is unknown or {@code now} is before
     *                                  the case's last event or outside the years 1900 to 9999
     */
    Guidance guide(Case caseFile, Instant now);
}
