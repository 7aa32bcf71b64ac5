package org.meldcode.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.meldcode.model.Case;
import org.meldcode.model.Event;
import org.meldcode.model.Integrity;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Protocol;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Reads a valid case document from the parser's token stream, one event at a time: each element
 * of {@code events} is read as its own small tree, checked against the limits, decoded and
 * dropped, so that the whole document is never one tree in memory.
 *
 * <p>This is the quick way for a document that is fine, and it names no problem: at the first
 * thing it does not expect (a parser error, a limit passed, a field missing, unknown or of the
 * wrong kind, a value refused, a broken chain) it gives up and answers null, and the caller reads
 * the document again the exact way, through one tree, which names the problem, its place and, of
 * several problems, the one it has always named. It accepts only what that way accepts: the same
 * parser with the same limits and duplicate check, the library's own limit check on every part,
 * no content after the document, every field of the case present and none other, the schema
 * version this library writes, and the same decoding, constructor, protocol and chain checks.
 */
public final class StreamedCase {

    /** The version of the case document read here ({@code CaseJson.SCHEMA_VERSION}). */
    private static final int SCHEMA_VERSION = 1;

    private static final AtomicLong STREAMED = new AtomicLong();
    private static final AtomicLong GIVEN_UP = new AtomicLong();

    private StreamedCase() {}

    /**
     * The number of case documents read as a stream to the end so far.
     *
     * @return the count since the class was loaded
     */
    public static long streamed() {
        return STREAMED.get();
    }

    /**
     * The number of case documents the stream gave up on so far, to be read again through one tree.
     *
     * @return the count since the class was loaded
     */
    public static long givenUp() {
        return GIVEN_UP.get();
    }

    /**
     * Reads a case document from a parser the supplier opens, or gives up.
     *
     * @param open opens a parser of the library's JSON mapper on the document
     * @return the case, or null when anything is not as a valid document has it
     */
    public static Case read(Supplier<JsonParser> open) {
        Case c;
        try (JsonParser parser = open.get()) {
            c = read(parser);
        } catch (RuntimeException e) { // every problem is named by the exact reading
            c = null;
        }
        (c == null ? GIVEN_UP : STREAMED).incrementAndGet();
        return c;
    }

    private static Case read(JsonParser p) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        boolean version = false;
        String id = null;
        String pupilRef = null;
        String head = null;
        ProtocolRef protocol = null;
        List<Event> events = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken token = p.nextToken();
            if (name.equals("events")) {
                if (token != JsonToken.START_ARRAY) {
                    return null;
                }
                events = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (t != JsonToken.START_OBJECT) {
                        return null;
                    }
                    JsonNode event = p.readValueAsTree();
                    if (!Mappers.withinLimits(event, 2)) {
                        return null;
                    }
                    events.add(RecordCodec.decodeElement(event, "/events", events.size(), Event.class));
                }
                continue;
            }
            JsonNode value = p.readValueAsTree();
            if (name.length() > Mappers.MAX_NAME || !Mappers.withinLimits(value, 1)) {
                return null;
            }
            switch (name) {
                case "schemaVersion" -> {
                    if (!value.isInt() || value.intValue() != SCHEMA_VERSION) {
                        return null;
                    }
                    version = true;
                }
                case "headHash" -> head = value.isString() ? value.asString() : null;
                case "id" -> id = value.isString() ? value.asString() : null;
                case "pupilRef" -> pupilRef = value.isString() ? value.asString() : null;
                case "protocol" -> protocol = RecordCodec.decodeRecord(value, "/protocol", ProtocolRef.class);
                default -> {
                    return null;
                }
            }
        }
        if (p.nextToken() != null // content after the document
                || !version
                || head == null
                || id == null
                || pupilRef == null
                || protocol == null
                || events == null) {
            return null;
        }
        Case c = new Case(id, pupilRef, protocol, events);
        if (!Protocol.known().contains(c.protocol())
                || Integrity.verify(c, head).isPresent()) {
            return null;
        }
        return c;
    }
}
