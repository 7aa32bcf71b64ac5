package org.meldcode.protocol;

import java.util.Locale;
import org.meldcode.model.ProtocolRef;

/**
 * One clause of a protocol: a single obligation, permission or prohibition that the rules
 * enforce and that every finding cites.
 *
 * <p>A clause has a stable id (such as {@code SP-5.6}), the step it belongs to (0 for clauses
 * that span steps), the protocol's own words it comes from ({@link #source()}, quoted in the
 * protocol's language) and a short text of the library's own in Dutch and English
 * ({@link #text()}).
 *
 * @param id       the stable clause id
 * @param protocol the protocol the clause belongs to
 * @param step     the step, 1 to 5, or 0 when the clause spans steps
 * @param source   where in the protocol the clause comes from, with the protocol's own words
 */
public record Clause(String id, ProtocolRef protocol, int step, String source) {

    /** The library's short text of the clause, rendered per language. */
    public Message text() {
        return Message.of("clause." + id);
    }

    /** Shorthand for {@code text().in(locale)}. */
    public String text(Locale locale) {
        return text().in(locale);
    }

    @Override
    public String toString() {
        return id;
    }
}
