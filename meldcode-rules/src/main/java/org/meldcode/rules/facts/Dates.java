package org.meldcode.rules.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Date questions the rules ask, in the school's time zone. */
public final class Dates {

    /** The time zone of Dutch schools. */
    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Amsterdam");

    private Dates() {}

    /** Whether the date lies after the day of the moment, in the school's time zone. */
    public static boolean after(LocalDate date, Instant moment) {
        return date.isAfter(LocalDate.ofInstant(moment, SCHOOL_ZONE));
    }
}
