package org.meldcode.examples.web;

import java.util.List;
import java.util.Locale;
import org.meldcode.engine.Guidance;
import org.meldcode.model.Case;
import org.meldcode.protocol.Protocol;
import org.meldcode.render.Attempt;

/**
 * The documents and pictures the application serves about a case: the dossier for Veilig Thuis,
 * the protocol's flow diagram and the case's timeline. One method per endpoint, so that a host
 * can plug in its own renderers.
 *
 * <p>{@link RenderedCaseViews} is the implementation this example ships: the library's
 * {@code org.meldcode.render} renderers. The views are served with a policy that lets them fetch
 * nothing and run no script; the page shows SVG as an image, opens HTML in a new tab and shows
 * other text as text.
 */
public interface CaseViews {

    /**
     * The dossier of a case, chronological, for the IB who calls Veilig Thuis.
     *
     * @param caseFile the case
     * @param guidance where the case stands (open obligations belong in the dossier)
     * @param locale   the language
     */
    View dossier(Case caseFile, Guidance guidance, Locale locale);

    /**
     * The same dossier as Markdown text.
     *
     * @param caseFile the case
     * @param guidance where the case stands
     * @param locale   the language
     */
    View dossierMarkdown(Case caseFile, Guidance guidance, Locale locale);

    /**
     * The protocol as a flow diagram.
     *
     * @param protocol the protocol the case runs under
     * @param locale   the language
     */
    View diagram(Protocol protocol, Locale locale);

    /**
     * The case on a time axis, by step, with refused attempts and open obligations marked.
     *
     * @param caseFile the case
     * @param guidance where the case stands
     * @param refused  the refused attempts the store recorded for the case
     * @param locale   the language
     */
    View timeline(Case caseFile, Guidance guidance, List<Attempt> refused, Locale locale);

    /**
     * A rendered document.
     *
     * @param contentType its media type with charset, such as {@code image/svg+xml; charset=utf-8}
     * @param body        the document
     */
    record View(String contentType, String body) {}
}
