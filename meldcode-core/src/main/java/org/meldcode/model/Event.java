package org.meldcode.model;

/**
 * An action that was accepted into a case, with its place in the case's history.
 *
 * @param sequence the event's position in the case, starting at 1
 * @param action   what happened, who did it and when
 */
public record Event(int sequence, Action action) {

    /** Validates the fields. */
    public Event {
        if (sequence < 1) {
            throw new IllegalArgumentException("Event.sequence must be 1 or more, was " + sequence);
        }
        Checks.present(action, "Event.action");
    }
}
