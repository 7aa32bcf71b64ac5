package org.meldcode.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.meldcode.json.error.InvalidInputException;
import org.meldcode.json.internal.Mappers;
import org.meldcode.json.internal.RecordCodec;
import org.meldcode.json.internal.StreamedCase;
import org.meldcode.model.Action;
import org.meldcode.model.Case;
import org.meldcode.model.Integrity;
import org.meldcode.protocol.Protocol;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes a {@link Case} as a JSON document a host can store.
 *
 * <pre>{@code
 * String json = CaseJson.write(caseFile);
 * Case again = CaseJson.read(json);          // equals caseFile
 * }</pre>
 *
 * <p>The document carries a {@code schemaVersion} and the hash chain of its events with the
 * {@code headHash} of the last one ({@link Integrity}); reading verifies the chain and refuses a
 * broken one, naming the first event that does not match. This library writes version
 * {@value #SCHEMA_VERSION} and refuses newer ones. Reading is strict and all-or-nothing: the
 * document is parsed and checked completely before a case is returned, and any problem gives an
 * {@link InvalidInputException} naming the place (JSON pointer, or line:column for syntax) and
 * the problem. The format is described in {@code docs/case-format.md}.
 */
public final class CaseJson {

    /** The version of the case document this library writes and reads. */
    public static final int SCHEMA_VERSION = 1;

    private CaseJson() {}

    /** The case as a JSON document (UTF-8 text, indented, fields in a fixed order). */
    public static String write(Case caseFile) {
        return Mappers.JSON.writeValueAsString(tree(caseFile));
    }

    /** The case as a JSON tree, with its {@code schemaVersion}. */
    public static ObjectNode tree(Case caseFile) {
        ObjectNode root = Mappers.JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.setAll(RecordCodec.encodeRecord(caseFile));
        root.put("headHash", Integrity.head(caseFile));
        return root;
    }

    /** An action as a JSON object with its {@code type}, in the vocabulary of the case document. */
    public static ObjectNode tree(Action action) {
        return RecordCodec.encodeRecord((Record) action); // every action is a record
    }

    /**
     * Reads a case document.
     *
     * @throws InvalidInputException when the text is not a valid case document
     */
    public static Case read(String json) {
        Case streamed = StreamedCase.read(() -> Mappers.JSON.createParser(json));
        return streamed != null ? streamed : readTree(json);
    }

    /**
     * Reads a case document from its bytes: from the bytes themselves when they are plain UTF-8
     * (no copy of the text is made), otherwise, and for any problem, as text.
     */
    private static Case read(byte[] bytes) {
        Case streamed = Mappers.plainUtf8(bytes) ? StreamedCase.read(() -> Mappers.JSON.createParser(bytes)) : null;
        return streamed != null ? streamed : readTree(Mappers.text(bytes));
    }

    /** Reads a case document through one tree of the whole: the way that names every problem. */
    private static Case readTree(String json) {
        return fromCheckedTree(Mappers.tree(Mappers.JSON, json)); // Mappers.tree checked the limits
    }

    /**
     * Reads a case document from a file.
     *
     * @throws InvalidInputException when the file is not a valid case document (the message names the file)
     * @throws UncheckedIOException  when the file cannot be read
     */
    public static Case read(Path file) {
        String name = file.toString();
        try {
            return read(Mappers.bytes(file));
        } catch (InvalidInputException e) {
            throw e.in(name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /**
     * Reads a case document from a stream of UTF-8 bytes, at most 32 MB; the stream is not closed.
     *
     * @throws InvalidInputException when the bytes are not a valid case document
     */
    public static Case read(InputStream in) {
        try {
            return read(Mappers.bytes(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the case document", e);
        }
    }

    /** Reads a case from a tree already parsed, such as part of a host's own document. */
    public static Case fromTree(JsonNode root) {
        Mappers.checkLimits(root);
        return fromCheckedTree(root);
    }

    /** Reads a case from a tree whose limits were checked. */
    private static Case fromCheckedTree(JsonNode root) {
        RecordCodec.requireObject(root, "");
        JsonNode version = root.get("schemaVersion");
        if (version == null) {
            throw new InvalidInputException(null, "/schemaVersion", "missing required field");
        }
        if (!version.isInt()) {
            throw new InvalidInputException(
                    null, "/schemaVersion", "expected a whole number, found " + RecordCodec.kind(version));
        }
        int v = version.intValue();
        if (v > SCHEMA_VERSION) {
            throw new InvalidInputException(
                    null,
                    "/schemaVersion",
                    "schema version " + v + " is newer than this library reads (" + SCHEMA_VERSION
                            + "); use a newer meldcode");
        }
        if (v < 1) {
            throw new InvalidInputException(null, "/schemaVersion", "schema version " + v + " does not exist");
        }
        JsonNode head = root.get("headHash");
        if (head == null) {
            throw new InvalidInputException(null, "/headHash", "missing required field");
        }
        if (!head.isString()) {
            throw new InvalidInputException(null, "/headHash", "expected a string, found " + RecordCodec.kind(head));
        }
        Case c = RecordCodec.decodeRecord(root, "", Case.class, "schemaVersion", "headHash");
        if (!Protocol.known().contains(c.protocol())) {
            throw new InvalidInputException(
                    null, "/protocol", "unknown protocol " + c.protocol() + "; known: " + Protocol.known());
        }
        Optional<Integrity.Break> broken = Integrity.verify(c, head.asString());
        if (broken.isPresent()) {
            int seq = broken.get().sequence();
            String where = seq >= 1 && seq <= c.size() && !broken.get().reason().startsWith("the last")
                    ? "/events/" + (seq - 1)
                    : "/headHash";
            throw new InvalidInputException(
                    null,
                    where,
                    "the case's history was tampered with: " + broken.get().reason());
        }
        return c;
    }

    /** Reads an action from a JSON object with its {@code type}, as in the case document. */
    public static Action actionFromTree(JsonNode node, String pointer) {
        Mappers.checkLimits(node);
        return RecordCodec.decodeAction(node, pointer);
    }
}
