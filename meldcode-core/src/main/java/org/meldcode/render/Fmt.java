package org.meldcode.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.meldcode.model.Actor;
import org.meldcode.model.Role;
import org.meldcode.protocol.Message;

/** Shared formatting: dates in the school's time zone, roles, and the language of a locale. */
final class Fmt {

    /** The time zone the dossier and the timeline show times in: Dutch schools. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private Fmt() {}

    /** English for any English locale, Dutch for everything else (as {@link Message} does). */
    static Locale language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Message.DUTCH;
    }

    // a formatter is immutable and thread-safe: one per pattern and language, not one per value
    private static final DateTimeFormatter DATE_TIME_NL =
            DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Message.DUTCH);
    private static final DateTimeFormatter DATE_TIME_EN =
            DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_NL = DateTimeFormatter.ofPattern("d MMMM yyyy", Message.DUTCH);
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DATE_NL = DateTimeFormatter.ofPattern("d MMM", Message.DUTCH);
    private static final DateTimeFormatter SHORT_DATE_EN = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private static boolean english(Locale locale) {
        return language(locale) == Locale.ENGLISH;
    }

    static String dateTime(Instant at, Locale locale) {
        return (english(locale) ? DATE_TIME_EN : DATE_TIME_NL).format(at.atZone(ZONE));
    }

    static String date(LocalDate date, Locale locale) {
        return (english(locale) ? DATE_EN : DATE_NL).format(date);
    }

    static String shortDate(LocalDate date, Locale locale) {
        return (english(locale) ? SHORT_DATE_EN : SHORT_DATE_NL).format(date);
    }

    /** The roles of the actors, each once, in the order of {@link Role}; never their staff ids. */
    static Set<Role> roles(Collection<Actor> actors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        actors.forEach(a -> roles.add(a.role()));
        return roles;
    }

    /** The items rendered through the bundle, in their own order (roles, topics), joined by commas. */
    static String list(Collection<?> items, Locale locale) {
        java.util.StringJoiner joined = new java.util.StringJoiner(", ");
        items.forEach(item -> joined.add(Message.render(item, language(locale))));
        return joined.toString();
    }

    static String say(String key, Locale locale, Object... args) {
        SAID.incrementAndGet();
        return Message.of(key, args).in(language(locale));
    }

    /** How many texts were looked up in the bundle through {@link #say}. */
    private static final java.util.concurrent.atomic.AtomicLong SAID = new java.util.concurrent.atomic.AtomicLong();

    /** The number of texts looked up in the bundle through {@link #say} so far (counts work in tests). */
    static long said() {
        return SAID.get();
    }
}
