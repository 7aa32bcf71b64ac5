package org.meldcode.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One dated, factual entry in the teacher's logbook (step 1).
 *
 * @param at            when the entry was written
 * @param actor         who wrote it
 * @param observedOn    the date the fact was observed or said
 * @param signal        what the entry records
 * @param source        where the fact came from, as a category (never a name)
 * @param text          the fact itself, as concrete as possible
 * @param deterioration whether the entry records a deterioration of the home situation
 */
public record LogEntry(
        Instant at, Actor actor, LocalDate observedOn, Signal signal, Source source, String text, boolean deterioration)
        implements Action {

    /** Validates the fields. */
    public LogEntry {
        Checks.moment(at, "LogEntry.at");
        Checks.present(actor, "LogEntry.actor");
        Checks.date(observedOn, "LogEntry.observedOn");
        Checks.present(signal, "LogEntry.signal");
        Checks.present(source, "LogEntry.source");
        Checks.text(text, "LogEntry.text");
    }

    @Override
    public ActionType type() {
        return ActionType.LOG_ENTRY;
    }

    /** Leaves out the free text, which may hold pupil data; only its length is shown. */
    @Override
    public String toString() {
        return "LogEntry[at=" + at + ", actor=" + actor + ", observedOn=" + observedOn + ", signal=" + signal
                + ", source=" + source + ", deterioration=" + deterioration + ", text=<" + text.length() + " chars>]";
    }
}
