package org.meldcode.review;

import java.util.List;
import java.util.Locale;
import org.meldcode.protocol.Message;

/**
 * Renders a {@link Review} as Markdown, in Dutch (the default) or English: a heading, a summary
 * count, a table of all findings, and a section per finding with its explanation, the clauses
 * and settings concerned and the national source.
 */
public final class ReviewMarkdown {

    private ReviewMarkdown() {}

    /**
     * The review as Markdown.
     *
     * @param review the review
     * @param locale the language: English for any English locale, Dutch otherwise
     * @return the Markdown text, ending with a newline
     */
    public static String render(Review review, Locale locale) {
        StringBuilder b = new StringBuilder();
        b.append("# ")
                .append(say("review.md.title", locale, review.protocol().toString()))
                .append("\n\n");
        if (!review.settings().schoolName().isEmpty()) {
            b.append(say("review.md.school", locale, review.settings().schoolName()))
                    .append("\n\n");
        }
        b.append(say(review.settings().isDefault() ? "review.md.settings.default" : "review.md.settings.given", locale))
                .append("\n\n");
        if (review.findings().isEmpty()) {
            b.append(say("review.md.none", locale)).append('\n');
            return b.toString();
        }
        b.append(say(
                        "review.md.summary",
                        locale,
                        review.count(Severity.ERROR),
                        review.count(Severity.WARNING),
                        review.count(Severity.INFO),
                        review.count(Severity.ADDED_BY_LIBRARY)))
                .append("\n\n");
        b.append("| id | ")
                .append(say("review.md.severity", locale))
                .append(" | ")
                .append(say("review.md.finding", locale))
                .append(" | ")
                .append(say("review.md.clauses", locale))
                .append(" | ")
                .append(say("review.md.settings", locale))
                .append(" |\n|---|---|---|---|---|\n");
        for (ReviewFinding f : review.findings()) {
            b.append("| ")
                    .append(f.id())
                    .append(" | ")
                    .append(Message.render(f.severity(), locale))
                    .append(" | ")
                    .append(cell(f.title().in(locale)))
                    .append(" | ")
                    .append(join(f.clauses()))
                    .append(" | ")
                    .append(code(f.settingsKeys()))
                    .append(" |\n");
        }
        for (ReviewFinding f : review.findings()) {
            b.append("\n## ")
                    .append(f.id())
                    .append(" — ")
                    .append(f.title().in(locale))
                    .append(" (")
                    .append(Message.render(f.severity(), locale))
                    .append(")\n\n")
                    .append(f.explanation().in(locale))
                    .append("\n\n- ")
                    .append(say("review.md.clauses", locale))
                    .append(": ")
                    .append(join(f.clauses()))
                    .append("\n- ")
                    .append(say("review.md.settings", locale))
                    .append(": ")
                    .append(code(f.settingsKeys()))
                    .append("\n- ")
                    .append(say("review.md.source", locale))
                    .append(": ")
                    .append(ComplianceReview.source(f.id(), locale, f.source()))
                    .append('\n');
        }
        return b.toString();
    }

    private static String say(String key, Locale locale, Object... args) {
        return Message.of(key, args).in(locale);
    }

    private static String join(List<String> items) {
        return items.isEmpty() ? "—" : String.join(", ", items);
    }

    private static String code(List<String> items) {
        return items.isEmpty() ? "—" : "`" + String.join("`, `", items) + "`";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
