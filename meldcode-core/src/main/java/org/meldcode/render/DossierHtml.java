package org.meldcode.render;

import java.util.List;
import java.util.Locale;
import org.meldcode.engine.Obligation;
import org.meldcode.render.Dossier.Entry;
import org.meldcode.render.Dossier.Item;

/**
 * Writes a {@link Dossier} as one self-contained HTML page that is also well-formed XML: inline
 * CSS, no scripts, no external resources, a content security policy that forbids loading anything,
 * and print CSS for A4. Every text is escaped.
 */
final class DossierHtml {

    private DossierHtml() {}

    private static final String CSS = """
            @page { size: A4; margin: 18mm 16mm; }
            :root { color: #1a1a1a; background: #fff; }
            body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 11pt; \
            line-height: 1.45; max-width: 46em; margin: 2em auto; padding: 0 1em; }
            h1 { font-size: 18pt; margin: 0 0 0.4em; }
            h2 { font-size: 14pt; margin: 1.4em 0 0.5em; border-bottom: 1px solid #999; }
            h3 { font-size: 11.5pt; margin: 0 0 0.3em; }
            dl.meta { display: grid; grid-template-columns: max-content auto; gap: 0.1em 1em; margin: 0; }
            dl.meta dt { font-weight: 600; }
            dl.meta dd { margin: 0; }
            p.privacy { font-style: italic; color: #444; }
            ol.events { list-style: none; padding: 0; margin: 0; }
            li.event { border-left: 4px solid #4a6fa5; padding: 0.3em 0 0.4em 0.8em; margin: 0 0 0.8em; \
            break-inside: avoid; page-break-inside: avoid; }
            li.event.others { border-left-color: #c07a00; }
            .seq { color: #666; font-weight: normal; }
            .step { color: #666; font-weight: normal; font-size: 9.5pt; }
            .mark { display: inline-block; border: 1px solid #c07a00; color: #7a4d00; border-radius: 3px; \
            padding: 0 0.35em; font-size: 9pt; font-weight: 600; margin-left: 0.4em; }
            dl.items { display: grid; grid-template-columns: 14em auto; gap: 0.1em 0.8em; margin: 0; }
            dl.items dt { color: #333; }
            dl.items dd { margin: 0; }
            blockquote { margin: 0; padding: 0.2em 0.6em; background: #f4f4f4; white-space: pre-wrap; }
            ul.open li { margin-bottom: 0.3em; }
            .clause { color: #666; font-size: 9.5pt; }
            @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } }
            """;

    static String render(Dossier d, Locale locale) {
        String lang = locale.getLanguage();
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n");
        out.append("<html lang=\"").append(Xml.escape(lang)).append("\">\n<head>\n");
        out.append("<meta charset=\"utf-8\"/>\n");
        out.append("<meta http-equiv=\"Content-Security-Policy\""
                + " content=\"default-src 'none'; style-src 'unsafe-inline'; img-src 'none'\"/>\n");
        out.append("<meta name=\"referrer\" content=\"no-referrer\"/>\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        out.append("<title>")
                .append(Xml.escape(
                        Fmt.say("dossier.title", locale) + " — " + d.caseFile().id()))
                .append("</title>\n");
        out.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        out.append("<header>\n<h1>").append(t("dossier.title", locale)).append("</h1>\n<dl class=\"meta\">\n");
        for (Item item : d.header()) {
            out.append("<dt>")
                    .append(t(item.labelKey(), locale))
                    .append("</dt><dd>")
                    .append(Xml.escape(Dossier.text(item.value(), locale)))
                    .append("</dd>\n");
        }
        out.append("</dl>\n<p class=\"privacy\">")
                .append(t("dossier.privacy", locale))
                .append("</p>\n</header>\n");
        out.append("<section>\n<h2>").append(t("dossier.chronology", locale)).append("</h2>\n");
        List<Entry> entries = d.entries();
        if (entries.isEmpty()) {
            out.append("<p>").append(t("dossier.empty", locale)).append("</p>\n");
        } else {
            out.append("<ol class=\"events\">\n");
            for (Entry e : entries) {
                out.append("<li class=\"event")
                        .append(e.fromOthers() ? " others" : "")
                        .append("\">\n<h3>");
                out.append("<span class=\"seq\">").append(e.sequence()).append(".</span> ");
                out.append("<time datetime=\"")
                        .append(Xml.escape(e.at().toString()))
                        .append("\">")
                        .append(Xml.escape(Fmt.dateTime(e.at(), locale)))
                        .append("</time> — ")
                        .append(t(e.titleKey(), locale));
                if (e.step() > 0) {
                    out.append(" <span class=\"step\">(")
                            .append(Xml.escape(Fmt.say("dossier.step-of", locale, e.step())))
                            .append(")</span>");
                }
                if (e.fromOthers()) {
                    out.append("<span class=\"mark\">")
                            .append(t("dossier.from-others", locale))
                            .append("</span>");
                }
                out.append("</h3>\n<dl class=\"items\">\n");
                for (Item item : e.items()) {
                    out.append("<dt>").append(t(item.labelKey(), locale)).append("</dt><dd>");
                    String value = Xml.escape(Dossier.text(item.value(), locale));
                    if (item.freeText()) {
                        out.append("<blockquote>").append(value).append("</blockquote>");
                    } else {
                        out.append(value);
                    }
                    out.append("</dd>\n");
                }
                out.append("</dl>\n</li>\n");
            }
            out.append("</ol>\n");
        }
        out.append("</section>\n<section>\n<h2>")
                .append(t("dossier.open", locale))
                .append("</h2>\n");
        if (d.obligations().isEmpty()) {
            out.append("<p>").append(t("dossier.open.none", locale)).append("</p>\n");
        } else {
            out.append("<ul class=\"open\">\n");
            for (Obligation o : d.obligations()) {
                out.append("<li>")
                        .append(Xml.escape(o.text().in(locale)))
                        .append(" <span class=\"clause\">(")
                        .append(Xml.escape(o.clause().id()))
                        .append(")</span></li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n</body>\n</html>\n");
        return out.toString();
    }

    private static String t(String key, Locale locale) {
        return Xml.escape(Fmt.say(key, locale));
    }
}
