package org.meldcode.examples.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.meldcode.engine.Conflict;
import org.meldcode.engine.Explanation;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Result;
import org.meldcode.engine.Ruling;
import org.meldcode.examples.web.CaseViews.View;
import org.meldcode.json.CaseJson;
import org.meldcode.json.InvalidInputException;
import org.meldcode.model.Action;
import org.meldcode.model.Case;
import org.meldcode.model.Event;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Protocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP interface: the page and its static files, and the JSON API over cases.
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
 * GET  /api/cases/ID/timeline       the case's timeline, SVG                   (CaseViews)
 * </pre>
 *
 * <p>{@code explain} rules as {@code evaluate} does and traces each refusal to its rule, clause
 * and the events it rests on; it costs more, so the page calls it only when a person asks why.
 * The views are served with their own policy: they fetch nothing and run no script.
 *
 * <p>Every text comes in Dutch, or in English with {@code ?lang=en} (or an English
 * {@code Accept-Language}). Errors are RFC 9457 problem documents. Logs name the method, the path
 * (case ids), the status and clause ids; never a request body.
 */
final class Api implements HttpHandler {

    static final int MAX_BODY = 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(Api.class);
    private static final Map<String, String> STATIC = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/app.js", "app.js",
            "/app.css", "app.css");

    /** The page and the API: scripts, styles and images from this server only. */
    static final String PAGE_POLICY =
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'";
    /**
     * The dossier, diagram and timeline: self-contained documents that fetch nothing and run no
     * script (the dossier's own policy), with their inline styles; the page may frame them.
     */
    static final String VIEW_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; frame-ancestors 'self'";

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

    @Override
    public void handle(HttpExchange ex) throws IOException {
        long start = System.nanoTime();
        String path = ex.getRequestURI().getRawPath();
        Locale locale = locale(ex);
        int status;
        try {
            status = route(ex, path, locale);
        } catch (Problem p) {
            status = problem(ex, p, locale, path);
        } catch (Json.BadInput e) {
            status = problem(ex, invalid(e.pointer, e.getMessage()), locale, path);
        } catch (InvalidInputException e) {
            status = problem(ex, invalid(e.location(), e.problem()), locale, path);
        } catch (CaseStore.StoreException e) {
            LOG.error("{} {}: {}", ex.getRequestMethod(), path, e.getMessage()); // no pupil data in it
            status = problem(
                    ex,
                    e.tampered
                            ? new Problem(500, "tampered", Texts.get(locale, "problem.tampered.detail", caseId(path)))
                            : new Problem(500, "internal", Texts.get(locale, "problem.internal.detail")),
                    locale,
                    path);
        } catch (RuntimeException e) {
            // The message of an unexpected error may quote input: log only its class.
            LOG.error(
                    "{} {}: unexpected {}",
                    ex.getRequestMethod(),
                    path,
                    e.getClass().getName());
            status = problem(
                    ex, new Problem(500, "internal", Texts.get(locale, "problem.internal.detail")), locale, path);
        } finally {
            ex.close();
        }
        LOG.info("{} {} -> {} ({} ms)", ex.getRequestMethod(), path, status, (System.nanoTime() - start) / 1_000_000);
    }

    private int route(HttpExchange ex, String path, Locale locale) throws IOException {
        String method = ex.getRequestMethod();
        if (STATIC.containsKey(path)) {
            allow(ex, "GET");
            return resource(ex, STATIC.get(path));
        }
        List<String> parts = List.of(path.substring(1).split("/"));
        if (parts.size() < 2 || !parts.get(0).equals("api")) {
            throw notFound(locale, path);
        }
        String what = parts.get(1);
        if (parts.size() == 2) {
            switch (what) {
                case "school" -> {
                    allow(ex, "GET");
                    return json(ex, 200, school(locale));
                }
                case "texts" -> {
                    allow(ex, "GET");
                    return json(ex, 200, Json.MAPPER.valueToTree(Texts.all(locale)));
                }
                case "action-types" -> {
                    allow(ex, "GET");
                    return json(ex, 200, ActionForms.all(Protocol.of(ProtocolRef.STAPPENPLAN_2021), locale));
                }
                case "cases" -> {
                    allow(ex, "GET", "POST");
                    return method.equals("GET")
                            ? json(ex, 200, Json.MAPPER.valueToTree(store.list()))
                            : create(ex, locale);
                }
                default -> throw notFound(locale, path);
            }
        }
        if (!what.equals("cases") || parts.size() > 4) {
            throw notFound(locale, path);
        }
        String id = URLDecoder.decode(parts.get(2), StandardCharsets.UTF_8);
        String sub = parts.size() == 4 ? parts.get(3) : "";
        switch (sub) {
            case "" -> {
                allow(ex, "GET");
                Case c = load(id, locale);
                ex.getResponseHeaders().set("ETag", "\"" + c.version() + "\"");
                return send(ex, 200, "application/json; charset=utf-8", CaseJson.write(c));
            }
            case "guidance" -> {
                allow(ex, "GET");
                Case c = load(id, locale);
                return json(ex, 200, Views.guidance(c, engine.guide(c), locale));
            }
            case "actions" -> {
                allow(ex, "POST");
                return act(ex, id, locale, path);
            }
            case "evaluate" -> {
                allow(ex, "POST");
                Case c = load(id, locale);
                JsonNode body = body(ex);
                Ruling ruling = rule(() -> engine.evaluate(c, action(body, c)));
                ObjectNode out = Json.object();
                out.put("permitted", ruling.permitted());
                out.set("clauses", Json.MAPPER.valueToTree(ruling.clauseIds()));
                out.set("findings", Views.findings(ruling.findings(), locale));
                return json(ex, 200, out);
            }
            case "explain" -> {
                allow(ex, "POST");
                Case c = load(id, locale);
                JsonNode body = body(ex);
                Explanation explanation = rule(() -> engine.explain(c, action(body, c)));
                LOG.info(
                        "case {}: {} explained, refused by {}",
                        id,
                        explanation.ruling().action().type(),
                        explanation.ruling().clauseIds());
                return json(ex, 200, Views.explanation(explanation, locale));
            }
            case "dossier", "diagram", "timeline" -> {
                allow(ex, "GET");
                String format = query(ex, "format").orElse(sub.equals("dossier") ? "html" : "svg");
                boolean markdown = sub.equals("dossier") && format.equals("md");
                if (!markdown && !format.equals(sub.equals("dossier") ? "html" : "svg")) {
                    throw invalid(
                            "?format",
                            "unknown format '" + format + "'; " + (sub.equals("dossier") ? "html or md" : "svg"));
                }
                Case c = load(id, locale);
                View view = switch (sub) {
                    case "dossier" ->
                        markdown
                                ? views.dossierMarkdown(c, engine.guide(c), locale)
                                : views.dossier(c, engine.guide(c), locale);
                    case "diagram" -> views.diagram(Protocol.of(c.protocol()), locale);
                    default -> views.timeline(c, engine.guide(c), locale);
                };
                return send(ex, 200, view.contentType(), view.body().getBytes(StandardCharsets.UTF_8), VIEW_POLICY);
            }
            default -> throw notFound(locale, path);
        }
    }

    private int create(HttpExchange ex, Locale locale) throws IOException {
        JsonNode body = body(ex);
        String id = optionalText(body, "id").orElseGet(() -> "casus-" + random());
        String pupil = optionalText(body, "pupilRef").orElseGet(() -> "leerling-" + random());
        Case c;
        try {
            c = Case.open(id, pupil, ProtocolRef.STAPPENPLAN_2021);
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage().startsWith("Case.id") ? "/id" : "/pupilRef", e.getMessage());
        }
        try {
            store.create(c);
        } catch (CaseStore.CaseExists e) {
            throw new Problem(409, "exists", Texts.get(locale, "problem.exists.case", id)).with("caseId", id);
        }
        LOG.info("case {} opened", id);
        ex.getResponseHeaders().set("Location", "/api/cases/" + id);
        ex.getResponseHeaders().set("ETag", "\"0\"");
        ObjectNode out = Json.object();
        out.put("id", id);
        out.put("version", 0);
        return json(ex, 201, out);
    }

    private int act(HttpExchange ex, String id, Locale locale, String path) throws IOException {
        Case c = load(id, locale);
        JsonNode body = body(ex);
        JsonNode expected = body.get("expectedVersion");
        if (expected == null || !expected.isInt()) {
            throw invalid("/expectedVersion", "required: the version of the case the person saw (a whole number)");
        }
        Action action = action(body, c);
        Result result = rule(() -> engine.apply(c, action, expected.intValue()));
        if (result.conflicted()) {
            throw conflict(
                    locale,
                    id,
                    expected.intValue(),
                    c.version(),
                    result.conflict().get().explanation().in(locale));
        }
        if (result.ruling().refused()) {
            Ruling r = result.ruling();
            LOG.info("case {}: {} refused by {}", id, action.type(), r.clauseIds());
            StringBuilder detail = new StringBuilder();
            r.findings()
                    .forEach(f -> detail.append(detail.length() == 0 ? "" : " ")
                            .append(f.explanation().in(locale)));
            throw new Problem(422, "refused", detail.toString())
                    .with("caseId", id)
                    .with("version", c.version())
                    .with("action", action.type().name())
                    .with("clauses", r.clauseIds())
                    .with("findings", Views.findings(r.findings(), locale));
        }
        Case next = result.caseFile();
        try {
            store.appendLast(next);
        } catch (CaseStore.VersionConflict e) { // another writer got in between load and store
            throw conflict(
                    locale,
                    id,
                    e.expected,
                    e.actual,
                    new Conflict(e.expected, e.actual).explanation().in(locale));
        }
        Event event = next.events().get(next.size() - 1);
        LOG.info("case {}: event {} {} appended", id, event.sequence(), action.type());
        ex.getResponseHeaders().set("ETag", "\"" + next.version() + "\"");
        ex.getResponseHeaders().set("Location", path.replaceAll("/actions$", ""));
        ObjectNode out = Json.object();
        out.put("permitted", true);
        out.put("version", next.version());
        out.set("event", Views.event(event, Protocol.of(next.protocol()), locale));
        out.set("guidance", Views.guidance(next, engine.guide(next), locale));
        return json(ex, 201, out);
    }

    private static Problem conflict(Locale locale, String id, int expected, int actual, String detail) {
        return new Problem(409, "conflict", detail)
                .with("caseId", id)
                .with("expectedVersion", expected)
                .with("actualVersion", actual);
    }

    /** The action in the body; {@code at} defaults to now (the server's clock), never before the last event. */
    private static Action action(JsonNode body, Case c) {
        JsonNode node = body.get("action");
        if (node == null || !node.isObject()) {
            throw invalid("/action", "required: the action, as in the case document (docs/case-format.md)");
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
            throw invalid("/action/at", e.getMessage());
        }
    }

    private Case load(String id, Locale locale) {
        return store.load(id)
                .orElseThrow(() -> new Problem(404, "not-found", Texts.get(locale, "problem.not-found.case", id)));
    }

    private ObjectNode school(Locale locale) {
        ObjectNode out = Json.object();
        out.put("name", school.name());
        var staff = out.putArray("staff");
        school.staff().forEach(a -> staff.add(Views.actor(a, locale)));
        return out;
    }

    private static JsonNode body(HttpExchange ex) throws IOException {
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new Problem(415, "media-type", Texts.get(locale(ex), "problem.media-type.detail"));
        }
        byte[] bytes;
        try (InputStream in = ex.getRequestBody()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            throw new Problem(413, "too-large", Texts.get(locale(ex), "problem.too-large.detail", MAX_BODY));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw invalid("", "the request body is empty; send a JSON object");
        }
        JsonNode node = Json.parse(text);
        if (!node.isObject()) {
            throw invalid("", "the request body must be a JSON object");
        }
        return node;
    }

    private static Optional<String> optionalText(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isString()) {
            throw invalid("/" + field, "expected a string");
        }
        return Optional.of(n.asString());
    }

    private static Problem invalid(String pointer, String problem) {
        return new Problem(400, "invalid", problem).with("pointer", pointer == null ? "" : pointer);
    }

    private static Problem notFound(Locale locale, String path) {
        return new Problem(404, "not-found", Texts.get(locale, "problem.not-found.path", path));
    }

    private static void allow(HttpExchange ex, String... allowed) {
        String method = ex.getRequestMethod();
        for (String a : allowed) {
            if (a.equals(method) || (a.equals("GET") && method.equals("HEAD"))) {
                return;
            }
        }
        String list = String.join(", ", allowed);
        ex.getResponseHeaders().set("Allow", list);
        throw new Problem(405, "method", Texts.get(locale(ex), "problem.method.detail", method, list));
    }

    private int problem(HttpExchange ex, Problem p, Locale locale, String path) throws IOException {
        return send(ex, p.status, "application/problem+json; charset=utf-8", Json.compact(p.document(locale, path)));
    }

    private static int json(HttpExchange ex, int status, JsonNode body) throws IOException {
        return send(ex, status, "application/json; charset=utf-8", Json.compact(body));
    }

    private static int resource(HttpExchange ex, String name) throws IOException {
        byte[] bytes;
        try (InputStream in = Api.class.getResourceAsStream("static/" + name)) {
            bytes = in.readAllBytes();
        }
        String type = name.endsWith(".html")
                ? "text/html; charset=utf-8"
                : name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
        return send(ex, 200, type, bytes);
    }

    private static int send(HttpExchange ex, int status, String type, String body) throws IOException {
        return send(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static int send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        return send(ex, status, type, body, PAGE_POLICY);
    }

    private static int send(HttpExchange ex, int status, String type, byte[] body, String policy) throws IOException {
        var h = ex.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Cache-Control", "no-store"); // case data is pupil data
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Content-Security-Policy", policy);
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        return status;
    }

    private static Locale locale(HttpExchange ex) {
        return query(ex, "lang")
                .map(Texts::locale)
                .orElseGet(() -> Texts.locale(ex.getRequestHeaders().getFirst("Accept-Language")));
    }

    /** The first value of a query parameter, as sent (the values asked for are plain words). */
    private static Optional<String> query(HttpExchange ex, String name) {
        String query = ex.getRequestURI().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith(name + "=")) {
                    return Optional.of(pair.substring(name.length() + 1));
                }
            }
        }
        return Optional.empty();
    }

    private static String caseId(String path) {
        String[] parts = path.split("/");
        return parts.length > 3 ? parts[3] : "";
    }

    private static String random() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }
}
