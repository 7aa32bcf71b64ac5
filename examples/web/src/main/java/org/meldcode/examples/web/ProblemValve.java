package org.meldcode.examples.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tomcat's error report, answered as a problem document instead of Tomcat's HTML page. Tomcat
 * answers some requests itself before Spring sees them: a path with a broken percent escape
 * ({@code /api/cases/%zz}), a malformed request line or header. Those come here; every other error
 * is answered by {@link Problems}. It replaces the {@link ErrorReportValve} Spring Boot puts on the
 * host ({@link WebApp#tomcat()}), and like Boot's it shows no stack trace and no server version.
 */
final class ProblemValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    ProblemValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        Locale locale = Texts.locale(request.getHeader("Accept-Language"));
        String kind =
                status == 404 ? "not-found" : status == 413 ? "too-large" : status >= 500 ? "internal" : "invalid";
        String detail = switch (kind) {
            case "not-found" -> Texts.get(locale, "problem.not-found.path", "");
            case "too-large" -> Texts.get(locale, "problem.too-large.detail", Api.MAX_BODY);
            case "internal" -> Texts.get(locale, "problem.internal.detail");
            default -> Texts.get(locale, "problem.http.detail");
        };
        ObjectNode problem = Json.object();
        problem.put("type", "urn:meldcode:problem:" + kind);
        problem.put("title", Texts.get(locale, "problem." + kind));
        problem.put("status", status);
        problem.put("detail", detail);
        if (kind.equals("invalid")) {
            problem.put("pointer", "");
        }
        try {
            // what SecurityHeaders sets on every answer Spring gives (no filter runs for these)
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("Content-Security-Policy", SecurityHeaders.PAGE_POLICY);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone, or the response was taken: nothing more to say
        }
    }
}
