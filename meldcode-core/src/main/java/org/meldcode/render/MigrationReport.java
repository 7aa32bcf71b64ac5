package org.meldcode.render;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.meldcode.engine.Finding;
import org.meldcode.engine.Migration;
import org.meldcode.engine.Obligation;
import org.meldcode.protocol.Message;

/**
 * A {@link Migration} as Markdown for the people who decide whether to move a case to another
 * protocol: which past events the new protocol would have refused and why, and which
 * obligations change. Dutch unless English is asked for.
 */
public final class MigrationReport {

    private MigrationReport() {}

    /**
     * The report in Dutch.
     *
     * @param migration the migration
     * @return Markdown
     */
    public static String markdown(Migration migration) {
        return markdown(migration, Message.DUTCH);
    }

    /**
     * The report in the given language.
     *
     * @param migration the migration
     * @param locale    the language (English for any English locale, Dutch otherwise)
     * @return Markdown
     */
    public static String markdown(Migration migration, Locale locale) {
        Objects.requireNonNull(migration, "migration is required");
        Locale lang = Fmt.language(locale);
        StringBuilder out = new StringBuilder();
        out.append("# ")
                .append(DossierMarkdown.escape(Fmt.say(
                        "migration.title",
                        lang,
                        migration.original().id(),
                        migration.original().protocol(),
                        migration.migrated().protocol())))
                .append("\n\n");
        out.append(Fmt.say("migration.events", lang, migration.original().size()))
                .append("\n\n");
        out.append("## ").append(Fmt.say("migration.refused", lang)).append("\n\n");
        if (migration.clean()) {
            out.append(Fmt.say("migration.none", lang)).append("\n\n");
        }
        for (Migration.RefusedEvent e : migration.refusedEvents()) {
            out.append("- ")
                    .append(DossierMarkdown.escape(Fmt.say(
                            "migration.event",
                            lang,
                            e.sequence(),
                            Message.render(e.type(), lang),
                            Fmt.dateTime(e.at(), lang))))
                    .append('\n');
            for (Finding f : e.findings()) {
                out.append("  - ")
                        .append(f.clauseId())
                        .append(": ")
                        .append(DossierMarkdown.escape(f.explanation().in(lang)))
                        .append('\n');
            }
        }
        if (!migration.clean()) {
            out.append('\n');
        }
        obligations(out, Fmt.say("migration.added", lang), migration.obligationsAdded(), lang);
        obligations(out, Fmt.say("migration.dropped", lang), migration.obligationsDropped(), lang);
        return out.toString();
    }

    private static void obligations(StringBuilder out, String heading, List<Obligation> list, Locale lang) {
        out.append("## ").append(heading).append("\n\n");
        if (list.isEmpty()) {
            out.append(Fmt.say("migration.none", lang)).append("\n\n");
            return;
        }
        for (Obligation o : list) {
            out.append("- ")
                    .append(o.clause().id())
                    .append(": ")
                    .append(DossierMarkdown.escape(o.text().in(lang)))
                    .append('\n');
        }
        out.append('\n');
    }
}
