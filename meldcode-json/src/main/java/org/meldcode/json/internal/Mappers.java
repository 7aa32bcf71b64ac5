package org.meldcode.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.meldcode.json.error.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The two mappers the library reads and writes with, configured once. Limits are set on
 * purpose: a case document is small, so nesting, string length and document size are bounded
 * well above any real case and far below what would exhaust memory.
 */
public final class Mappers {

    /** Deepest nesting accepted; a case nests 5 levels deep. */
    public static final int MAX_DEPTH = 32;
    /** Longest string accepted, in characters (a free-text field holds at most 10,000). */
    public static final int MAX_STRING = 100_000;
    /** Largest document accepted, in bytes or characters: far above a real case, far below memory. */
    public static final int MAX_DOCUMENT = 16 * 1024 * 1024;

    /** Most tokens accepted: a case event has about 25, so this allows some 40,000 events. */
    public static final long MAX_TOKENS = 1_000_000;

    /** Longest property name accepted, in characters. */
    public static final int MAX_NAME = 200;

    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER = 30;

    public static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(constraints())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .streamReadConstraints(constraints())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .build();

    private Mappers() {}

    /**
     * Reads a YAML or JSON document file (JSON when its name ends in {@code .json}) with the given
     * text reader; a problem names the file.
     *
     * @throws InvalidInputException when the reader refuses the text (the message names the file)
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    public static <T> T readFile(Path file, java.util.function.BiFunction<String, Boolean, T> reader) {
        String name = file.toString();
        try {
            return reader.apply(text(bytes(file)), name.endsWith(".json"));
        } catch (InvalidInputException e) {
            throw e.in(name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + name, e);
        }
    }

    /**
     * Reads at most {@link #MAX_DOCUMENT} bytes, so that a huge or endless stream costs bounded
     * memory and time; more is refused.
     */
    public static byte[] bytes(InputStream in) throws IOException {
        byte[] data = in.readNBytes(MAX_DOCUMENT + 1);
        if (data.length > MAX_DOCUMENT) {
            throw tooLarge();
        }
        return data;
    }

    /** Reads a file of at most {@link #MAX_DOCUMENT} bytes. */
    public static byte[] bytes(Path file) throws IOException {
        if (Files.size(file) > MAX_DOCUMENT) {
            throw tooLarge();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return bytes(in);
        }
    }

    private static InvalidInputException tooLarge() {
        return new InvalidInputException(
                null, "", "the document is larger than " + (MAX_DOCUMENT / (1024 * 1024)) + " MB");
    }

    private static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_STRING)
                .maxDocumentLength(MAX_DOCUMENT)
                .maxNameLength(MAX_NAME)
                .maxNumberLength(MAX_NUMBER)
                .maxTokenCount(MAX_TOKENS)
                .build();
    }

    /** Parses text into a tree, turning every parser error into an {@link InvalidInputException}. */
    public static JsonNode tree(ObjectMapper mapper, String text) {
        if (text.isBlank()) {
            throw new InvalidInputException(null, "", "the input is empty");
        }
        if (text.indexOf('\0') >= 0) {
            throw new InvalidInputException(null, "", "the input is binary, not text");
        }
        try {
            JsonNode node = mapper.readTree(text);
            if (node == null || node.isMissingNode() || node.isNull() || emptyYamlDocument(mapper, node)) {
                throw new InvalidInputException(null, "", "the input is empty");
            }
            checkLimits(node);
            return node;
        } catch (JacksonException e) {
            throw syntax(e, () -> placeOfFailure(mapper, text));
        } catch (InvalidInputException e) { // the library's own checks, already with their place
            throw e;
        } catch (RuntimeException e) { // the YAML parser may throw its own, unchecked errors
            throw new InvalidInputException(null, "", "not readable: " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * Whether the tree is what an empty YAML document ({@code ---} and {@code ...} alone) reads as:
     * Jackson 3.1 gives an empty string where 3.3 gives no value.
     */
    private static boolean emptyYamlDocument(ObjectMapper mapper, JsonNode node) {
        return mapper == YAML && node.isString() && node.asString().isEmpty();
    }

    /**
     * Checks a parsed tree against the library's own limits (nesting depth, name, string and number
     * length), whatever the parser enforced: older Jackson versions and the YAML parser do not
     * apply every read constraint, and a host's mapper may have none.
     *
     * @param root the tree
     * @throws InvalidInputException at the first place that exceeds a limit
     */
    public static void checkLimits(JsonNode root) {
        if (!withinLimits(root, 0)) {
            // a problem: walk again in the order that names the place always named
            new LimitCheck().visit(root, 0);
            throw new IllegalStateException("the limit check found a problem it cannot place");
        }
    }

    /**
     * Whether no node of the tree exceeds a limit: one quick walk, in any order, naming nothing.
     *
     * @param node  the tree, or a part of a larger tree
     * @param depth the level of the node in the whole tree (0 for the root)
     * @return true when nothing in it exceeds a limit
     */
    public static boolean withinLimits(JsonNode node, int depth) {
        if (node.isContainer() && depth >= MAX_DEPTH) {
            return false;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> p : node.properties()) {
                if (p.getKey().length() > MAX_NAME || !withinLimits(p.getValue(), depth + 1)) {
                    return false;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (!withinLimits(node.get(i), depth + 1)) {
                    return false;
                }
            }
        } else if (node.isString()) {
            return node.asString().length() <= MAX_STRING;
        } else if (node.isNumber() && !node.isInt() && !node.isLong()) { // an int or long has at most 20
            return node.toString().length() <= MAX_NUMBER;
        }
        return true;
    }

    /** How many JSON pointers were built to name the place of a problem. */
    private static final java.util.concurrent.atomic.AtomicLong POINTERS = new java.util.concurrent.atomic.AtomicLong();

    /**
     * The number of JSON pointers built so far by the limit check and the record codec: a pointer
     * is built only to name the place of a problem, never for a value that is fine.
     *
     * @return the count since the class was loaded
     */
    public static long pointersBuilt() {
        return POINTERS.get();
    }

    /** Counts one pointer built; called wherever the place of a problem is spelled out. */
    static void pointerBuilt() {
        POINTERS.incrementAndGet();
    }

    /**
     * The walk that names the problem: depth first, in the order the check always took (a
     * container's property names first, then its values from the last to the first), so that of
     * several problems the same one is reported. The way down is kept as names and indexes per
     * level; the JSON pointer of a place is spelled out only when a problem is found there.
     */
    private static final class LimitCheck {
        /** The property name that leads to each level, or null where an array index does. */
        private final String[] names = new String[MAX_DEPTH + 1];

        private final int[] indexes = new int[MAX_DEPTH + 1];

        void visit(JsonNode node, int depth) {
            if (node.isContainer() && depth >= MAX_DEPTH) {
                throw new InvalidInputException(
                        null, at(depth), "nesting depth over the maximum of " + MAX_DEPTH + " levels");
            }
            if (node.isObject()) {
                @SuppressWarnings("unchecked")
                Map.Entry<String, JsonNode>[] properties = node.properties().toArray(new Map.Entry[0]);
                for (Map.Entry<String, JsonNode> p : properties) {
                    if (p.getKey().length() > MAX_NAME) {
                        throw new InvalidInputException(
                                null,
                                at(depth),
                                "property name length (" + p.getKey().length() + ") over the maximum of " + MAX_NAME
                                        + " characters");
                    }
                }
                for (int i = properties.length - 1; i >= 0; i--) {
                    names[depth + 1] = properties[i].getKey();
                    visit(properties[i].getValue(), depth + 1);
                }
            } else if (node.isArray()) {
                for (int i = node.size() - 1; i >= 0; i--) {
                    names[depth + 1] = null;
                    indexes[depth + 1] = i;
                    visit(node.get(i), depth + 1);
                }
            } else if (node.isString()) {
                if (node.asString().length() > MAX_STRING) {
                    throw new InvalidInputException(
                            null,
                            at(depth),
                            "text length ("
                                    + String.format(
                                            Locale.ROOT, "%,d", node.asString().length())
                                    + ") over the maximum of " + String.format(Locale.ROOT, "%,d", MAX_STRING)
                                    + " characters");
                }
            } else if (node.isNumber() && !node.isInt() && !node.isLong()) { // an int or long has at most 20
                if (node.toString().length() > MAX_NUMBER) {
                    throw new InvalidInputException(
                            null,
                            at(depth),
                            "number length (" + node.toString().length() + ") over the maximum of " + MAX_NUMBER
                                    + " digits");
                }
            }
        }

        /** The JSON pointer of the place at the given level on the way down. */
        private String at(int depth) {
            pointerBuilt();
            StringBuilder b = new StringBuilder();
            for (int level = 1; level <= depth; level++) {
                b.append('/');
                if (names[level] != null) {
                    b.append(RecordCodec.escape(names[level]));
                } else {
                    b.append(indexes[level]);
                }
            }
            return b.toString();
        }
    }

    /**
     * The library's error for a parser error: its place (a line:column, or for a limit the JSON
     * pointer where it was passed) and the problem in the library's words.
     *
     * @param e the parser's error
     * @return the input error
     */
    public static InvalidInputException syntax(JacksonException e) {
        return syntax(e, () -> "");
    }

    private static InvalidInputException syntax(JacksonException e, Supplier<String> fallbackPlace) {
        String limit = limit(e.getOriginalMessage());
        TokenStreamLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : at.getLineNr() + ":" + at.getColumnNr();
        if (limit != null) {
            // a limit names no place of its own, and its count is where the parser stopped, not the
            // size of the value: the library says the limit and finds the place itself
            String place = fallbackPlace.get();
            return new InvalidInputException(null, place.isEmpty() ? where : place, limit, e);
        }
        return new InvalidInputException(null, where, plain(firstLine(e.getOriginalMessage())), e);
    }

    /** The limit a parser message reports, in the library's words; null for other messages. */
    private static String limit(String message) {
        if (message == null) {
            return null;
        }
        if (message.startsWith("Document nesting depth")) {
            return "nesting depth over the maximum of " + MAX_DEPTH + " levels";
        }
        if (message.startsWith("String value length")) {
            return "text length over the maximum of " + String.format(Locale.ROOT, "%,d", MAX_STRING) + " characters";
        }
        if (message.startsWith("Name length")) {
            return "property name length over the maximum of " + MAX_NAME + " characters";
        }
        if (message.startsWith("Number value length")) {
            return "number length over the maximum of " + MAX_NUMBER + " digits";
        }
        if (message.startsWith("Token count")) {
            return "more than the maximum of " + String.format(Locale.ROOT, "%,d", MAX_TOKENS)
                    + " tokens (names, values and brackets)";
        }
        if (message.startsWith("Document length")) {
            return "the document is larger than " + (MAX_DOCUMENT / (1024 * 1024)) + " MB";
        }
        return null;
    }

    /**
     * Where reading the text fails: the JSON pointer of the value being read when the parser
     * stopped, or its line:column when it stopped outside a value; empty when reading succeeds.
     * Only called after a failure, so the second reading is bounded by the same limits.
     */
    private static String placeOfFailure(ObjectMapper mapper, String text) {
        JsonParser parser = null;
        try {
            parser = mapper.createParser(text);
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                // a value's length is checked when it is read, not when it is passed over
                if (t == JsonToken.VALUE_STRING) {
                    parser.getString();
                } else if (t.isNumeric()) {
                    parser.getNumberValue();
                }
            }
            return "";
        } catch (JacksonException e) {
            if (parser == null) {
                return "";
            }
            TokenStreamContext context = parser.streamReadContext();
            String pointer = context.pathAsPointer().toString();
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Name length")) {
                // the name being read is not the context's name yet: the place is the object holding it
                pointer = context.inObject() && context.currentName() != null
                        ? pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')))
                        : pointer;
            }
            if (!pointer.isEmpty()) {
                return pointer;
            }
            TokenStreamLocation at = parser.currentLocation();
            return at == null || at.getLineNr() < 1 ? "" : at.getLineNr() + ":" + at.getColumnNr();
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (JacksonException ignored) {
                    // the place is known or not; closing changes neither
                }
            }
        }
    }

    /** The parser's message without the names of its own classes and settings. */
    public static String plain(String message) {
        if (message.startsWith("Trailing token")) {
            return "unexpected content after the end of the document";
        }
        return message.replaceAll(" ?\\(bound as `[^`]*`\\)", "")
                .replaceAll(" ?\\(from `[^`]*`\\)", "")
                .replaceAll("\\((java|javax|org|tools|com)\\.[\\w.$]+\\) ?", "")
                .replaceAll(": not allowed as per `[^`]*`", "")
                .replaceAll(
                        " ?\\(not recognized as one since Feature '[^']*' not enabled for parser\\)",
                        "; JSON has no comments")
                .replaceAll(": enable `[^`]*` to allow", "")
                .replaceAll("`(tools\\.jackson|com\\.fasterxml)[^`]*`", "the parser's limit")
                .replaceAll("\\(by calling `[^`]*`\\)", "");
    }

    /**
     * The parser's message as one line: its own lines joined, without the quoted source lines and
     * the {@code ^} markers a YAML parser adds, and without source descriptions.
     */
    public static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        StringBuilder b = new StringBuilder();
        for (String line : message.strip().split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("^") || line.startsWith(" ") || l.startsWith("at [Source")) {
                continue;
            }
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(l);
        }
        String one = b.toString().replaceAll(" ?\\[Source: [^\\]]*\\]", "").replaceAll(" ?at \\[Source.*$", "");
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }

    /**
     * Whether the bytes are well-formed UTF-8 without a byte order mark and without a zero byte:
     * exactly the bytes {@link #text} accepts and decodes without a replacement, less those two,
     * so that a JSON parser reading them as bytes sees the same characters as one reading the text.
     *
     * @param bytes the bytes
     * @return true when a parser may read the bytes in place of the text
     */
    public static boolean plainUtf8(byte[] bytes) {
        int n = bytes.length;
        if (n >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return false;
        }
        int i = 0;
        while (i < n) {
            int b = bytes[i];
            if (b > 0) { // ASCII other than the zero byte
                i++;
                continue;
            }
            if (b == 0) {
                return false;
            }
            int lead = b & 0xFF;
            int length;
            int low = 0x80;
            int high = 0xBF; // the range of the second byte
            if (lead >= 0xC2 && lead <= 0xDF) {
                length = 2;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                length = 3;
                if (lead == 0xE0) {
                    low = 0xA0; // no overlong form
                } else if (lead == 0xED) {
                    high = 0x9F; // no surrogate
                }
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                length = 4;
                if (lead == 0xF0) {
                    low = 0x90; // no overlong form
                } else if (lead == 0xF4) {
                    high = 0x8F; // nothing above U+10FFFF
                }
            } else {
                return false;
            }
            if (i + length > n) {
                return false;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < low || second > high) {
                return false;
            }
            for (int k = 2; k < length; k++) {
                int next = bytes[i + k] & 0xFF;
                if (next < 0x80 || next > 0xBF) {
                    return false;
                }
            }
            i += length;
        }
        return true;
    }

    /** Decodes bytes as UTF-8, refusing invalid sequences instead of replacing them. */
    public static String text(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            // valid UTF-8 decodes the same either way, and invalid bytes always leave a replacement
            // character: only then is the strict decoder needed, to tell the two apart
            return text;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(null, "", "the input is not UTF-8 text");
        }
    }
}
