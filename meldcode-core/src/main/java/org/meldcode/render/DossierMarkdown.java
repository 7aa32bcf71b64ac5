package org.meldcode.render;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.meldcode.engine.Obligation;
import org.meldcode.protocol.Message;
import org.meldcode.render.Dossier.Entry;
import org.meldcode.render.Dossier.Item;

/** Writes a {@link Dossier} as Markdown; every text from the case or the bundle is escaped. */
final class DossierMarkdown {

    private DossierMarkdown() {}

    static String render(Dossier d, Locale locale) {
        Repeated repeated = new Repeated(locale);
        StringBuilder out = new StringBuilder(4096 + 256 * d.caseFile().size());
        out.append("# ").append(repeated.label("dossier.title")).append("\n\n");
        for (Item item : d.header()) {
            out.append("- **")
                    .append(repeated.label(item.labelKey()))
                    .append(":** ")
                    .append(escape(Dossier.text(item.value(), locale)))
                    .append('\n');
        }
        out.append("\n_").append(repeated.label("dossier.privacy")).append("_\n\n");
        out.append("## ").append(repeated.label("dossier.chronology")).append("\n\n");
        List<Entry> entries = d.entries();
        if (entries.isEmpty()) {
            out.append(repeated.label("dossier.empty")).append("\n\n");
        }
        for (Entry e : entries) {
            out.append("### ")
                    .append(e.sequence())
                    .append(". ")
                    .append(escape(Fmt.dateTime(e.at(), locale)))
                    .append(" — ")
                    .append(repeated.label(e.titleKey()));
            if (e.fromOthers()) {
                out.append(" (**").append(repeated.label("dossier.from-others")).append("**)");
            }
            out.append("\n\n");
            for (Item item : e.items()) {
                String label = repeated.label(item.labelKey());
                if (item.freeText()) {
                    out.append("- **").append(label).append(":**\n\n");
                    for (String line : lines(Dossier.text(item.value(), locale))) {
                        out.append("  > ").append(escape(line)).append('\n');
                    }
                    out.append('\n');
                } else {
                    out.append("- **")
                            .append(label)
                            .append(":** ")
                            .append(repeated.value(item.value()))
                            .append('\n');
                }
            }
            out.append('\n');
        }
        out.append("## ").append(repeated.label("dossier.open")).append("\n\n");
        if (d.obligations().isEmpty()) {
            out.append(repeated.label("dossier.open.none")).append('\n');
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
     * The texts that repeat from event to event in one rendering — labels, and values such as a
     * role, a signal, a date or yes/no — each looked up and escaped once.
     */
    private static final class Repeated {
        private final Locale locale;
        private final Map<String, String> labels = new HashMap<>();
        private final Map<Object, String> values = new HashMap<>();

        Repeated(Locale locale) {
            this.locale = locale;
        }

        String label(String key) {
            return labels.computeIfAbsent(key, k -> escape(Fmt.say(k, locale)));
        }

        /** A value's text, escaped; kept for the values that are their text alone (not collections). */
        String value(Object value) {
            if (value instanceof Enum<?> || value instanceof Message || value instanceof LocalDate) {
                return values.computeIfAbsent(value, v -> escape(Dossier.text(v, locale)));
            }
            return escape(Dossier.text(value, locale));
        }
    }

    /** Characters that {@code \\R} takes as (part of) a line break. */
    private static final String BREAKS = "\n\u000B\u000C\r\u0085\u2028\u2029";

    /** The lines of a free text, split at every line break as {@code text.split("\\R", -1)} splits. */
    static String[] lines(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (BREAKS.indexOf(text.charAt(i)) >= 0) {
                return text.split("\\R", -1);
            }
        }
        return new String[] {text};
    }

    /**
     * Text safe for Markdown: punctuation that Markdown or inline HTML would interpret is
     * backslash-escaped, and a line cannot start a list or heading.
     */
    static String escape(String text) {
        StringBuilder out = null; // made at the first character that changes
        boolean digitsBefore = true; // whether every character before this one is a digit
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean backslash = c < MARKUP.length && MARKUP[c]
                    || (c == '-' || c == '+' || c == '=') && i == 0
                    || (c == '.' || c == ')') && i > 0 && digitsBefore;
            boolean lineBreak = c == '\r' || c == '\n';
            if (out == null && (backslash || lineBreak)) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (backslash) {
                    out.append('\\');
                }
                out.append(lineBreak ? ' ' : c);
            }
            digitsBefore = digitsBefore && Character.isDigit(c);
        }
        return out == null ? text : out.toString();
    }

    /** The characters that Markdown or inline HTML would interpret anywhere, by code. */
    private static final boolean[] MARKUP = new boolean[128];

    static {
        for (char c : "\\`*_[]<>#|!~&{}".toCharArray()) {
            MARKUP[c] = true;
        }
    }
}
