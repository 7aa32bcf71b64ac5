package org.meldcode.json;

import org.meldcode.model.Action;
import org.meldcode.model.Case;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module for hosts that keep cases inside their own JSON documents: register it on
 * the host's mapper and {@link Case} and {@link Action} values read and write in the format of
 * {@link CaseJson}. Invalid values raise {@link InvalidInputException}.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new MeldcodeJsonModule()).build();
 * }</pre>
 */
public final class MeldcodeJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The module with serializers and deserializers for cases and actions. */
    public MeldcodeJsonModule() {
        super("meldcode");
        addSerializer(Case.class, new ValueSerializer<Case>() {
            @Override
            public void serialize(Case value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeTree(CaseJson.tree(value));
            }
        });
        addDeserializer(Case.class, new ValueDeserializer<Case>() {
            @Override
            public Case deserialize(JsonParser p, DeserializationContext ctxt) {
                return CaseJson.fromTree(ctxt.readTree(p));
            }
        });
        addSerializer(Action.class, new ValueSerializer<Action>() {
            @Override
            public void serialize(Action value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeTree(CaseJson.tree(value));
            }
        });
        addDeserializer(Action.class, new ValueDeserializer<Action>() {
            @Override
            public Action deserialize(JsonParser p, DeserializationContext ctxt) {
                JsonNode node = ctxt.readTree(p);
                return CaseJson.actionFromTree(node, "");
            }
        });
    }
}
