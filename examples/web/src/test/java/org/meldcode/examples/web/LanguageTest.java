package org.meldcode.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.examples.web.Running.IB_NOTIFICATION;
import static org.meldcode.examples.web.Running.logEntry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meldcode.examples.web.Running.Answer;

/**
 * One language at a time: {@code ?lang=} and {@code Accept-Language} choose it, Dutch is the
 * default, and a Dutch answer, also a problem document about bad input, carries no English.
 */
class LanguageTest {

    /**
     * English words and phrases that have no place in a Dutch answer: the codec's wording of input
     * errors and common English words a half-translated sentence would keep. Matched as whole words,
     * any case, after the names the JSON format itself uses (such as {@code LOG_ENTRY}) are removed.
     */
    static final List<String> ENGLISH =
            englishWords(Path.of("..", "..", "meldcode-core", "src", "test", "resources", "english-in-dutch.txt"));

    /** The list of English words in {@code english-in-dutch.txt} (meldcode-core's test resources). */
    static List<String> englishWords(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern FORMAT_NAME = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b[A-Z]{2,}\\b");

    @TempDir
    static Path data;

    static Running app;

    @BeforeAll
    static void start() {
        app = new Running(data);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static List<String> english(String text) {
        String words = FORMAT_NAME.matcher(text).replaceAll(" ");
        List<String> found = new ArrayList<>();
        for (String w : ENGLISH) {
            if (Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])")
                    .matcher(words)
                    .find()) {
                found.add(w);
            }
        }
        return found;
    }

    /** Bad requests of every known kind, by what is wrong: the method, path and body. */
    private static Map<String, String[]> badRequests(String id) {
        String actions = "/api/cases/" + id + "/actions";
        Map<String, String[]> bad = new LinkedHashMap<>();
        bad.put("not JSON", new String[] {"POST", actions, "{\"expectedVersion\":0,"});
        bad.put("an empty body", new String[] {"POST", actions, ""});
        bad.put("not an object", new String[] {"POST", actions, "[1]"});
        bad.put("no version", new String[] {"POST", actions, "{\"action\":" + IB_NOTIFICATION + "}"});
        bad.put("no action", new String[] {"POST", actions, "{\"expectedVersion\":0}"});
        bad.put("unknown field", new String[] {"POST", actions, act("{\"type\":\"IB_NOTIFICATION\",\"actr\":1}")});
        bad.put("unknown value", new String[] {
            "POST", actions, act(logEntry("x").replace("INJURY", "BRUISE"))
        });
        bad.put("unknown action type", new String[] {"POST", actions, act("{\"type\":\"TELEPATHY\"}")});
        bad.put("missing field", new String[] {
            "POST", actions, act(logEntry("x").replace(",\"text\":\"x\"", ""))
        });
        bad.put("wrong kind", new String[] {"POST", actions, act("{\"type\":\"IB_NOTIFICATION\",\"actor\":\"ib\"}")});
        bad.put("bad date", new String[] {"POST", actions, act(logEntry("x").replace("2026-01-05", "gisteren"))});
        bad.put("bad flag", new String[] {"POST", actions, act(logEntry("x").replace("false}", "\"nee\"}"))});
        bad.put("blank text", new String[] {"POST", actions, act(logEntry(" "))});
        bad.put("id not text", new String[] {"POST", "/api/cases", "{\"id\":5}"});
        bad.put("unknown format", new String[] {"GET", "/api/cases/" + id + "/dossier?format=pdf", null});
        return bad;
    }

    private static String act(String action) {
        return "{\"expectedVersion\":0,\"action\":" + action + "}";
    }

    private static Answer send(String[] request, String query, String acceptLanguage) {
        String path = request[1] + (request[1].contains("?") ? "&" : "?") + query;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.base + path));
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        if (request[0].equals("POST")) {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(request[2]));
        } else {
            b.GET();
        }
        return app.send(b);
    }

    @Test
    void bad_input_asked_for_in_dutch_by_parameter_by_header_or_by_default_gets_a_problem_detail_without_english() {
        // GIVEN a case and bad requests of every known kind
        String id = app.newCase();
        List<String> found = new ArrayList<>();
        badRequests(id).forEach((what, request) -> {
            // WHEN each is sent in Dutch: by ?lang=nl, by Accept-Language, and with no language at all
            for (String[] way : new String[][] {{"lang=nl", null}, {"x=1", "nl-NL,nl;q=0.9"}, {"x=1", null}}) {
                Answer a = send(request, way[0], way[1]);
                assertThat(a.status()).as(what + ": " + a.body()).isEqualTo(400);
                String detail = a.json().get("detail").asString();
                // THEN its detail is Dutch: none of the English words of the list
                assertThat(detail).as(what).isNotBlank();
                if (!english(detail).isEmpty()) {
                    found.add(what + " (" + way[0] + ", " + way[1] + ") " + english(detail) + ": " + detail);
                }
                assertThat(a.json().get("title").asString()).isEqualTo("Ongeldige invoer");
            }
        });
        assertThat(found).isEmpty();
    }

    @Test
    void a_missing_field_is_said_in_dutch_or_in_english_as_the_request_asks() {
        // GIVEN a log entry without its text
        String id = app.newCase();
        String[] request = badRequests(id).get("missing field");

        // WHEN it is sent in Dutch and in English
        Answer dutch = send(request, "lang=nl", null);
        Answer english = send(request, "lang=en", null);

        // THEN both name the place; each says what is wrong in its own language
        assertThat(dutch.json().get("pointer").asString()).isEqualTo("/action/text");
        assertThat(english.json().get("pointer").asString()).isEqualTo("/action/text");
        assertThat(dutch.json().get("detail").asString()).isEqualTo("Dit veld ontbreekt; het is verplicht.");
        assertThat(english.json().get("detail").asString()).isEqualTo("missing required field");
    }

    @Test
    void the_lang_parameter_and_the_accept_language_header_each_choose_the_language() {
        // GIVEN a case
        String id = app.newCase();
        String guidance = "/api/cases/" + id + "/guidance";

        // WHEN its guidance is asked for by parameter, by header, by both and by neither
        Answer byParameter = app.get(guidance + "?lang=en");
        Answer byHeader = app.send(HttpRequest.newBuilder(URI.create(app.base + guidance))
                .header("Accept-Language", "en-GB,en;q=0.9")
                .GET());
        Answer parameterOverHeader = app.send(HttpRequest.newBuilder(URI.create(app.base + guidance + "?lang=nl"))
                .header("Accept-Language", "en")
                .GET());
        Answer byDefault = app.get(guidance);

        // THEN ?lang= and Accept-Language each give English, ?lang= wins over the header, Dutch is the default
        assertThat(byParameter.body()).contains("The teacher").doesNotContain("De leerkracht");
        assertThat(byHeader.body()).contains("The teacher").doesNotContain("De leerkracht");
        assertThat(parameterOverHeader.body()).contains("De leerkracht").doesNotContain("The teacher");
        assertThat(byDefault.body()).contains("De leerkracht").doesNotContain("The teacher");
    }

    @Test
    void the_dutch_texts_of_the_web_example_carry_no_english_and_no_synonym_the_glossary_rejects() throws IOException {
        // GIVEN the page's Dutch texts and the glossary's rejected synonyms
        Properties dutch = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/meldcode/examples/web/web.properties");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            dutch.load(reader);
        }
        List<String> rejected = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("..", "..", "docs", "glossary.md"), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\\|", -1);
            if (cells.length == 6
                    && !cells[4].isBlank()
                    && !cells[1].contains("---")
                    && !cells[1].contains("concept")) {
                for (String w : cells[4].split(",")) {
                    rejected.add(w.trim());
                }
            }
        }
        assertThat(rejected).contains("zaak", "dossier", "actie");

        // WHEN each text is searched (the language switch names English in English, on purpose;
        // "dossier" is the dossier document's own word)
        List<String> found = new ArrayList<>();
        for (String key : dutch.stringPropertyNames().stream().sorted().toList()) {
            String text = dutch.getProperty(key);
            if (!key.startsWith("page.language") && !english(text).isEmpty()) {
                found.add(key + " " + english(text) + ": " + text);
            }
            for (String w : rejected) {
                boolean document = w.equals("dossier") && key.equals("page.dossier");
                if (!document
                        && Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])")
                                .matcher(text)
                                .find()) {
                    found.add(key + " \"" + w + "\": " + text);
                }
            }
        }

        // THEN none is found
        assertThat(found).isEmpty();
    }
}
