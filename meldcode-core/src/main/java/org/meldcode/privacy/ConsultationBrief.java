package org.meldcode.privacy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import org.meldcode.engine.KnownNames;
import org.meldcode.model.Action;
import org.meldcode.model.Case;
import org.meldcode.model.Event;
import org.meldcode.model.LogEntry;
import org.meldcode.protocol.Message;

/**
 * The anonymised brief for the collegial consultation of step 2, while the parents do not yet
 * know of the concerns (SP-2.2: the pupil is discussed anonymously): the logged signals and the
 * chronology of the case, without anything that identifies it.
 *
 * <p>Left out or replaced: the case id and the pupil reference, staff ids (only roles remain),
 * the names the host knows (replaced by {@code [naam]}; give the pupil's own name too), absolute
 * dates (days are counted from the first one), and all free text except the logbook's facts.
 * Markdown, Dutch by default.
 */
public final class ConsultationBrief {

    private static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Amsterdam");

    private ConsultationBrief() {}

    /**
     * The brief of a case.
     *
     * @param caseFile the case
     * @param names    the names to leave out: the pupil's, other pupils', parents'
     * @param language Dutch, or English for any English locale
     * @return the brief as Markdown
     */
    public static String of(Case caseFile, KnownNames names, Locale language) {
        Objects.requireNonNull(caseFile, "caseFile");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(language, "language");
        LocalDate first = null;
        for (Event e : caseFile.events()) {
            LocalDate d = day(e.action());
            first = first == null || d.isBefore(first) ? d : first;
        }
        StringBuilder b = new StringBuilder();
        b.append("# ").append(Message.of("brief.title").in(language)).append("\n\n");
        b.append(Message.of("brief.intro").in(language)).append("\n\n");
        b.append("## ").append(Message.of("brief.chronology").in(language)).append("\n\n");
        if (caseFile.isEmpty()) {
            b.append(Message.of("brief.empty").in(language)).append('\n');
        }
        for (Event e : caseFile.events()) {
            Action a = e.action();
            long day = ChronoUnit.DAYS.between(first, day(a));
            String who = Message.render(a.actor().role(), language);
            if (a instanceof LogEntry entry) {
                String text = clean(entry.text(), caseFile, names);
                b.append(Message.of("brief.signal", day, entry.signal(), entry.source(), who, text)
                        .in(language));
            } else {
                b.append(Message.of("brief.action", day, a.type(), who).in(language));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static LocalDate day(Action a) {
        return a instanceof LogEntry entry ? entry.observedOn() : LocalDate.ofInstant(a.at(), SCHOOL_ZONE);
    }

    /** The text without known names, without the case's own identifiers, on one line. */
    private static String clean(String text, Case caseFile, KnownNames names) {
        String t = names.redact(text);
        t = t.replace(caseFile.pupilRef(), "[leerling]").replace(caseFile.id(), "[dossier]");
        for (Event e : caseFile.events()) {
            t = t.replace(e.action().actor().staffId(), "[medewerker]");
        }
        return t.replaceAll("\\s+", " ").strip();
    }
}
