package org.meldcode.engine;

import org.meldcode.protocol.Message;

/**
 * The case moved on since the person acting saw it: another action was appended in between. The
 * action is not appended; the host reloads the case, shows what changed, and lets the person act
 * again.
 *
 * @param expectedVersion the version the person acted on
 * @param actualVersion   the version the case has now
 */
public record Conflict(int expectedVersion, int actualVersion) {

    /** What happened, for people to read. */
    public Message explanation() {
        return Message.of("conflict.moved-on", expectedVersion, actualVersion);
    }
}
