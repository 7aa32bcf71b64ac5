package org.meldcode.examples.web;

import java.util.Collection;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON trees the API answers with: built here, written by Spring's {@code JsonMapper} (which
 * has the library's {@code MeldcodeJsonModule} registered, see {@link WebApp}).
 */
final class Json {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {}

    /** A new, empty object. */
    static ObjectNode object() {
        return NODES.objectNode();
    }

    /** A new, empty array. */
    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** An array of the strings, in their order. */
    static ArrayNode strings(Collection<String> values) {
        ArrayNode out = array();
        values.forEach(out::add);
        return out;
    }

    /** An object with the map's entries, in its order. */
    static ObjectNode object(Map<String, String> values) {
        ObjectNode out = object();
        values.forEach(out::put);
        return out;
    }
}
