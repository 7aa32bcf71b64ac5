package org.meldcode.rules.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;

/** Date questions the rules ask, in the school's time zone. */
public final class Dates {

    /** The time zone of Dutch schools. */
    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Amsterdam");

    private Dates() {}

    /** The day of a moment in the school's time zone: an earlier event's date, as a text names it. */
    public static LocalDate day(Instant moment) {
        return LocalDate.ofInstant(moment, SCHOOL_ZONE);
    }

    /** Whether the date lies after the day of the moment, in the school's time zone. */
    public static boolean after(LocalDate date, Instant moment) {
        return date.isAfter(LocalDate.ofInstant(moment, SCHOOL_ZONE));
    }

    /** The last day of a period that starts on the day of the moment, in the school's time zone. */
    public static LocalDate due(Instant from, Period period) {
        return LocalDate.ofInstant(from, SCHOOL_ZONE).plus(period);
    }

    /**
     * The first moment at which a period that starts on the day of the moment has run out: the
     * start of the day after its last day, in the school's time zone ({@link #overdue} holds from
     * then on).
     */
    public static Instant dueMoment(Instant from, Period period) {
        return due(from, period).plusDays(1).atStartOfDay(SCHOOL_ZONE).toInstant();
    }

    /** Whether the period from the moment has run out: {@code now} falls on a day after the due day. */
    public static boolean overdue(Instant from, Period period, Instant now) {
        return LocalDate.ofInstant(now, SCHOOL_ZONE).isAfter(due(from, period));
    }

    /** Whether a period the school may not have set has run out from the moment; never without one. */
    public static boolean overdueBy(Instant from, Optional<Period> period, Instant now) {
        return period.isPresent() && overdue(from, period.get(), now);
    }
}
