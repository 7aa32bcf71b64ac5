package org.meldcode.examples.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.KnownNames;
import org.meldcode.model.Case;
import org.meldcode.protocol.Protocol;
import org.meldcode.render.Attempt;
import org.meldcode.render.Dossier;
import org.meldcode.render.ProtocolDiagram;
import org.meldcode.render.Timeline;

/**
 * The library's renderers ({@code org.meldcode.render}) as the application's views: the dossier as
 * one self-contained HTML page (or Markdown), the flow diagram and the timeline as SVG. The
 * dossier's free text is redacted with the school's known names.
 */
final class RenderedCaseViews implements CaseViews {

    static final String HTML = "text/html; charset=utf-8";
    static final String MARKDOWN = "text/markdown; charset=utf-8";
    static final String SVG = "image/svg+xml; charset=utf-8";

    private final KnownNames names;

    /** @param names the names the dossier must not show (other pupils, parents) */
    RenderedCaseViews(KnownNames names) {
        this.names = Objects.requireNonNull(names, "names is required");
    }

    @Override
    public View dossier(Case caseFile, Guidance guidance, Locale locale) {
        return new View(HTML, Dossier.of(caseFile, guidance, names).html(locale));
    }

    @Override
    public View dossierMarkdown(Case caseFile, Guidance guidance, Locale locale) {
        return new View(MARKDOWN, Dossier.of(caseFile, guidance, names).markdown(locale));
    }

    @Override
    public View diagram(Protocol protocol, Locale locale) {
        return new View(SVG, ProtocolDiagram.of(protocol).svg(locale));
    }

    @Override
    public View timeline(Case caseFile, Guidance guidance, List<Attempt> refused, Locale locale) {
        return new View(SVG, Timeline.of(caseFile, guidance, refused).svg(locale));
    }
}
