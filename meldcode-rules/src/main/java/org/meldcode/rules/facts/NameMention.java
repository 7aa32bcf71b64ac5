package org.meldcode.rules.facts;

import org.meldcode.model.Action;

/**
 * The proposed action's free text mentions a name the host knows (another pupil or parent).
 * Inserted by the engine, which asks the host's lookup; the name itself is never kept.
 *
 * @param action the proposed action
 */
public record NameMention(Action action) {}
