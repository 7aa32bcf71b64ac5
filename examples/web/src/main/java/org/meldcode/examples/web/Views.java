package org.meldcode.examples.web;

import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import org.meldcode.engine.Explanation;
import org.meldcode.engine.Finding;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.NextAction;
import org.meldcode.engine.Obligation;
import org.meldcode.engine.Reason;
import org.meldcode.model.Actor;
import org.meldcode.model.Case;
import org.meldcode.model.Event;
import org.meldcode.model.Role;
import org.meldcode.protocol.Clause;
import org.meldcode.protocol.Protocol;
import org.meldcode.protocol.Step;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The engine's answers as JSON for the page, with every text rendered in the language asked for. */
final class Views {

    private Views() {}

    /** Where a case stands: step, obligations, next actions with roles. */
    static ObjectNode guidance(Case caseFile, Guidance g, Locale locale) {
        Protocol protocol = Protocol.of(caseFile.protocol());
        ObjectNode doc = Json.object();
        doc.put("caseId", g.caseId());
        doc.put("version", caseFile.version());
        doc.put("closed", g.closed());
        doc.set("currentStep", step(g.currentStep(), locale));
        ArrayNode steps = doc.putArray("steps");
        protocol.steps().forEach(s -> steps.add(step(s, locale)));
        doc.set("obligations", obligations(g, locale));
        ArrayNode next = doc.putArray("nextActions");
        for (NextAction a : g.nextActions()) {
            ObjectNode n = next.addObject();
            n.put("type", a.type().name());
            n.put("label", Texts.label(a.type(), locale));
            n.set("roles", roleList(a.roles(), locale));
        }
        return doc;
    }

    static ObjectNode step(Step s, Locale locale) {
        ObjectNode n = Json.object();
        n.put("number", s.number());
        n.put("name", s.name(locale));
        return n;
    }

    static ArrayNode obligations(Guidance g, Locale locale) {
        ArrayNode out = Json.array();
        for (Obligation o : g.obligations()) {
            ObjectNode n = out.addObject();
            n.put("clauseId", o.clause().id());
            n.put("clause", o.clause().text(locale));
            n.put("text", o.text().in(locale));
            n.put("since", o.since().map(Instant::toString).orElse(null));
            n.put("dueAt", o.dueAt().map(Instant::toString).orElse(null));
            ArrayNode ways = n.putArray("dischargedBy");
            o.dischargedBy().forEach(t -> ways.add(t.name()));
        }
        return out;
    }

    static ArrayNode findings(Collection<Finding> findings, Locale locale) {
        ArrayNode out = Json.array();
        for (Finding f : findings) {
            ObjectNode n = out.addObject();
            n.put("clauseId", f.clauseId());
            n.put("clause", f.clause().text(locale));
            n.put("explanation", f.explanation().in(locale));
            n.put("remedy", f.remedy().in(locale));
            ObjectNode way = n.putObject("way");
            way.put("kind", f.way().kind().name());
            way.put("text", f.way().summary().in(locale));
            ArrayNode actions = way.putArray("actions");
            f.way().actions().forEach(t -> actions.add(t.name()));
            ArrayNode roles = way.putArray("roles");
            f.way().roles().forEach(r -> roles.add(r.name()));
            ArrayNode fields = way.putArray("fields");
            f.way().fields().forEach(fields::add);
        }
        return out;
    }

    /**
     * Why an action is refused or permitted: the ruling, the explanation as text and, per refusal,
     * its reason tree (conclusion, rule, clause, event and what it rests on).
     */
    static ObjectNode explanation(Explanation e, Locale locale) {
        ObjectNode out = Json.object();
        out.put("permitted", e.ruling().permitted());
        out.set("clauses", Json.strings(e.ruling().clauseIds()));
        out.put("text", e.render(locale));
        ArrayNode refusals = out.putArray("refusals");
        e.refusals().forEach(r -> refusals.add(reason(r, locale, 0)));
        return out;
    }

    /** The deepest level of a reason tree that is sent; deeper links are left out, as in the text. */
    static final int MAX_DEPTH = 12;

    static ObjectNode reason(Reason r, Locale locale, int depth) {
        ObjectNode n = Json.object();
        n.put("conclusion", r.conclusion().in(locale));
        n.put("rule", r.rule().orElse(null));
        n.put("clauseId", r.clause().map(Clause::id).orElse(null));
        if (r.isEvent()) {
            n.put("event", r.event());
        } else {
            n.putNull("event");
        }
        ArrayNode because = n.putArray("because");
        if (depth < MAX_DEPTH) {
            r.because().forEach(b -> because.add(reason(b, locale, depth + 1)));
        }
        return n;
    }

    /** An event without its free text: sequence, time, step, kind and who. */
    static ObjectNode event(Event e, Protocol protocol, Locale locale) {
        ObjectNode n = Json.object();
        n.put("sequence", e.sequence());
        n.put("at", e.action().at().toString());
        n.put("step", protocol.stepOf(e.action().type()));
        n.put("type", e.action().type().name());
        n.put("label", Texts.label(e.action().type(), locale));
        n.set("actor", actor(e.action().actor(), locale));
        return n;
    }

    static ObjectNode actor(Actor a, Locale locale) {
        ObjectNode n = Json.object();
        n.put("role", a.role().name());
        n.put("staffId", a.staffId());
        n.put("label", Texts.get(locale, "staff.label", Texts.label(a.role(), locale), a.staffId()));
        return n;
    }

    static ArrayNode roleList(Collection<Role> roles, Locale locale) {
        ArrayNode out = Json.array();
        for (Role r : roles) {
            ObjectNode n = out.addObject();
            n.put("role", r.name());
            n.put("label", Texts.label(r, locale));
        }
        return out;
    }

    static String roles(Collection<Role> roles, Locale locale) {
        StringBuilder b = new StringBuilder();
        for (Role r : roles) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(Texts.label(r, locale));
        }
        return b.toString();
    }
}
