package org.meldcode.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.meldcode.model.ActionType;
import org.meldcode.model.Case;

/**
 * What moving a case to another protocol or protocol version changes: the migrated case, every
 * past event the new protocol would have refused, and the obligations before and after. A case is
 * always evaluated under the protocol it names; moving it is an explicit step with this report, so
 * that nothing changes silently.
 *
 * <p>The migrated case keeps every event of the original, in order (the history is not rewritten;
 * its hash chain is made anew for the new protocol). Events the new protocol would have refused
 * are kept too, and listed in {@link #refusedEvents()}: the school decides what they mean.
 *
 * @param original          the case as it was
 * @param migrated          the same events under the new protocol
 * @param refusedEvents     the past events the new protocol would have refused, in order
 * @param obligationsBefore what the original protocol required at the end of the case
 * @param obligationsAfter  what the new protocol requires at the end of the migrated case
 */
public record Migration(
        Case original,
        Case migrated,
        List<RefusedEvent> refusedEvents,
        List<Obligation> obligationsBefore,
        List<Obligation> obligationsAfter) {

    /** Validates and copies the fields. */
    public Migration {
        Objects.requireNonNull(original, "Migration.original is required");
        Objects.requireNonNull(migrated, "Migration.migrated is required");
        refusedEvents = List.copyOf(refusedEvents);
        obligationsBefore = List.copyOf(obligationsBefore);
        obligationsAfter = List.copyOf(obligationsAfter);
    }

    /**
     * A past event the new protocol would have refused at its place in the history.
     *
     * @param sequence the event's sequence number
     * @param type     its kind of action
     * @param at       when it happened
     * @param findings why the new protocol would refuse it
     */
    public record RefusedEvent(int sequence, ActionType type, Instant at, List<Finding> findings) {

        /** Validates and copies the fields. */
        public RefusedEvent {
            Objects.requireNonNull(type, "RefusedEvent.type is required");
            Objects.requireNonNull(at, "RefusedEvent.at is required");
            findings = List.copyOf(findings);
        }
    }

    /** Whether the new protocol would have permitted every past event. */
    public boolean clean() {
        return refusedEvents.isEmpty();
    }

    /** The obligations the new protocol adds (by clause and text). */
    public List<Obligation> obligationsAdded() {
        return minus(obligationsAfter, obligationsBefore);
    }

    /** The obligations that the new protocol no longer has (by clause and text). */
    public List<Obligation> obligationsDropped() {
        return minus(obligationsBefore, obligationsAfter);
    }

    private static List<Obligation> minus(List<Obligation> from, List<Obligation> other) {
        List<Obligation> out = new ArrayList<>();
        for (Obligation o : from) {
            boolean found = false;
            for (Obligation p : other) {
                if (p.clause().id().equals(o.clause().id()) && p.text().equals(o.text())) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                out.add(o);
            }
        }
        return out;
    }
}
