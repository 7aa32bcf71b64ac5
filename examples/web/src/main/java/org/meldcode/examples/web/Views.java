package org.meldcode.examples.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
            ArrayNode takenBy = n.putArray("takenBy");
            g.takenBy(o)
                    .forEach((type, roles) -> takenBy.addObject()
                            .put("type", type.name())
                            .put("label", Texts.label(type, locale))
                            .set("roles", roleList(roles, locale)));
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
        out.set("findings", findings(e.ruling().findings(), locale));
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

    /**
     * A case's audit trail: its events and its refused attempts in one list in time order, each
     * attempt after the events of the version it was ruled on and before the next. An event has
     * {@code kind: "event"}, its sequence, time, step, kind of action and who; an attempt
     * {@code kind: "attempt"}, its number, the version it was ruled on, time, kind of action, who
     * and the clauses that refused it (id and text). No free text of the case is in it.
     */
    static ObjectNode history(Case caseFile, List<CaseStore.StoredAttempt> attempts, Locale locale) {
        Protocol protocol = Protocol.of(caseFile.protocol());
        ObjectNode out = Json.object();
        out.put("caseId", caseFile.id());
        out.put("version", caseFile.version());
        ArrayNode entries = out.putArray("entries");
        int next = 0;
        for (Event e : caseFile.events()) {
            while (next < attempts.size() && attempts.get(next).caseVersion() < e.sequence()) {
                entries.add(attempt(attempts.get(next++), protocol, locale));
            }
            entries.add(event(e, protocol, locale).put("kind", "event"));
        }
        while (next < attempts.size()) {
            entries.add(attempt(attempts.get(next++), protocol, locale));
        }
        return out;
    }

    static ObjectNode attempt(CaseStore.StoredAttempt a, Protocol protocol, Locale locale) {
        ObjectNode n = Json.object();
        n.put("kind", "attempt");
        n.put("attempt", a.sequence());
        n.put("caseVersion", a.caseVersion());
        n.put("at", a.action().at().toString());
        n.put("type", a.action().type().name());
        n.put("label", Texts.label(a.action().type(), locale));
        n.set("actor", actor(a.action().actor(), locale));
        ArrayNode clauses = n.putArray("clauses");
        for (String id : a.clauseIds()) {
            ObjectNode c = clauses.addObject();
            c.put("id", id);
            c.put("text", protocol.find(id).map(cl -> cl.text(locale)).orElse(null));
        }
        return n;
    }

    /**
     * A case on the worklist with where it stands.
     *
     * @param caseFile the case
     * @param guidance where it stands at the worklist's moment
     */
    record WorkItem(Case caseFile, Guidance guidance) {

        /** 0: the acute route is open; 1: a step is overdue; 2: something else is open; 3: nothing. */
        int urgency(Instant now) {
            List<Obligation> open = guidance.obligations();
            if (open.isEmpty()) {
                return 3;
            }
            if (open.stream().anyMatch(Views::acute)) {
                return 0;
            }
            return open.stream().anyMatch(o -> overdue(o, now)) ? 1 : 2;
        }

        /** The earliest moment an open obligation falls due, else its earliest opening, else none. */
        Instant first() {
            return guidance.obligations().stream()
                    .map(o -> o.dueAt().or(o::since))
                    .flatMap(Optional::stream)
                    .min(Comparator.naturalOrder())
                    .orElse(Instant.MAX);
        }
    }

    /** Whether an obligation is of the acute route (acute danger: contact Veilig Thuis now). */
    static boolean acute(Obligation o) {
        return o.text().key().startsWith("owed.ar.");
    }

    /**
     * Whether an obligation is overdue at a moment: one of the school's deadline clauses (a step
     * overdue, a follow-up date passed), or its due moment has come.
     */
    static boolean overdue(Obligation o, Instant now) {
        return o.clause().id().startsWith("ST-")
                || o.dueAt().filter(d -> !d.isAfter(now)).isPresent();
    }

    /**
     * The worklist: each case with its step, its open obligations (each marked overdue or not, with
     * when it falls due) and their counts, the most urgent first: cases with the acute route open,
     * then cases with something overdue, then the others with something open, then cases with
     * nothing open; within each, the earliest due (or, without a due moment, earliest open) first.
     * Cases whose stored history does not verify come before all, marked {@code tampered}, with
     * nothing of them but their id, version and a sentence for the school.
     */
    static ObjectNode worklist(List<WorkItem> items, List<CaseStore.Summary> tampered, Instant now, Locale locale) {
        List<WorkItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt((WorkItem w) -> w.urgency(now))
                .thenComparing(WorkItem::first)
                .thenComparing(w -> w.caseFile().id()));
        ObjectNode out = Json.object();
        out.put("now", now.toString());
        ArrayNode cases = out.putArray("cases");
        for (CaseStore.Summary t : tampered) {
            cases.addObject()
                    .put("caseId", t.id())
                    .put("version", t.version())
                    .put("tampered", true)
                    .put("detail", Texts.get(locale, "problem.tampered.detail", t.id()));
        }
        for (WorkItem w : sorted) {
            ObjectNode n = cases.addObject();
            n.put("caseId", w.caseFile().id());
            n.put("version", w.caseFile().version());
            n.put("tampered", false);
            n.put("closed", w.guidance().closed());
            n.set("currentStep", step(w.guidance().currentStep(), locale));
            n.put("urgency", w.urgency(now));
            ArrayNode obligations = obligations(w.guidance(), locale);
            int overdue = 0;
            for (int i = 0; i < obligations.size(); i++) {
                Obligation o = w.guidance().obligations().get(i);
                boolean late = overdue(o, now);
                ((ObjectNode) obligations.get(i)).put("overdue", late).put("acute", acute(o));
                overdue += late ? 1 : 0;
            }
            n.put("open", obligations.size());
            n.put("overdue", overdue);
            n.set("obligations", obligations);
        }
        return out;
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
