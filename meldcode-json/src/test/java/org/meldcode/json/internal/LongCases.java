package org.meldcode.json.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.IntFunction;
import org.meldcode.model.Actor;
import org.meldcode.model.Case;
import org.meldcode.model.LogEntry;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;

/** Long synthetic cases for the tests that count the work of reading one: a teacher's logbook, an entry a minute. */
final class LongCases {

    private LongCases() {}

    /**
     * A valid case of {@code count} logbook entries by one teacher, one a minute from 7 September
     * 2026, 07:00 UTC, each observed on the day it was written.
     *
     * @param id    the case's id; its pupil reference is the same with "pupil" for "case"
     * @param count how many entries
     * @param text  the text of entry i
     */
    static Case logbook(String id, int count, IntFunction<String> text) {
        Actor teacher = Actor.of(Role.TEACHER, "lk-104");
        Instant start = Instant.parse("2026-09-07T07:00:00Z");
        Case c = Case.open(id, id.replaceFirst("^case", "pupil"), ProtocolRef.STAPPENPLAN_2021);
        for (int i = 0; i < count; i++) {
            Instant at = start.plusSeconds(60L * i);
            c = c.append(new LogEntry(
                    at,
                    teacher,
                    LocalDate.ofInstant(at, ZoneId.of("Europe/Amsterdam")),
                    Signal.BEHAVIOUR,
                    Source.OWN_OBSERVATION,
                    text.apply(i),
                    false));
        }
        return c;
    }
}
