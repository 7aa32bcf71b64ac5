package org.meldcode.examples.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.meldcode.engine.Conflict;
import org.meldcode.engine.Explanation;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Result;
import org.meldcode.engine.Ruling;
import org.meldcode.examples.web.CaseViews.View;
import org.meldcode.json.CaseJson;
import org.meldcode.model.Action;
import org.meldcode.model.Case;
import org.meldcode.model.Event;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Protocol;
import org.meldcode.render.Attempt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON API over cases (the page and its script are static resources, {@code static/}).
 *
 * <pre>
 * GET  /api/school                  the fictional school and its staff
 * GET  /api/texts                   the page's texts
 * GET  /api/action-types            the form of each kind of action
 * GET  /api/cases                   the cases with their versions
 * POST /api/cases                   open a case            {"id"?, "pupilRef"?}
 * GET  /api/cases/ID                the case document (docs/case-format.md), ETag = version
 * GET  /api/cases/ID/guidance       step, obligations, permitted actions and who may take them
 * POST /api/cases/ID/actions        take an action         {"expectedVersion": n, "action": {...}}
 * POST /api/cases/ID/evaluate       rule on an action without taking it   {"action": {...}}
 * POST /api/cases/ID/explain        why an action is refused or permitted {"action": {...}}
 *                                   {permitted, clauses, text, refusals: [{conclusion, rule,
 *                                   clauseId, event, because: [...]}]}
 * GET  /api/cases/ID/dossier        the dossier, HTML (?format=md: Markdown)   (CaseViews)
 * GET  /api/cases/ID/diagram        the protocol's flow diagram, SVG           (CaseViews)
 * GET  /api/cases/ID/timeline       the case's timeline, SVG, refused attempts too (CaseViews)
 * GET  /api/cases/ID/history        the audit trail: events and refused attempts, in time order
 * GET  /api/worklist                the cases, each with its step and open and overdue
 *                                   obligations, the most urgent first
 * </pre>
 *
 * <p>A refused action is recorded as an attempt ({@link CaseStore#recordAttempt}) before the 422 is
 * sent: who tried what, when, and the clauses that refused it. Guidance is judged at the server's
 * clock ({@link MeldcodeEngine#guide(Case, Instant)}), so steps past the school's deadlines show
 * as overdue.
 *
 * <p>{@code explain} rules as {@code evaluate} does and traces each refusal to its rule, clause
 * and the events it rests on; it costs more, so the page calls it only when a person asks why.
 * The views are served with their own policy: they fetch nothing and run no script.
 *
 * <p>Every text comes in Dutch, or in English with {@code ?lang=en} (or an English
 * {@code Accept-Language}): the {@link Locale} argument, see {@link WebApp#localeResolver()}.
 * Errors are RFC 9457 problem documents ({@link Problems}): a refusal 422, a stale version 409,
 * bad input 400. Logs name case ids, kinds of action and clause ids; never a request body.
 */
@RestController
@RequestMapping("/api")
class Api {

    /** The largest request body accepted, in bytes ({@link WebApp}: larger is 413). */
    static final int MAX_BODY = 1024 * 1024;

    /**
     * The dossier, diagram and timeline: self-contained documents that fetch nothing and run no
     * script (the dossier's own policy), with their inline styles; the page may frame them.
     */
    static final String VIEW_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; frame-ancestors 'self'";

    private static final Logger LOG = LoggerFactory.getLogger(Api.class);

    private final MeldcodeEngine engine;
    private final CaseStore store;
    private final CaseViews views;
    private final School school;

    Api(MeldcodeEngine engine, CaseStore store, CaseViews views, School school) {
        this.engine = engine;
        this.store = store;
        this.views = views;
        this.school = school;
    }

    @GetMapping("/school")
    ObjectNode school(Locale locale) {
        ObjectNode out = Json.object();
        out.put("name", school.name());
        ArrayNode staff = out.putArray("staff");
        school.staff().forEach(a -> staff.add(Views.actor(a, locale)));
        return out;
    }

    @GetMapping("/texts")
    ObjectNode texts(Locale locale) {
        return Json.object(Texts.all(locale));
    }

    @GetMapping("/action-types")
    ArrayNode actionTypes(Locale locale) {
        return ActionForms.all(Protocol.of(ProtocolRef.STAPPENPLAN_2021), locale);
    }

    @GetMapping("/cases")
    Object cases() {
        return store.list();
    }

    @PostMapping(path = "/cases", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> create(@RequestBody JsonNode body, Locale locale) {
        object(body);
        String id = optionalText(body, "id").orElseGet(() -> "casus-" + random());
        String pupil = optionalText(body, "pupilRef").orElseGet(() -> "leerling-" + random());
        Case c;
        try {
            c = Case.open(id, pupil, ProtocolRef.STAPPENPLAN_2021);
        } catch (IllegalArgumentException e) {
            throw Problem.invalid(e.getMessage().startsWith("Case.id") ? "/id" : "/pupilRef", e.getMessage());
        }
        try {
            store.create(c);
        } catch (CaseStore.CaseExists e) {
            throw new Problem(409, "exists", Texts.get(locale, "problem.exists.case", id)).with("caseId", id);
        }
        LOG.info("case {} opened", id);
        ObjectNode out = Json.object();
        out.put("id", id);
        out.put("version", 0);
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, place(id))
                .header(HttpHeaders.ETAG, "\"0\"")
                .body(out);
    }

    /** The case document, written by Spring's mapper through the library's {@code MeldcodeJsonModule}. */
    @GetMapping("/cases/{id}")
    ResponseEntity<Case> caseDocument(@PathVariable String id, Locale locale) {
        Case c = load(id, locale);
        return ResponseEntity.ok()
                .header(HttpHeaders.ETAG, "\"" + c.version() + "\"")
                .body(c);
    }

    @GetMapping("/cases/{id}/guidance")
    ObjectNode guidance(@PathVariable String id, Locale locale) {
        Case c = load(id, locale);
        return Views.guidance(c, guideNow(c), locale);
    }

    /**
     * The case's audit trail: each event (who, when, what) and each refused attempt (who tried
     * what, when, and the clauses that refused it), in time order: an attempt after the events of
     * the version it was ruled on, before the next.
     */
    @GetMapping("/cases/{id}/history")
    ObjectNode history(@PathVariable String id, Locale locale) {
        Case c = load(id, locale);
        return Views.history(c, store.attempts(id), locale);
    }

    /**
     * The worklist: every case with its current step and its open and overdue obligations at the
     * server's clock, the most urgent case first ({@link Views#worklist}).
     */
    @GetMapping("/worklist")
    ObjectNode worklist(Locale locale) {
        Instant now = Instant.now();
        List<Views.WorkItem> items = new ArrayList<>();
        List<CaseStore.Summary> unreadable = new ArrayList<>();
        for (CaseStore.Summary summary : store.list()) {
            try {
                store.load(summary.id()).ifPresent(c -> items.add(new Views.WorkItem(c, guide(c, now))));
            } catch (CaseStore.StoreException e) {
                if (!e.tampered) {
                    throw e;
                }
                LOG.error("worklist: {}", e.getMessage());
                unreadable.add(summary);
            }
        }
        return Views.worklist(items, unreadable, now, locale);
    }

    @PostMapping(path = "/cases/{id}/actions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> act(@PathVariable String id, @RequestBody JsonNode body, Locale locale) {
        object(body);
        Case c = load(id, locale);
        JsonNode expected = body.get("expectedVersion");
        if (expected == null || !expected.isInt()) {
            throw Problem.invalid(
                    "/expectedVersion", "required: the version of the case the person saw (a whole number)");
        }
        Action action = action(body, c);
        Result result = rule(() -> engine.apply(c, action, expected.intValue()));
        if (result.conflicted()) {
            throw conflict(
                    id,
                    expected.intValue(),
                    c.version(),
                    result.conflict().get().explanation().in(locale));
        }
        if (result.ruling().refused()) {
            Ruling r = result.ruling();
            int attempt = store.recordAttempt(id, c.version(), action, List.copyOf(r.clauseIds()));
            LOG.info("case {}: {} refused by {}, attempt {} recorded", id, action.type(), r.clauseIds(), attempt);
            StringBuilder detail = new StringBuilder();
            r.findings()
                    .forEach(f -> detail.append(detail.length() == 0 ? "" : " ")
                            .append(f.explanation().in(locale)));
            throw new Problem(422, "refused", detail.toString())
                    .with("caseId", id)
                    .with("version", c.version())
                    .with("action", action.type().name())
                    .with("clauses", r.clauseIds())
                    .with("attempt", attempt)
                    .with("findings", Views.findings(r.findings(), locale));
        }
        Case next = result.caseFile();
        try {
            store.appendLast(next);
        } catch (CaseStore.VersionConflict e) { // another writer got in between load and store
            throw conflict(
                    id,
                    e.expected,
                    e.actual,
                    new Conflict(e.expected, e.actual).explanation().in(locale));
        }
        Event event = next.events().get(next.size() - 1);
        LOG.info("case {}: event {} {} appended", id, event.sequence(), action.type());
        ObjectNode out = Json.object();
        out.put("permitted", true);
        out.put("version", next.version());
        out.set("event", Views.event(event, Protocol.of(next.protocol()), locale));
        out.set("guidance", Views.guidance(next, guideNow(next), locale));
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, place(id))
                .header(HttpHeaders.ETAG, "\"" + next.version() + "\"")
                .body(out);
    }

    @PostMapping(path = "/cases/{id}/evaluate", consumes = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode evaluate(@PathVariable String id, @RequestBody JsonNode body, Locale locale) {
        object(body);
        Case c = load(id, locale);
        Ruling ruling = rule(() -> engine.evaluate(c, action(body, c)));
        ObjectNode out = Json.object();
        out.put("permitted", ruling.permitted());
        out.set("clauses", Json.strings(ruling.clauseIds()));
        out.set("findings", Views.findings(ruling.findings(), locale));
        return out;
    }

    @PostMapping(path = "/cases/{id}/explain", consumes = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode explain(@PathVariable String id, @RequestBody JsonNode body, Locale locale) {
        object(body);
        Case c = load(id, locale);
        Explanation explanation = rule(() -> engine.explain(c, action(body, c)));
        LOG.info(
                "case {}: {} explained, refused by {}",
                id,
                explanation.ruling().action().type(),
                explanation.ruling().clauseIds());
        return Views.explanation(explanation, locale);
    }

    @GetMapping("/cases/{id}/{view:dossier|diagram|timeline}")
    ResponseEntity<String> view(
            @PathVariable String id,
            @PathVariable String view,
            @RequestParam(required = false) String format,
            Locale locale,
            HttpServletResponse response) {
        boolean dossier = view.equals("dossier");
        String wanted = format != null ? format : dossier ? "html" : "svg";
        boolean markdown = dossier && wanted.equals("md");
        if (!markdown && !wanted.equals(dossier ? "html" : "svg")) {
            throw Problem.invalid("?format", "unknown format '" + wanted + "'; " + (dossier ? "html or md" : "svg"));
        }
        Case c = load(id, locale);
        View v = switch (view) {
            case "dossier" ->
                markdown ? views.dossierMarkdown(c, guideNow(c), locale) : views.dossier(c, guideNow(c), locale);
            case "diagram" -> views.diagram(Protocol.of(c.protocol()), locale);
            default -> views.timeline(c, guideNow(c), attempts(id), locale);
        };
        // replaces the page's policy that SecurityHeaders set for every answer
        response.setHeader("Content-Security-Policy", VIEW_POLICY);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(v.contentType()))
                .body(v.body());
    }

    /** The refused attempts of a case, as the timeline draws them. */
    private List<Attempt> attempts(String id) {
        return store.attempts(id).stream()
                .map(a -> new Attempt(a.action().at(), a.action().type(), a.clauseIds()))
                .toList();
    }

    /** Where a case stands at the server's clock (never before its last event). */
    private Guidance guideNow(Case c) {
        return guide(c, Instant.now());
    }

    private Guidance guide(Case c, Instant now) {
        Instant at = c.lastEventAt().filter(now::isBefore).orElse(now);
        return engine.guide(c, at);
    }

    private static Problem conflict(String id, int expected, int actual, String detail) {
        return new Problem(409, "conflict", detail)
                .with("caseId", id)
                .with("expectedVersion", expected)
                .with("actualVersion", actual);
    }

    /** The action in the body; {@code at} defaults to now (the server's clock), never before the last event. */
    private static Action action(JsonNode body, Case c) {
        JsonNode node = body.get("action");
        if (node == null || !node.isObject()) {
            throw Problem.invalid("/action", "required: the action, as in the case document (docs/case-format.md)");
        }
        ObjectNode action = ((ObjectNode) node).deepCopy();
        if (!action.has("at")) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Instant at = c.lastEventAt().filter(now::isBefore).orElse(now);
            action.put("at", at.toString());
        }
        return CaseJson.actionFromTree(action, "/action");
    }

    private static <T> T rule(Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException e) { // the action's time is before the case's last event
            throw Problem.invalid("/action/at", e.getMessage());
        }
    }

    private Case load(String id, Locale locale) {
        return store.load(id)
                .orElseThrow(() -> new Problem(404, "not-found", Texts.get(locale, "problem.not-found.case", id)));
    }

    private static void object(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw Problem.invalid("", "the request body must be a JSON object");
        }
    }

    private static Optional<String> optionalText(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isString()) {
            throw Problem.invalid("/" + field, "expected a string");
        }
        return Optional.of(n.asString());
    }

    private static String place(String id) {
        return "/api/cases/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }

    private static String random() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }
}
