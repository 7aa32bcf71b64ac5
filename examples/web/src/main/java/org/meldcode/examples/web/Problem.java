package org.meldcode.examples.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * An error answered as an RFC 9457 problem document ({@code application/problem+json}): a type
 * URI, a title and a detail for people, the HTTP status, and members of its own (such as the
 * clause ids of a refusal). Never a stack trace. Thrown by the API, answered by {@link Problems}.
 */
final class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final String kind;
    final String detail;
    final transient Map<String, Object> members = new LinkedHashMap<>();

    /**
     * @param status the HTTP status
     * @param kind   the problem's kind: {@code urn:meldcode:problem:KIND} and the title's text key
     * @param detail what happened in this instance, for people to read
     */
    Problem(int status, String kind, String detail) {
        super(kind + ": " + detail, null, false, false);
        this.status = status;
        this.kind = kind;
        this.detail = detail;
    }

    /** Adds a member of the problem's own (a string, number, list or JSON tree). */
    Problem with(String name, Object value) {
        members.put(name, value);
        return this;
    }

    /** Bad input: the place (a JSON pointer, {@code line:column} or {@code ?parameter}) and the problem. */
    static Problem invalid(String pointer, String problem) {
        return new Problem(400, "invalid", problem).with("pointer", pointer == null ? "" : pointer);
    }

    /**
     * The problem document, its title in the language asked for, and the detail of bad input too
     * ({@link InputProblems}).
     */
    ProblemDetail document(Locale locale, String instance) {
        ProblemDetail doc = ProblemDetail.forStatus(HttpStatusCode.valueOf(status));
        doc.setType(URI.create("urn:meldcode:problem:" + kind));
        doc.setTitle(Texts.get(locale, "problem." + kind));
        doc.setDetail(kind.equals("invalid") ? InputProblems.say(detail, locale) : detail);
        try {
            doc.setInstance(URI.create(instance));
        } catch (IllegalArgumentException e) { // a path that is no URI reference: leave it out
            doc.setInstance(null);
        }
        members.forEach(doc::setProperty);
        return doc;
    }
}
