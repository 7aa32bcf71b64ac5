package org.meldcode.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.meldcode.protocol.Clause;
import org.meldcode.protocol.Message;
import org.meldcode.protocol.Protocol;
import org.meldcode.settings.SchoolSettings;
import org.meldcode.settings.VeiligThuisContact;

/**
 * Compares a school's protocol and settings with the national framework for the meldcode and
 * returns structured findings with severities.
 *
 * <p>Nothing here knows any particular protocol: the national framework is data
 * ({@code org/meldcode/review/national-framework.properties}: each requirement with its check,
 * severity and source), and a protocol says what it does in its own declarations
 * ({@link Protocol#declaration}, such as {@code framework.afwegingskader=false}). The review compares
 * the two, and the settings override the protocol's contact data. Where the school's text lacks a
 * route that the library adds to every protocol and enforces (the protocol declares it as
 * {@code KEY.library}, such as {@code routes.library}), the finding is
 * {@link Severity#ADDED_BY_LIBRARY}, not an error. What is checked:
 * {@code docs/review.md}.
 */
public final class ComplianceReview {

    private static final String RESOURCE = "/org/meldcode/review/national-framework.properties";
    private static final Properties FRAMEWORK = load();

    private ComplianceReview() {}

    /**
     * Reviews a protocol with a school's settings.
     *
     * @param protocol the protocol the school uses
     * @param settings the school's settings ({@link SchoolSettings#DEFAULTS} for none)
     * @return the findings, errors first
     */
    public static Review review(Protocol protocol, SchoolSettings settings) {
        List<ReviewFinding> findings = new ArrayList<>();
        for (String id : list(FRAMEWORK.getProperty("requirements"))) {
            check(id, protocol, settings).ifPresent(findings::add);
        }
        List<String> order = list(FRAMEWORK.getProperty("requirements"));
        findings.sort(Comparator.comparing(ReviewFinding::severity).thenComparing(f -> order.indexOf(f.id())));
        return new Review(protocol.ref(), settings, findings);
    }

    /** The ids of the requirements of the national framework, in order. */
    public static List<String> requirements() {
        return list(FRAMEWORK.getProperty("requirements"));
    }

    /**
     * The national source of a requirement in a language: Dutch (the default) or English for an
     * English locale; {@code fallback} when the framework names none in that language.
     */
    static String source(String id, Locale locale, String fallback) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        String value = english ? FRAMEWORK.getProperty(id + ".source") : FRAMEWORK.getProperty(id + ".source.nl");
        return value == null ? fallback : value.trim();
    }

    private static Optional<ReviewFinding> check(String id, Protocol protocol, SchoolSettings settings) {
        String kind = property(id, "check");
        String key = FRAMEWORK.getProperty(id + ".key", "");
        String setting = FRAMEWORK.getProperty(id + ".setting", "");
        String expected = FRAMEWORK.getProperty(id + ".expected", "");
        Optional<String> declared = key.isEmpty() ? Optional.empty() : protocol.declaration(key);
        List<String> clauses = new ArrayList<>();
        if (!key.isEmpty()) {
            for (Clause c : protocol.declarationClauses(key)) {
                clauses.add(c.id());
            }
        }
        List<String> settingKeys = setting.isEmpty() ? List.of() : List.of(setting);
        Finder finder = new Finder(id, clauses, settingKeys);
        switch (kind) {
            case "equals" -> {
                if (declared.isEmpty()) {
                    return finder.undeclared(key);
                }
                return declared.get().equals(expected)
                        ? Optional.empty()
                        : finder.found("", value(key, declared.get()), value(key, expected));
            }
            case "includes" -> {
                if (declared.isEmpty()) {
                    return finder.undeclared(key);
                }
                Set<String> has = new LinkedHashSet<>(list(declared.get()));
                List<Object> present = new ArrayList<>();
                has.forEach(v -> present.add(value(key, v)));
                List<Object> missing = new ArrayList<>();
                for (String e : list(expected)) {
                    if (!has.contains(e)) {
                        missing.add(value(key, e));
                    }
                }
                if (missing.isEmpty()) {
                    return Optional.empty();
                }
                Object presentText = present.isEmpty() ? Message.of("review.none") : present;
                // What the library adds to every protocol and its rules enforce (KEY.library)
                Set<String> added = new LinkedHashSet<>(
                        list(protocol.declaration(key + ".library").orElse("")));
                boolean allAdded =
                        list(expected).stream().filter(e -> !has.contains(e)).allMatch(added::contains);
                if (allAdded) {
                    List<String> enforcing = new ArrayList<>();
                    for (Clause c : protocol.declarationClauses(key + ".library")) {
                        enforcing.add(c.id());
                    }
                    List<String> all = new ArrayList<>(clauses);
                    all.addAll(enforcing);
                    return Optional.of(new ReviewFinding(
                            id,
                            Severity.ADDED_BY_LIBRARY,
                            Message.of("review." + id + ".title"),
                            Message.of("review.added-by-library", presentText, missing, String.join(", ", enforcing)),
                            all,
                            settingKeys,
                            property(id, "source")));
                }
                return finder.found("", presentText, missing);
            }
            case "phone" -> {
                Optional<VeiligThuisContact> contact = settings.veiligThuis();
                Message from = Message.of(contact.isPresent() ? "review.from.settings" : "review.from.protocol");
                Optional<String> value = contact.map(VeiligThuisContact::phone).or(() -> declared);
                if (value.isEmpty()) {
                    return finder.found("invalid", "—", expected, from);
                }
                Optional<String> digits = VeiligThuisContact.dutchPhoneNumber(value.get());
                if (digits.isEmpty()) {
                    return finder.found("invalid", value.get(), expected, from);
                }
                if (!digits.equals(VeiligThuisContact.dutchPhoneNumber(expected))) {
                    return finder.found("other", value.get(), expected, from);
                }
                return Optional.empty();
            }
            case "website" -> {
                Optional<VeiligThuisContact> contact = settings.veiligThuis();
                Message from = Message.of(contact.isPresent() ? "review.from.settings" : "review.from.protocol");
                Optional<String> value =
                        contact.map(VeiligThuisContact::website).or(() -> declared);
                if (value.isEmpty()) {
                    return finder.found("invalid", "—", expected, from);
                }
                Optional<String> host = VeiligThuisContact.host(value.get());
                if (host.isEmpty()) {
                    return finder.found("invalid", value.get(), expected, from);
                }
                for (String stale : list(FRAMEWORK.getProperty(id + ".stale", ""))) {
                    if (host.get().equals(stale) || host.get().endsWith("." + stale)) {
                        return finder.found("stale", value.get(), expected, from);
                    }
                }
                if (!(host.get().equals(expected) || host.get().endsWith("." + expected))) {
                    return finder.found("other", value.get(), expected, from);
                }
                return Optional.empty();
            }
            case "setting" -> {
                boolean given = switch (setting) {
                    case "followUpAfterHelp" -> settings.followUpAfterHelp().isPresent();
                    case "safeguardingOfficers" ->
                        !settings.safeguardingOfficers().isEmpty();
                    case "veiligThuis" -> settings.veiligThuis().isPresent();
                    case "stepDeadlines" -> !settings.stepDeadlines().isEmpty();
                    default ->
                        throw new IllegalStateException(RESOURCE + ": " + id + " names unknown setting " + setting);
                };
                return given ? Optional.empty() : finder.found("");
            }
            default -> throw new IllegalStateException(RESOURCE + ": " + id + " has unknown check " + kind);
        }
    }

    /** Builds the finding of one requirement for an outcome. */
    private record Finder(String id, List<String> clauses, List<String> settingKeys) {

        Optional<ReviewFinding> found(String outcome, Object... args) {
            String severity = outcome.isEmpty() || outcome.equals("invalid") || outcome.equals("stale")
                    ? property(id, "severity")
                    : property(id, "severity." + outcome);
            String explanation = "review." + id + ".explanation" + (outcome.isEmpty() ? "" : "." + outcome);
            return Optional.of(new ReviewFinding(
                    id,
                    Severity.valueOf(severity),
                    Message.of("review." + id + ".title"),
                    Message.of(explanation, args),
                    clauses,
                    settingKeys,
                    property(id, "source")));
        }

        Optional<ReviewFinding> undeclared(String key) {
            return Optional.of(new ReviewFinding(
                    id,
                    Severity.valueOf(FRAMEWORK.getProperty("severity.undeclared")),
                    Message.of("review." + id + ".title"),
                    Message.of("review.undeclared", key),
                    clauses,
                    settingKeys,
                    property(id, "source")));
        }
    }

    /** A declared value for people: its text in the bundle ({@code declaration.KEY.VALUE}), or the value itself. */
    private static Object value(String key, String value) {
        String textKey = "declaration." + key + "." + value;
        return Message.exists(textKey, Message.DUTCH) ? Message.of(textKey) : value;
    }

    private static String property(String id, String name) {
        String value = FRAMEWORK.getProperty(id + "." + name);
        if (value == null) {
            throw new IllegalStateException(RESOURCE + ": " + id + "." + name + " is missing");
        }
        return value.trim();
    }

    private static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = ComplianceReview.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return p;
    }
}
