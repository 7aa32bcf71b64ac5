package org.meldcode.protocol;

import java.util.Locale;

/**
 * A step of a protocol, such as "2 — collegial consultation".
 *
 * @param number the step's number, from 1
 * @param key    the bundle key of the step's name
 */
public record Step(int number, String key) {

    /** The step's name, rendered per language. */
    public Message name() {
        return Message.of(key);
    }

    /** Shorthand for {@code name().in(locale)}. */
    public String name(Locale locale) {
        return name().in(locale);
    }
}
