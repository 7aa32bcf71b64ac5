package org.meldcode.scenario.hostile;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.meldcode.json.CaseJson;
import org.meldcode.json.error.InvalidInputException;
import org.meldcode.model.Actor;
import org.meldcode.model.Case;
import org.meldcode.model.Consultation;
import org.meldcode.model.Decision;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.IbNotification;
import org.meldcode.model.LogEntry;
import org.meldcode.model.ParentsConversation;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Report;
import org.meldcode.model.RiskAssessment;
import org.meldcode.model.Role;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.model.Topic;
import org.meldcode.scenario.ScenarioFiles;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Random bytes, random token soup and random mutations of valid documents, fed to the readers: the
 * only exception that may ever come out is the library's documented input error,
 * {@link InvalidInputException}. A mutated case document that still reads must write and read back
 * equal to itself.
 *
 * <p>Each property runs {@code -Dmeldcode.examples} examples (10,000 by default, at most 15,000 unless
 * {@code -Dmeldcode.examples.max} says otherwise, so that the class stays under a minute). The seed of each property is printed before it runs;
 * QuickTheories prints it again with a falsifying example, and {@code -DQT_SEED=...} replays it.
 */
class InputFuzzPropertyTest {

    /**
     * Examples per property: {@code -Dmeldcode.examples} (10,000), capped at {@code -Dmeldcode.examples.max}
     * (15,000: about 45 s for the class on a laptop; lift the cap for a long hunt).
     */
    private static final int EXAMPLES = Math.max(
            1,
            Math.min(
                    Integer.getInteger("meldcode.examples", 1_000),
                    Integer.getInteger("meldcode.examples.max", 15_000)));

    private static final Instant T0 = Instant.parse("2026-09-07T07:30:00Z");
    private static final Actor TEACHER = Actor.of(Role.TEACHER, "lk-104");
    private static final Actor IB = Actor.of(Role.INTERN_BEGELEIDER, "ib-201");
    private static final Actor DIRECTOR = Actor.of(Role.DIRECTOR, "dir-301");
    private static final Actor SMW = Actor.of(Role.SCHOOL_SOCIAL_WORKER, "smw-401");

    /** A valid case of seven events of seven types, built through the model. */
    static final Case VALID_CASE = Case.open("case-2026-017", "pupil-8f3a", ProtocolRef.STAPPENPLAN_2021)
            .append(new LogEntry(
                    T0,
                    TEACHER,
                    LocalDate.of(2026, 9, 7),
                    Signal.INJURY,
                    Source.OWN_OBSERVATION,
                    "Blauwe plek van ca. 4 cm op de linkerbovenarm — gezien bij de gymles.",
                    false))
            .append(new IbNotification(T0.plusSeconds(1_800), TEACHER))
            .append(new Consultation(T0.plusSeconds(86_400), IB, Set.of(TEACHER, IB, SMW), true))
            .append(new ParentsConversation(
                    T0.plusSeconds(3 * 86_400), IB, Set.of(IB, DIRECTOR), EnumSet.allOf(Topic.class), false))
            .append(new RiskAssessment(
                    T0.plusSeconds(4 * 86_400),
                    IB,
                    Set.of(TEACHER, IB),
                    SuspicionLevel.VERY_STRONG,
                    false,
                    true,
                    true,
                    "Weighed on what steps 1 to 3 brought."))
            .append(new Decision(
                    T0.plusSeconds(4 * 86_400 + 3_600),
                    IB,
                    Set.of(IB, DIRECTOR),
                    DecisionKind.REPORT,
                    true,
                    false,
                    false,
                    false,
                    "Zeer sterk vermoeden; ouders wijzen hulp af."))
            .append(new Report(T0.plusSeconds(4 * 86_400 + 7_200), IB, true, false));

    static final String VALID_CASE_JSON = CaseJson.write(VALID_CASE);

    /** meldcode-rules/src/test/resources/scenarios/step1/sp-1.1-consultation-before-ib-informed-refused.yaml */
    static final String VALID_YAML = """
            name: A collegial consultation held before the IB was informed is refused.
            protocol: {id: stappenplan, version: "2021-09"}
            school: {name: "OBS De Testboom (fictief)", vtPhone: "0800-2000"}
            case: {id: case-0017, pupilRef: pupil-0017}
            steps:
              - at: 2026-09-07T07:45:00Z
                actor: {role: TEACHER, staffId: lk-104}
                action: {type: LOG_ENTRY, observedOn: 2026-09-07, signal: INJURY, source: OWN_OBSERVATION, text: "Bruise of about 3 cm on the left upper arm, seen during the gym lesson.", deterioration: false}
                expect: permitted
                guidance: {currentStep: 1, obligations: [SP-1.1], closed: false}
              - at: 2026-09-08T12:30:00Z
                actor: {role: TEACHER, staffId: lk-104}
                action: {type: CONSULTATION, participants: [{role: TEACHER, staffId: lk-104}, {role: INTERN_BEGELEIDER, staffId: ib-201}, {role: SCHOOL_SOCIAL_WORKER, staffId: smw-401}], anonymous: true}
                expect: {refused: [SP-1.1]}
                guidance: {currentStep: 1, obligations: [SP-1.1], closed: false}
            """;

    /** The same scenario in JSON syntax. */
    static final String VALID_SCENARIO_JSON = """
            {
              "name": "A collegial consultation held before the IB was informed is refused.",
              "protocol": {"id": "stappenplan", "version": "2021-09"},
              "school": {"name": "OBS De Testboom (fictief)", "vtPhone": "0800-2000"},
              "case": {"id": "case-0017", "pupilRef": "pupil-0017"},
              "steps": [
                {
                  "at": "2026-09-07T07:45:00Z",
                  "actor": {"role": "TEACHER", "staffId": "lk-104"},
                  "action": {"type": "LOG_ENTRY", "observedOn": "2026-09-07", "signal": "INJURY",
                             "source": "OWN_OBSERVATION",
                             "text": "Bruise of about 3 cm on the left upper arm, seen during the gym lesson.",
                             "deterioration": false},
                  "expect": "permitted",
                  "guidance": {"currentStep": 1, "obligations": ["SP-1.1"], "closed": false}
                },
                {
                  "at": "2026-09-08T12:30:00Z",
                  "actor": {"role": "TEACHER", "staffId": "lk-104"},
                  "action": {"type": "CONSULTATION", "participants": [{"role": "TEACHER", "staffId": "lk-104"},
                             {"role": "INTERN_BEGELEIDER", "staffId": "ib-201"},
                             {"role": "SCHOOL_SOCIAL_WORKER", "staffId": "smw-401"}], "anonymous": true},
                  "expect": {"refused": ["SP-1.1"]},
                  "guidance": {"currentStep": 1, "obligations": ["SP-1.1"], "closed": false}
                }
              ]
            }
            """;

    private long started;

    @org.junit.jupiter.api.BeforeEach
    void start() {
        started = System.nanoTime();
    }

    @org.junit.jupiter.api.AfterEach
    void took(org.junit.jupiter.api.TestInfo test) {
        System.out.printf("%s took %d ms%n", test.getDisplayName(), (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void the_documents_that_are_mutated_are_valid() {
        assertThat(CaseJson.read(VALID_CASE_JSON)).isEqualTo(VALID_CASE);
        assertThat(ScenarioFiles.read(VALID_YAML, false)).isEqualTo(ScenarioFiles.read(VALID_SCENARIO_JSON, true));
    }

    // --- (a) random input ---

    @Test
    void random_bytes_give_no_error_but_the_documented_one() {
        Gen<Byte> anyByte = Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0);
        Gen<byte[]> bytes =
                Generate.byteArrays(Generate.range(0, 4_000), anyByte).describedAs(InputFuzzPropertyTest::show);
        property("random bytes").forAll(bytes).checkAssert(InputFuzzPropertyTest::allReadersRefuseOrRead);
    }

    @Test
    void random_bytes_that_look_like_text_give_no_error_but_the_documented_one() {
        // mostly printable ASCII and the bytes that structure JSON and YAML, some high bytes and controls
        Gen<Byte> textByte = Generate.frequency(
                org.quicktheories.api.Pair.of(20, Generate.bytes((byte) 0x20, (byte) 0x7E, (byte) 'a')),
                org.quicktheories.api.Pair.of(6, Generate.pick(bytesOf("{}[]:,\"'-#&*!|>?%@`\\ \n\n\t", true))),
                org.quicktheories.api.Pair.of(1, Generate.bytes(Byte.MIN_VALUE, (byte) -1, (byte) -1)),
                org.quicktheories.api.Pair.of(1, Generate.bytes((byte) 0, (byte) 0x1F, (byte) 0)));
        Gen<byte[]> bytes =
                Generate.byteArrays(Generate.range(0, 4_000), textByte).describedAs(InputFuzzPropertyTest::show);
        property("random text-like bytes").forAll(bytes).checkAssert(InputFuzzPropertyTest::allReadersRefuseOrRead);
    }

    /** Pieces of JSON and YAML, and of the formats' own words, strung together at random. */
    private static final List<String> TOKENS = List.of(
            "{",
            "}",
            "[",
            "]",
            ":",
            ": ",
            ",",
            "\"",
            "'",
            "\n",
            "\n  ",
            "\n- ",
            "  ",
            "- ",
            "? ",
            "---\n",
            "...\n",
            "#",
            "&a ",
            "*a",
            "&b ",
            "*b",
            "!!str ",
            "!!binary ",
            "!!java.lang.Runtime ",
            "!x ",
            "<<: ",
            "|\n",
            ">\n",
            "%YAML 1.2\n",
            "%TAG ! tag:x,2000:\n",
            "null",
            "~",
            "true",
            "false",
            "0",
            "-1",
            "1e999",
            "1.5",
            "0x1F",
            "2147483648",
            "\"\"",
            "\"x\"",
            "\"\\u0000\"",
            "!!int ",
            "!!float ",
            "!!null ",
            "!!bool ",
            "\"\\ud800\"",
            "\\",
            "\t",
            "\u0000",
            "\u00e9",
            "\ufeff",
            "\"schemaVersion\"",
            "schemaVersion",
            "1",
            "\"events\"",
            "events",
            "\"sequence\"",
            "\"action\"",
            "\"type\"",
            "type",
            "\"at\"",
            "at",
            "\"actor\"",
            "actor",
            "role",
            "staffId",
            "TEACHER",
            "\"TEACHER\"",
            "IB_NOTIFICATION",
            "\"IB_NOTIFICATION\"",
            "LOG_ENTRY",
            "CONSULTATION",
            "participants",
            "anonymous",
            "\"2026-09-07T07:30:00Z\"",
            "2026-09-07T07:30:00Z",
            "+1000000000-01-01T00:00:00Z",
            "2026-09-07",
            "\"id\"",
            "id",
            "pupilRef",
            "protocol",
            "stappenplan",
            "\"2021-09\"",
            "name",
            "steps",
            "expect",
            "permitted",
            "refused",
            "[SP-1.1]",
            "[]",
            "guidance",
            "currentStep",
            "obligations",
            "closed",
            "school",
            "case",
            "previousHash",
            "headHash",
            "../",
            "case-1",
            "lk-104");

    @Test
    void random_token_soup_gives_no_error_but_the_documented_one() {
        Gen<byte[]> soup = SourceDSL.lists()
                .of(Generate.pick(TOKENS))
                .ofSizeBetween(0, 400)
                .map(tokens -> String.join("", tokens).getBytes(UTF_8))
                .describedAs(InputFuzzPropertyTest::show);
        property("random token soup").forAll(soup).checkAssert(InputFuzzPropertyTest::allReadersRefuseOrRead);
    }

    /** The case reader from a stream, and the scenario reader on the bytes as ISO-8859-1 text in both syntaxes. */
    private static void allReadersRefuseOrRead(byte[] bytes) {
        onlyTheDocumentedError(
                "CaseJson.read(InputStream)", bytes, () -> CaseJson.read(new ByteArrayInputStream(bytes)));
        String latin1 = new String(bytes, ISO_8859_1);
        onlyTheDocumentedError("CaseJson.read(String)", bytes, () -> CaseJson.read(latin1));
        onlyTheDocumentedError("ScenarioFiles.read(String, true)", bytes, () -> ScenarioFiles.read(latin1, true));
        onlyTheDocumentedError("ScenarioFiles.read(String, false)", bytes, () -> ScenarioFiles.read(latin1, false));
    }

    // --- (b) mutations of valid documents ---

    @Test
    void mutations_of_a_valid_case_document_read_back_equal_or_give_the_documented_error() {
        property("mutated case documents").forAll(mutations(VALID_CASE_JSON)).checkAssert(m -> {
            byte[] bytes = m.apply();
            Case fromBytes = onlyTheDocumentedError(
                    "CaseJson.read(InputStream)", m, () -> CaseJson.read(new ByteArrayInputStream(bytes)));
            readsBackEqual(fromBytes, m);
            Case fromText =
                    onlyTheDocumentedError("CaseJson.read(String)", m, () -> CaseJson.read(new String(bytes, UTF_8)));
            readsBackEqual(fromText, m);
        });
    }

    @Test
    void mutations_of_a_valid_yaml_scenario_read_or_give_the_documented_error() {
        property("mutated YAML scenarios").forAll(mutations(VALID_YAML)).checkAssert(m -> {
            String text = new String(m.apply(), UTF_8);
            onlyTheDocumentedError("ScenarioFiles.read(String, false)", m, () -> ScenarioFiles.read(text, false));
        });
    }

    @Test
    void mutations_of_a_valid_json_scenario_read_or_give_the_documented_error() {
        property("mutated JSON scenarios")
                .forAll(mutations(VALID_SCENARIO_JSON))
                .checkAssert(m -> {
                    String text = new String(m.apply(), UTF_8);
                    onlyTheDocumentedError("ScenarioFiles.read(String, true)", m, () -> ScenarioFiles.read(text, true));
                    onlyTheDocumentedError(
                            "ScenarioFiles.read(String, false)", m, () -> ScenarioFiles.read(text, false));
                });
    }

    private static void readsBackEqual(Case c, Mutated m) {
        if (c != null) {
            Case again = onlyTheDocumentedError(
                    "CaseJson.read(CaseJson.write(c))", m, () -> CaseJson.read(CaseJson.write(c)));
            assertThat(again)
                    .as("a mutated document that reads writes and reads back equal: %s", m)
                    .isEqualTo(c);
        }
    }

    // --- the property and its one rule ---

    private static QuickTheory property(String name) {
        long seed = Long.getLong("QT_SEED", System.nanoTime());
        System.out.printf("%s: %d examples, seed %d (replay with -DQT_SEED=%d)%n", name, EXAMPLES, seed, seed);
        return qt().withExamples(EXAMPLES).withFixedSeed(seed);
    }

    /**
     * Runs the reading: its result, or null when it gave the documented error; any other throwable
     * (a parser's own exception, IllegalArgumentException, NullPointerException, StackOverflowError,
     * OutOfMemoryError...) fails the property with the input.
     */
    private static <T> T onlyTheDocumentedError(String reader, Object input, Callable<T> read) {
        try {
            return read.call();
        } catch (InvalidInputException e) {
            return null;
        } catch (Throwable t) {
            throw new AssertionError(
                    reader + " threw " + t.getClass().getName() + ": " + t.getMessage() + " for "
                            + (input instanceof byte[] b ? show(b) : input),
                    t);
        }
    }

    // --- mutations ---

    /** A valid document and the edits made to it. */
    record Mutated(String original, int[] edits) {

        byte[] apply() {
            byte[] doc = original.getBytes(UTF_8);
            for (int i = 0; i + 3 < edits.length; i += 4) {
                doc = edit(doc, edits[i], edits[i + 1], edits[i + 2], edits[i + 3]);
            }
            return doc;
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("edits [");
            for (int i = 0; i + 3 < edits.length; i += 4) {
                b.append(i == 0 ? "" : ", ")
                        .append(EDITS[Math.floorMod(edits[i], EDITS.length)])
                        .append('(')
                        .append(edits[i + 1])
                        .append(',')
                        .append(edits[i + 2])
                        .append(',')
                        .append(edits[i + 3])
                        .append(')');
            }
            byte[] before = original.getBytes(UTF_8);
            byte[] after = apply();
            int first = Arrays.mismatch(before, after);
            int from = Math.max(0, first - 80);
            return b.append("] giving ")
                    .append(after.length)
                    .append(" bytes, changed from byte ")
                    .append(first)
                    .append(from > 0 ? ", from byte " + from + ": " : ": ")
                    .append(show(Arrays.copyOfRange(after, Math.min(from, after.length), after.length)))
                    .toString();
        }
    }

    private static final String[] EDITS = {
        "flip a bit",
        "set a byte",
        "insert a token",
        "delete a range",
        "duplicate a line",
        "drop a line",
        "swap two lines",
        "replace a value with another type",
        "change a digit",
        "copy a range elsewhere",
        "change a capital letter"
    };

    /** Between one and four edits of the document; each edit is four numbers: kind and three arguments. */
    private static Gen<Mutated> mutations(String valid) {
        return Generate.intArrays(Generate.range(1, 4).map(n -> n * 4), Generate.range(0, 1 << 20))
                .map(edits -> new Mutated(valid, edits));
    }

    private static final byte[] SPECIAL_BYTES = bytesOf("\u0000{}[],:\"\\\n -09e\u007f&*!#|>?\t'~");

    private static final List<String> VALUES = List.of(
            "1",
            "-1",
            "0",
            "1.5",
            "1e999",
            "2147483648",
            "\"x\"",
            "\"\"",
            "true",
            "false",
            "null",
            "[]",
            "{}",
            "[1]",
            "{\"a\": 1}",
            "\"2026-09-07T07:30:00Z\"",
            "\"+1000000000-01-01T00:00:00Z\"",
            "\"../x\"",
            "~",
            "*a",
            "&a x");

    /** JSON and YAML values after a colon: a quoted string or a plain scalar up to a separator. */
    private static final Pattern VALUE =
            Pattern.compile(":\\s*(\"(?:[^\"\\\\\\n]|\\\\.)*\"|[^\\s,{}\\[\\]\"][^,{}\\[\\]\\n]*)");

    /** A list without lists inside: clause ids, participants' roles, topics. */
    private static final Pattern LIST = Pattern.compile("\\[[^\\[\\]\\n]*\\]");

    private static final Pattern DIGIT = Pattern.compile("[0-9]");
    private static final Pattern CAPITAL = Pattern.compile("[A-Z]");

    static byte[] edit(byte[] doc, int kind, int a, int b, int c) {
        int n = doc.length;
        int k = Math.floorMod(kind, EDITS.length);
        switch (k) {
            case 0 -> { // flip a bit
                if (n == 0) {
                    return doc;
                }
                byte[] out = doc.clone();
                out[a % n] ^= (byte) (1 << (b % 8));
                return out;
            }
            case 1 -> { // set a byte to one that matters to a parser
                if (n == 0) {
                    return doc;
                }
                byte[] out = doc.clone();
                out[a % n] = SPECIAL_BYTES[b % SPECIAL_BYTES.length];
                return out;
            }
            case 2 -> { // insert a token
                byte[] token = TOKENS.get(b % TOKENS.size()).getBytes(UTF_8);
                int at = a % (n + 1);
                return splice(doc, at, at, token);
            }
            case 3 -> { // delete a range of 1 to 32 bytes
                if (n == 0) {
                    return doc;
                }
                int at = a % n;
                return splice(doc, at, Math.min(n, at + 1 + b % 32), new byte[0]);
            }
            case 4, 5, 6 -> { // duplicate, drop or swap lines
                List<byte[]> lines = lines(doc);
                int i = a % lines.size();
                int j = b % lines.size();
                if (k == 4) {
                    lines.add(j, lines.get(i));
                } else if (k == 5) {
                    lines.remove(i);
                } else {
                    byte[] t = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, t);
                }
                return join(lines);
            }
            case 7 -> { // replace the a-th value or list with one of another type
                String text = new String(doc, ISO_8859_1); // byte for byte
                List<int[]> spans = spans(c % 2 == 0 ? VALUE : LIST, text, c % 2 == 0 ? 1 : 0);
                if (spans.isEmpty()) {
                    return doc;
                }
                int[] s = spans.get(a % spans.size());
                return splice(doc, s[0], s[1], VALUES.get(b % VALUES.size()).getBytes(UTF_8));
            }
            case 8 -> { // change the a-th digit: timestamps, dates, sequences, versions
                List<int[]> spans = spans(DIGIT, new String(doc, ISO_8859_1), 0);
                if (spans.isEmpty()) {
                    return doc;
                }
                byte[] out = doc.clone();
                out[spans.get(a % spans.size())[0]] = (byte) ('0' + b % 10);
                return out;
            }
            case 9 -> { // copy a range of up to 64 bytes to another place
                if (n == 0) {
                    return doc;
                }
                int from = a % n;
                byte[] piece = Arrays.copyOfRange(doc, from, Math.min(n, from + 1 + c % 64));
                int at = b % (n + 1);
                return splice(doc, at, at, piece);
            }
            default -> { // change the a-th capital letter: enum values and action types
                List<int[]> spans = spans(CAPITAL, new String(doc, ISO_8859_1), 0);
                if (spans.isEmpty()) {
                    return doc;
                }
                byte[] out = doc.clone();
                out[spans.get(a % spans.size())[0]] = (byte) ('A' + b % 26);
                return out;
            }
        }
    }

    private static List<int[]> spans(Pattern pattern, String text, int group) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(group), m.end(group)});
        }
        return out;
    }

    private static byte[] splice(byte[] doc, int from, int to, byte[] insert) {
        byte[] out = new byte[doc.length - (to - from) + insert.length];
        System.arraycopy(doc, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(doc, to, out, from + insert.length, doc.length - to);
        return out;
    }

    private static List<byte[]> lines(byte[] doc) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < doc.length; i++) {
            if (doc[i] == '\n') {
                out.add(Arrays.copyOfRange(doc, start, i + 1));
                start = i + 1;
            }
        }
        out.add(Arrays.copyOfRange(doc, start, doc.length));
        return out;
    }

    private static byte[] join(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lines.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static byte[] bytesOf(String s) {
        return s.getBytes(ISO_8859_1);
    }

    private static List<Byte> bytesOf(String s, boolean boxed) {
        List<Byte> out = new ArrayList<>();
        for (byte b : bytesOf(s)) {
            out.add(b);
        }
        return out;
    }

    /** The input for a failure message: its length and its first 400 bytes, escaped. */
    static String show(byte[] bytes) {
        StringBuilder b = new StringBuilder().append(bytes.length).append(" bytes: \"");
        for (int i = 0; i < Math.min(bytes.length, 400); i++) {
            int x = bytes[i] & 0xFF;
            if (x == '"' || x == '\\') {
                b.append('\\').append((char) x);
            } else if (x >= 0x20 && x < 0x7F) {
                b.append((char) x);
            } else if (x == '\n') {
                b.append("\\n");
            } else {
                b.append(String.format("\\x%02X", x));
            }
        }
        return b.append(bytes.length > 400 ? "\"…" : "\"").toString();
    }
}
