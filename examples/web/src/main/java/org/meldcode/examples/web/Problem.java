package org.meldcode.examples.web;

import java.util.Locale;
import tools.jackson.databind.node.ObjectNode;

/**
 * An error answered as an RFC 9457 problem document ({@code application/problem+json}): a type
 * URI, a title and a detail for people, the HTTP status, and members of its own (such as the
 * clause ids of a refusal). Never a stack trace.
 */
final class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final String kind;
    final String detail;
    final transient ObjectNode members;

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
        this.members = Json.object();
    }

    /** Adds a member of the problem's own. */
    Problem with(String name, Object value) {
        members.set(name, Json.MAPPER.valueToTree(value));
        return this;
    }

    /** The problem document. */
    ObjectNode document(Locale locale, String instance) {
        ObjectNode doc = Json.object();
        doc.put("type", "urn:meldcode:problem:" + kind);
        doc.put("title", Texts.get(locale, "problem." + kind));
        doc.put("status", status);
        doc.put("detail", detail);
        doc.put("instance", instance);
        doc.setAll(members);
        return doc;
    }
}
