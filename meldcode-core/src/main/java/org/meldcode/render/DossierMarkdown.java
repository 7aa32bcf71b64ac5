package org.meldcode.render;

import java.util.List;
import java.util.Locale;
import org.meldcode.engine.Obligation;
import org.meldcode.render.Dossier.Entry;
import org.meldcode.render.Dossier.Item;

/** Writes a {@link Dossier} as Markdown; every text from the case or the bundle is escaped. */
final class DossierMarkdown {

    private DossierMarkdown() {}

    static String render(Dossier d, Locale locale) {
        StringBuilder out = new StringBuilder(4096);
        out.append("# ").append(escape(Fmt.say("dossier.title", locale))).append("\n\n");
        for (Item item : d.header()) {
            out.append("- **")
                    .append(escape(Fmt.say(item.labelKey(), locale)))
                    .append(":** ")
                    .append(escape(Dossier.text(item.value(), locale)))
                    .append('\n');
        }
        out.append("\n_").append(escape(Fmt.say("dossier.privacy", locale))).append("_\n\n");
        out.append("## ").append(escape(Fmt.say("dossier.chronology", locale))).append("\n\n");
        List<Entry> entries = d.entries();
        if (entries.isEmpty()) {
            out.append(escape(Fmt.say("dossier.empty", locale))).append("\n\n");
        }
        for (Entry e : entries) {
            out.append("### ")
                    .append(e.sequence())
                    .append(". ")
                    .append(escape(Fmt.dateTime(e.at(), locale)))
                    .append(" — ")
                    .append(escape(Fmt.say(e.titleKey(), locale)));
            if (e.fromOthers()) {
                out.append(" (**")
                        .append(escape(Fmt.say("dossier.from-others", locale)))
                        .append("**)");
            }
            out.append("\n\n");
            for (Item item : e.items()) {
                String label = escape(Fmt.say(item.labelKey(), locale));
                String value = Dossier.text(item.value(), locale);
                if (item.freeText()) {
                    out.append("- **").append(label).append(":**\n\n");
                    for (String line : value.split("\\R", -1)) {
                        out.append("  > ").append(escape(line)).append('\n');
                    }
                    out.append('\n');
                } else {
                    out.append("- **")
                            .append(label)
                            .append(":** ")
                            .append(escape(value))
                            .append('\n');
                }
            }
            out.append('\n');
        }
        out.append("## ").append(escape(Fmt.say("dossier.open", locale))).append("\n\n");
        if (d.obligations().isEmpty()) {
            out.append(escape(Fmt.say("dossier.open.none", locale))).append('\n');
        }
        for (Obligation o : d.obligations()) {
            out.append("- ")
                    .append(escape(o.text().in(locale)))
                    .append(" (")
                    .append(escape(o.clause().id()))
                    .append(")\n");
        }
        return out.toString().replace("\n\n\n", "\n\n");
    }

    /**
     * Text safe for Markdown: punctuation that Markdown or inline HTML would interpret is
     * backslash-escaped, and a line cannot start a list or heading.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>#|!~&{}".indexOf(c) >= 0) {
                out.append('\\');
            } else if ((c == '-' || c == '+' || c == '=') && out.length() == 0) {
                out.append('\\');
            } else if ((c == '.' || c == ')') && i > 0 && onlyDigitsBefore(text, i)) {
                out.append('\\');
            }
            if (c == '\r' || c == '\n') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean onlyDigitsBefore(String text, int i) {
        for (int j = 0; j < i; j++) {
            if (!Character.isDigit(text.charAt(j))) {
                return false;
            }
        }
        return true;
    }
}
