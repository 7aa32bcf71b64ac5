package org.meldcode.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The file on one pupil's suspected abuse or neglect: who it concerns, which protocol it runs
 * under, and the ordered events that happened in it.
 *
 * <p>A case stores only its events. Everything else — the current step, whether the parents know
 * of the concerns, whether the case is closed, what is still owed — is derived from them by the
 * engine, so it can never disagree with the history. A case is immutable: {@link #append} returns
 * a new case.
 *
 * <p>Events are numbered 1, 2, 3… without gaps and their timestamps never go backwards; the
 * constructor rejects anything else. Each event also links to the one before it by hash
 * ({@link Integrity}); {@link #append} makes the link, and {@link Integrity#verify} checks the whole
 * chain (reading a case document does), which the constructor does not, to stay cheap.
 *
 * @param id       the host system's opaque case id
 * @param pupilRef the host system's opaque reference to the pupil (never a name)
 * @param protocol the protocol and version the case runs under
 * @param events   the accepted events, oldest first
 */
public record Case(String id, String pupilRef, ProtocolRef protocol, List<Event> events) {

    /**
     * The first moment a case can hold: no event, and no clock a case is judged at, lies before
     * 1 January 1900 (UTC).
     */
    public static final Instant FIRST_MOMENT = Instant.parse("1900-01-01T00:00:00Z");

    /**
     * The last moment a case can hold: no event, and no clock a case is judged at, lies after the
     * end of the year 9999 (UTC); dates overflow not far past it.
     */
    public static final Instant LAST_MOMENT = Instant.parse("9999-12-31T23:59:59Z");

    /** Validates the fields and the order of the events. */
    public Case {
        Checks.identifier(id, "Case.id");
        Checks.identifier(pupilRef, "Case.pupilRef");
        Checks.present(protocol, "Case.protocol");
        Checks.present(events, "Case.events");
        if (!(events instanceof EventList)) { // an EventList is made only by append, of validated events
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) == null) { // the field's name is spelled out only when it is missing
                    Checks.present(null, "Case.events[" + i + "]");
                }
            }
            events = List.copyOf(events);
            Instant previous = Instant.MIN;
            for (int i = 0; i < events.size(); i++) {
                Event event = events.get(i); // none is null: checked above
                if (event.sequence() != i + 1) {
                    throw new IllegalArgumentException(
                            "Case.events[" + i + "].sequence must be " + (i + 1) + ", was " + event.sequence());
                }
                Instant at = event.action().at();
                if (at.isBefore(previous)) {
                    throw new IllegalArgumentException(
                            "Case.events[" + i + "].at (" + at + ") is before the previous event (" + previous + ")");
                }
                previous = at;
            }
            events = EventList.of(events);
        }
    }

    /**
     * Opens a new, empty case.
     *
     * @param id       the host's case id
     * @param pupilRef the host's opaque pupil reference
     * @param protocol the protocol to run under
     * @return a case without events
     */
    public static Case open(String id, String pupilRef, ProtocolRef protocol) {
        return new Case(id, pupilRef, protocol, List.of());
    }

    /**
     * Returns this case with the action appended as its next event. This does <em>not</em> consult
     * the protocol: hosts call {@code MeldcodeEngine.apply}, which appends only permitted actions.
     *
     * @param action the action to append
     * @return the new case
     * @throws IllegalArgumentException when the action's timestamp is before the last event's
     */
    public Case append(Action action) {
        Checks.present(action, "action");
        lastEventAt().ifPresent(last -> {
            if (action.at().isBefore(last)) {
                throw new IllegalArgumentException(
                        action.type() + ".at (" + action.at() + ") is before the case's last event (" + last + ")");
            }
        });
        Event next = new Event(events.size() + 1, Integrity.head(this), action);
        return new Case(id, pupilRef, protocol, EventList.of(events).plus(next, EventList.Origin.of(this)));
    }

    /** The timestamp of the last event, if there is one. */
    public Optional<Instant> lastEventAt() {
        return events.isEmpty()
                ? Optional.empty()
                : Optional.of(events.get(events.size() - 1).action().at());
    }

    /** The number of events. */
    public int size() {
        return events.size();
    }

    /** Whether the case has no events yet. */
    public boolean isEmpty() {
        return events.isEmpty();
    }

    /**
     * The case's version for optimistic concurrency: the number of its events. A host that shows
     * a case at version n and gets an action back passes n to {@code MeldcodeEngine.apply}.
     */
    public int version() {
        return events.size();
    }

    @Override
    public String toString() {
        // Never prints event contents: a case's text is pupil data.
        return "Case[id=" + id + ", protocol=" + protocol + ", events=" + events.size() + "]";
    }
}
