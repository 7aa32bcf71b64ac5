package org.meldcode.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meldcode.json.CaseJson;
import org.meldcode.json.error.InvalidInputException;
import org.meldcode.model.Case;
import org.quicktheories.generators.SourceDSL;

/**
 * A valid case document is read as a stream of small trees, one per event, and from its bytes; a
 * document with a problem is read again through one tree, which names the problem as before.
 */
class StreamedCaseTest {

    private static String withLogEntries(int count, String text) {
        return CaseJson.write(LongCases.logbook("case-stream", count, i -> text + " " + i + "."));
    }

    @Test
    void a_valid_long_case_is_read_as_a_stream_from_a_file_a_stream_and_a_text_alike(@TempDir Path dir)
            throws Exception {
        // GIVEN a valid case of two thousand events with text beyond ASCII, as a file, bytes and text
        String json = withLogEntries(2_000, "Leerling zegt: ‘het doet pijn’ — één keer, 😢");
        Path file = dir.resolve("case.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        Case fromTree = CaseJson.fromTree(Mappers.JSON.readTree(json));
        long streamed = StreamedCase.streamed();
        long givenUp = StreamedCase.givenUp();

        // WHEN it is read in each way
        Case fromFile = CaseJson.read(file);
        Case fromBytes = CaseJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        Case fromText = CaseJson.read(json);

        // THEN every reading went through the stream to the end, and each gives the case the tree gives
        assertThat(StreamedCase.streamed() - streamed).isEqualTo(3);
        assertThat(StreamedCase.givenUp()).isEqualTo(givenUp);
        assertThat(fromFile).isEqualTo(fromTree).isEqualTo(fromBytes).isEqualTo(fromText);
        assertThat(fromFile.size()).isEqualTo(2_000);
    }

    @Test
    void a_problem_deep_in_a_long_case_file_gives_the_stream_up_and_is_named_as_before(@TempDir Path dir)
            throws Exception {
        // GIVEN a long case file whose event 1,500 has an observation date that does not exist
        String json = withLogEntries(2_000, "Observation");
        int at = json.indexOf("\"observedOn\"", json.indexOf("\"sequence\" : 1500,"));
        String bad = json.substring(0, at) + "\"observedOn\" : \"2026-02-30\"" + json.substring(json.indexOf(',', at));
        Path file = dir.resolve("bad.json");
        Files.writeString(file, bad, StandardCharsets.UTF_8);
        long givenUp = StreamedCase.givenUp();

        // WHEN it is read
        Throwable thrown = catchThrowable(() -> CaseJson.read(file));

        // THEN the stream gave up once, and the error names that field's place in that file
        assertThat(StreamedCase.givenUp() - givenUp).isEqualTo(1);
        assertThat(thrown)
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(file + ": /events/1499/action/observedOn: expected a date such as 2026-09-07, found"
                        + " '2026-02-30'");
    }

    @Test
    void documents_the_tree_refuses_are_refused_by_the_stream_too() {
        // GIVEN a valid case and variants of it that only the whole document shows to be wrong
        String json = withLogEntries(3, "Observation");
        List<String> variants = List.of(
                json + " {}",
                json.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2"),
                json.replace("\"schemaVersion\" : 1,", ""),
                json.replace("\"headHash\" : \"", "\"headHash\" : \"0"),
                json.replace("\"pupilRef\" : \"pupil-stream\",", "\"pupilRef\" : \"pupil-stream\", \"extra\" : 1,"),
                json.replace("\"id\" : \"case-stream\",", "\"id\" : \"case-stream\", \"id\" : \"case-stream\","),
                json.replace("\"version\" : \"2021-09\"", "\"version\" : \"1999-01\""),
                json.replace("\"events\" : [", "\"events\" : [ 1,"),
                "[" + json + "]");

        for (String variant : variants) {
            long givenUp = StreamedCase.givenUp();
            Throwable tree = catchThrowable(() -> CaseJson.fromTree(Mappers.tree(Mappers.JSON, variant)));

            // WHEN it is read, THEN the stream gives up and the error is the one the tree gives
            Throwable read = catchThrowable(() -> CaseJson.read(variant));
            assertThat(StreamedCase.givenUp() - givenUp).as(variant).isEqualTo(1);
            assertThat(tree).as(variant).isInstanceOf(InvalidInputException.class);
            assertThat(read)
                    .as(variant)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(tree.getMessage());
        }
    }

    @Test
    void bytes_are_read_in_place_exactly_when_the_strict_decoder_takes_them_without_a_mark_or_zero() {
        // GIVEN edge sequences of UTF-8 and random bytes weighted towards its lead and follow-on bytes
        List<byte[]> edges = List.of(
                bytes(0x41),
                bytes(0xC2, 0x80),
                bytes(0xC1, 0xBF),
                bytes(0xC0, 0x80),
                bytes(0xDF, 0xBF),
                bytes(0xE0, 0xA0, 0x80),
                bytes(0xE0, 0x9F, 0xBF),
                bytes(0xED, 0x9F, 0xBF),
                bytes(0xED, 0xA0, 0x80),
                bytes(0xEF, 0xBF, 0xBF),
                bytes(0xF0, 0x90, 0x80, 0x80),
                bytes(0xF0, 0x8F, 0xBF, 0xBF),
                bytes(0xF4, 0x8F, 0xBF, 0xBF),
                bytes(0xF4, 0x90, 0x80, 0x80),
                bytes(0xF5, 0x80, 0x80, 0x80),
                bytes(0xE2, 0x82),
                bytes(0x80),
                bytes(0xFF),
                bytes(0x41, 0x00, 0x41),
                bytes(0xEF, 0xBB, 0xBF, 0x7B, 0x7D),
                bytes(0x7B, 0xEF, 0xBB, 0xBF, 0x7D));

        // WHEN each is checked, THEN it is read in place exactly when the strict decoder would take it
        for (byte[] b : edges) {
            assertThat(Mappers.plainUtf8(b))
                    .as(java.util.HexFormat.of().formatHex(b))
                    .isEqualTo(strict(b));
        }
        qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 11)).ofSizeBetween(0, 12))
                .checkAssert(picks -> {
                    int[] palette = {0x41, 0x7F, 0x00, 0x80, 0xBF, 0x8F, 0x9F, 0xA0, 0xC2, 0xE0, 0xED, 0xF4};
                    byte[] b = new byte[picks.size()];
                    for (int i = 0; i < b.length; i++) {
                        b[i] = (byte) palette[picks.get(i)];
                    }
                    assertThat(Mappers.plainUtf8(b)).isEqualTo(strict(b));
                });
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    /** Whether the strict decoder takes the bytes, and they hold no byte order mark at the start and no zero. */
    private static boolean strict(byte[] b) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b))
                    .toString();
            return !text.startsWith("\uFEFF") && text.indexOf('\0') < 0;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
