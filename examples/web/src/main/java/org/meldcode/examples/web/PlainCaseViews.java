package org.meldcode.examples.web;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.meldcode.engine.Guidance;
import org.meldcode.model.ActionType;
import org.meldcode.model.Case;
import org.meldcode.model.Event;
import org.meldcode.protocol.ActionSpec;
import org.meldcode.protocol.Protocol;
import org.meldcode.protocol.Step;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * FALLBACK views until the library's renderers are wired in (see {@link CaseViews}): the dossier
 * and the timeline as JSON lists of events, the diagram as Mermaid text built from the protocol
 * definition (its steps and, per step, the actions and who may take them).
 */
final class PlainCaseViews implements CaseViews {

    static final String JSON = "application/json; charset=utf-8";
    static final String MERMAID = "text/vnd.mermaid; charset=utf-8";

    @Override
    public View dossier(Case caseFile, Guidance guidance, Locale locale) {
        ObjectNode doc = Json.object();
        doc.put("caseId", caseFile.id());
        doc.put("fallback", true);
        ArrayNode events = doc.putArray("events");
        Protocol protocol = Protocol.of(caseFile.protocol());
        for (Event e : caseFile.events()) {
            ObjectNode event = Views.event(e, protocol, locale);
            event.set("action", Json.MAPPER.valueToTree(e.action()));
            events.add(event);
        }
        doc.set("obligations", Views.obligations(guidance, locale));
        return new View(JSON, Json.compact(doc));
    }

    @Override
    public View diagram(Protocol protocol, Locale locale) {
        StringBuilder m = new StringBuilder("flowchart TD\n");
        Map<Integer, StringBuilder> actions = new TreeMap<>();
        for (ActionSpec spec : protocol.actions().values()) {
            actions.computeIfAbsent(spec.step(), k -> new StringBuilder())
                    .append("<br/>")
                    .append(label(spec.type(), locale))
                    .append(": ")
                    .append(Views.roles(spec.roles(), locale));
        }
        Step previous = null;
        for (Step step : protocol.steps()) {
            m.append("  S")
                    .append(step.number())
                    .append("[\"")
                    .append(step.number())
                    .append(". ")
                    .append(escape(step.name(locale)))
                    .append(escape(actions.getOrDefault(step.number(), new StringBuilder())
                            .toString()))
                    .append("\"]\n");
            if (previous != null) {
                m.append("  S")
                        .append(previous.number())
                        .append(" --> S")
                        .append(step.number())
                        .append('\n');
            }
            previous = step;
        }
        if (actions.containsKey(0)) {
            m.append("  S0[\"")
                    .append(escape(Texts.get(locale, "step.any")))
                    .append(escape(actions.get(0).toString()))
                    .append("\"]\n");
        }
        return new View(MERMAID, m.toString());
    }

    @Override
    public View timeline(Case caseFile, Guidance guidance, Locale locale) {
        ObjectNode doc = Json.object();
        doc.put("caseId", caseFile.id());
        doc.put("fallback", true);
        ArrayNode events = doc.putArray("events");
        Protocol protocol = Protocol.of(caseFile.protocol());
        caseFile.events().forEach(e -> events.add(Views.event(e, protocol, locale)));
        doc.set("obligations", Views.obligations(guidance, locale));
        return new View(JSON, Json.compact(doc));
    }

    private static String label(ActionType type, Locale locale) {
        return Texts.label(type, locale);
    }

    private static String escape(String text) {
        return text.replace("\"", "#quot;");
    }
}
