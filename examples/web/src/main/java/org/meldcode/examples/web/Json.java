package org.meldcode.examples.web;

import org.meldcode.json.MeldcodeJsonModule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The application's JSON: Jackson 3 with the library's {@link MeldcodeJsonModule}. */
final class Json {

    /** The mapper, with the library's module registered and bounded reads. */
    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(32)
                            .maxStringLength(100_000)
                            .build())
                    .build())
            .addModule(new MeldcodeJsonModule())
            .build();

    private Json() {}

    /** A new, empty object. */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A new, empty array. */
    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /**
     * Parses JSON text.
     *
     * @throws BadInput with the line and column when the text is not JSON
     */
    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JacksonException e) {
            var where = e.getLocation();
            String at = where == null ? "" : where.getLineNr() + ":" + where.getColumnNr();
            throw new BadInput(at, "the request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The value as compact JSON text. */
    static String compact(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** Input the API cannot accept, with the place (a JSON pointer or line:column) and the problem. */
    static final class BadInput extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String pointer;

        BadInput(String pointer, String problem) {
            super(problem, null, false, false);
            this.pointer = pointer;
        }
    }
}
