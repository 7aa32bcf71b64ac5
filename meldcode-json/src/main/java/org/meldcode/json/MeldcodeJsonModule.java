package org.meldcode.json;

import java.util.Locale;
import java.util.function.Function;
import org.meldcode.engine.Finding;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.NextAction;
import org.meldcode.engine.Obligation;
import org.meldcode.engine.Remedy;
import org.meldcode.engine.Ruling;
import org.meldcode.json.error.InvalidInputException;
import org.meldcode.model.Action;
import org.meldcode.model.ActionType;
import org.meldcode.model.Case;
import org.meldcode.model.Role;
import org.meldcode.protocol.Message;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module for hosts that keep cases inside their own JSON documents or answer with the
 * engine's results: register it on the host's mapper and {@link Case} and {@link Action} values
 * read and write in the format of {@link CaseJson}, and {@link Ruling}, {@link Finding}, {@link
 * Guidance} and {@link Message} write as text for people, in the mapper's locale (English for an
 * English locale, Dutch for every other, as {@link Message#in(Locale)}). A finding is written as
 * {@code clause}, {@code clauseText}, {@code explanation}, {@code remedy} (texts) and {@code way},
 * its way forward as data: {@code kind} (a {@link org.meldcode.engine.Remedy.Kind} name), {@code
 * actions} ({@code ActionType} names), {@code roles} ({@code Role} names) and {@code fields} (the
 * action's fields to change, by their names in the case format).
 *
 * <p>Invalid input raises {@link MeldcodeJsonException}, a Jackson exception carrying the one-line
 * message of {@link InvalidInputException}, so that a framework answers it as a bad request.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new MeldcodeJsonModule()).build();
 * }</pre>
 */
public final class MeldcodeJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The module with serializers and deserializers for cases and actions, and serializers for results. */
    public MeldcodeJsonModule() {
        super("meldcode");
        addSerializer(Case.class, new ValueSerializer<Case>() {
            @Override
            public void serialize(Case value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeTree(CaseJson.tree(value));
            }
        });
        addDeserializer(Case.class, reading(CaseJson::fromTree));
        addSerializer(Action.class, new ValueSerializer<Action>() {
            @Override
            public void serialize(Action value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeTree(CaseJson.tree(value));
            }
        });
        addDeserializer(Action.class, reading(node -> CaseJson.actionFromTree(node, "")));
        addSerializer(Message.class, new ValueSerializer<Message>() {
            @Override
            public void serialize(Message value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(value.in(ctxt.getLocale()));
            }
        });
        addSerializer(Finding.class, new ValueSerializer<Finding>() {
            @Override
            public void serialize(Finding value, JsonGenerator gen, SerializationContext ctxt) {
                writeFinding(value, gen, ctxt.getLocale());
            }
        });
        addSerializer(Ruling.class, new ValueSerializer<Ruling>() {
            @Override
            public void serialize(Ruling value, JsonGenerator gen, SerializationContext ctxt) {
                Locale locale = ctxt.getLocale();
                gen.writeStartObject();
                gen.writeStringProperty("action", value.action().type().name());
                gen.writeBooleanProperty("permitted", value.permitted());
                gen.writeArrayPropertyStart("findings");
                for (Finding f : value.findings()) {
                    writeFinding(f, gen, locale);
                }
                gen.writeEndArray();
                gen.writeEndObject();
            }
        });
        addSerializer(Guidance.class, new ValueSerializer<Guidance>() {
            @Override
            public void serialize(Guidance value, JsonGenerator gen, SerializationContext ctxt) {
                Locale locale = ctxt.getLocale();
                gen.writeStartObject();
                gen.writeStringProperty("caseId", value.caseId());
                gen.writeNumberProperty("step", value.currentStep().number());
                gen.writeStringProperty("stepName", value.currentStep().name(locale));
                gen.writeBooleanProperty("closed", value.closed());
                gen.writeArrayPropertyStart("obligations");
                for (Obligation o : value.obligations()) {
                    gen.writeStartObject();
                    gen.writeStringProperty("clause", o.clause().id());
                    gen.writeStringProperty("text", o.text().in(locale));
                    if (o.since().isPresent()) {
                        gen.writeStringProperty("since", o.since().get().toString());
                    }
                    gen.writeArrayPropertyStart("dischargedBy");
                    for (ActionType t : o.dischargedBy()) {
                        gen.writeString(t.name());
                    }
                    gen.writeEndArray();
                    gen.writeEndObject();
                }
                gen.writeEndArray();
                gen.writeArrayPropertyStart("nextActions");
                for (NextAction n : value.nextActions()) {
                    gen.writeStartObject();
                    gen.writeStringProperty("type", n.type().name());
                    gen.writeArrayPropertyStart("roles");
                    for (Role r : Role.values()) {
                        if (n.roles().contains(r)) {
                            gen.writeString(r.name());
                        }
                    }
                    gen.writeEndArray();
                    gen.writeEndObject();
                }
                gen.writeEndArray();
                gen.writeEndObject();
            }
        });
    }

    /**
     * A deserializer that reads the value's tree with the codec and reports bad input as a Jackson
     * exception ({@link MeldcodeJsonException}) carrying the codec's one-line message.
     */
    private static <T> ValueDeserializer<T> reading(Function<JsonNode, T> codec) {
        return new ValueDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) {
                JsonNode node = ctxt.readTree(p);
                try {
                    return codec.apply(node);
                } catch (InvalidInputException e) {
                    throw new MeldcodeJsonException(e);
                }
            }
        };
    }

    private static void writeFinding(Finding f, JsonGenerator gen, Locale locale) {
        gen.writeStartObject();
        gen.writeStringProperty("clause", f.clauseId());
        gen.writeStringProperty("clauseText", f.clause().text(locale));
        gen.writeStringProperty("explanation", f.explanation().in(locale));
        gen.writeStringProperty("remedy", f.remedy().in(locale));
        Remedy way = f.way();
        gen.writeName("way");
        gen.writeStartObject();
        gen.writeStringProperty("kind", way.kind().name());
        gen.writeName("actions");
        gen.writeStartArray();
        way.actions().forEach(t -> gen.writeString(t.name()));
        gen.writeEndArray();
        gen.writeName("roles");
        gen.writeStartArray();
        way.roles().forEach(r -> gen.writeString(r.name()));
        gen.writeEndArray();
        gen.writeName("fields");
        gen.writeStartArray();
        way.fields().forEach(gen::writeString);
        gen.writeEndArray();
        gen.writeEndObject();
        gen.writeEndObject();
    }
}
