package org.meldcode.model;

/**
 * An action that was accepted into a case, with its place in the case's history and its link in
 * the case's hash chain ({@link Integrity}).
 *
 * @param sequence     the event's position in the case, starting at 1
 * @param previousHash the SHA-256 hash of the previous event's canonical form, or the case's genesis
 *                     value for the first event (64 lower-case hex digits)
 * @param action       what happened, who did it and when
 */
public record Event(int sequence, String previousHash, Action action) {

    /** Validates the fields. */
    public Event {
        if (sequence < 1) {
            throw new IllegalArgumentException("Event.sequence must be 1 or more, was " + sequence);
        }
        Integrity.checkHash(previousHash, "Event.previousHash");
        Checks.present(action, "Event.action");
    }
}
