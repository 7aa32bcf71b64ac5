package org.meldcode.scenario;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.meldcode.json.CaseJson;
import org.meldcode.json.error.InvalidInputException;
import org.meldcode.json.internal.Mappers;
import org.meldcode.json.internal.RecordCodec;
import org.meldcode.model.Action;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Protocol;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads scenario files: YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}), one format
 * in two syntaxes, described in {@code docs/scenarios.md}. Actions use the vocabulary of the case
 * document ({@link CaseJson}), with {@code at} and {@code actor} beside the action.
 *
 * <p>Reading checks everything it can before anything runs: the shape, the values, that the
 * protocol is known, that every expected clause exists in its catalogue, and that the steps'
 * times never go backwards. Any problem gives an {@link InvalidInputException} naming the file,
 * the place and the problem.
 */
public final class ScenarioFiles {

    private static final Set<String> TOP = Set.of("name", "protocol", "school", "case", "steps");
    private static final Set<String> STEP = Set.of("at", "actor", "action", "expect", "guidance");
    private static final Set<String> GUIDANCE = Set.of("currentStep", "obligations", "closed");

    /** Largest YAML scenario accepted, in characters: a long scenario has a few hundred steps. */
    static final int MAX_YAML = 1024 * 1024;

    private ScenarioFiles() {}

    /**
     * Reads one scenario file.
     *
     * @throws InvalidInputException when the file is not a valid scenario (the message names the file)
     * @throws UncheckedIOException  when the file cannot be read
     */
    public static Scenario read(Path file) {
        return Mappers.readFile(file, ScenarioFiles::read);
    }

    /**
     * Reads a scenario from text.
     *
     * @param text the scenario
     * @param json whether the text is JSON (YAML otherwise)
     * @throws InvalidInputException when the text is not a valid scenario
     */
    public static Scenario read(String text, boolean json) {
        if (!json && text.length() > MAX_YAML) {
            // the YAML parser's time grows faster than the length of a long token: refuse early
            throw new InvalidInputException(
                    null, "", "a YAML scenario is larger than " + (MAX_YAML / 1024) + " KB; scenarios are small");
        }
        ObjectMapper mapper = json ? Mappers.JSON : Mappers.YAML;
        JsonNode root = Mappers.tree(mapper, text);
        return decode(root);
    }

    private static Scenario decode(JsonNode root) {
        RecordCodec.requireObject(root, "");
        onlyKnown(root, "", TOP);
        String name = text(required(root, "", "name"), "/name");
        if (name.isBlank()) {
            throw new InvalidInputException(null, "/name", "must not be blank");
        }
        ProtocolRef protocol = RecordCodec.decodeRecord(required(root, "", "protocol"), "/protocol", ProtocolRef.class);
        Protocol catalogue;
        try {
            catalogue = Protocol.of(protocol);
        } catch (NoSuchElementException e) {
            throw new InvalidInputException(null, "/protocol", e.getMessage());
        }
        Map<String, String> school = new LinkedHashMap<>();
        JsonNode schoolNode = root.get("school");
        if (schoolNode != null) {
            RecordCodec.requireObject(schoolNode, "/school");
            for (Map.Entry<String, JsonNode> e : schoolNode.properties()) {
                school.put(e.getKey(), text(e.getValue(), "/school/" + RecordCodec.escape(e.getKey())));
            }
        }
        String caseId = "scenario-case";
        String pupilRef = "scenario-pupil";
        JsonNode caseNode = root.get("case");
        if (caseNode != null) {
            RecordCodec.requireObject(caseNode, "/case");
            onlyKnown(caseNode, "/case", Set.of("id", "pupilRef"));
            caseId = caseNode.has("id") ? text(caseNode.get("id"), "/case/id") : caseId;
            pupilRef = caseNode.has("pupilRef") ? text(caseNode.get("pupilRef"), "/case/pupilRef") : pupilRef;
        }
        try {
            org.meldcode.model.Case.open(caseId, pupilRef, protocol);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(null, "/case", e.getMessage());
        }
        JsonNode stepsNode = required(root, "", "steps");
        if (!stepsNode.isArray() || stepsNode.isEmpty()) {
            throw new InvalidInputException(null, "/steps", "expected a list of at least one step");
        }
        List<ScenarioStep> steps = new ArrayList<>();
        Instant previous = Instant.MIN;
        for (int i = 0; i < stepsNode.size(); i++) {
            String at = "/steps/" + i;
            ScenarioStep step = step(stepsNode.get(i), at, i + 1, catalogue);
            if (step.action().at().isBefore(previous)) {
                throw new InvalidInputException(
                        null,
                        at + "/at",
                        "the time " + step.action().at() + " is before the previous step's (" + previous
                                + "); steps go forward in time");
            }
            previous = step.action().at();
            steps.add(step);
        }
        try {
            return new Scenario(name, protocol, school, caseId, pupilRef, steps);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(null, "/", e.getMessage());
        }
    }

    private static ScenarioStep step(JsonNode node, String at, int number, Protocol catalogue) {
        RecordCodec.requireObject(node, at);
        onlyKnown(node, at, STEP);
        JsonNode actionNode = required(node, at, "action");
        RecordCodec.requireObject(actionNode, at + "/action");
        for (String misplaced : List.of("at", "actor")) {
            if (actionNode.has(misplaced)) {
                throw new InvalidInputException(
                        null, at + "/action/" + misplaced, "'" + misplaced + "' belongs beside the action, not in it");
            }
        }
        ObjectNode full = ((ObjectNode) actionNode).deepCopy();
        full.set("at", required(node, at, "at"));
        full.set("actor", required(node, at, "actor"));
        Action action;
        try {
            action = CaseJson.actionFromTree(full, at + "/action");
        } catch (InvalidInputException e) {
            String where =
                    e.location().replace(at + "/action/at", at + "/at").replace(at + "/action/actor", at + "/actor");
            throw new InvalidInputException(null, where, e.problem());
        }
        Expectation expected = expectation(required(node, at, "expect"), at + "/expect", catalogue);
        Optional<GuidanceExpectation> guidance = Optional.empty();
        if (node.has("guidance")) {
            guidance = Optional.of(guidance(node.get("guidance"), at + "/guidance", catalogue));
        }
        return new ScenarioStep(number, action, expected, guidance);
    }

    private static Expectation expectation(JsonNode node, String at, Protocol catalogue) {
        if (node.isString() && node.asString().equals("permitted")) {
            return new Expectation.Permitted();
        }
        if (node.isObject() && node.size() == 1 && node.has("refused")) {
            Set<String> ids = clauses(node.get("refused"), at + "/refused", catalogue);
            if (ids.isEmpty()) {
                throw new InvalidInputException(null, at + "/refused", "name at least one clause id");
            }
            return new Expectation.Refused(ids);
        }
        throw new InvalidInputException(
                null, at, "expected 'permitted' or {refused: [clause ids]}, found " + RecordCodec.kind(node));
    }

    private static GuidanceExpectation guidance(JsonNode node, String at, Protocol catalogue) {
        RecordCodec.requireObject(node, at);
        onlyKnown(node, at, GUIDANCE);
        OptionalInt step = OptionalInt.empty();
        if (node.has("currentStep")) {
            JsonNode s = node.get("currentStep");
            if (!s.isInt()) {
                throw new InvalidInputException(
                        null, at + "/currentStep", "expected a whole number, found " + RecordCodec.kind(s));
            }
            step = OptionalInt.of(s.intValue());
        }
        Optional<Set<String>> obligations = Optional.empty();
        if (node.has("obligations")) {
            obligations = Optional.of(clauses(node.get("obligations"), at + "/obligations", catalogue));
        }
        Optional<Boolean> closed = Optional.empty();
        if (node.has("closed")) {
            JsonNode c = node.get("closed");
            if (!c.isBoolean()) {
                throw new InvalidInputException(
                        null, at + "/closed", "expected true or false, found " + RecordCodec.kind(c));
            }
            closed = Optional.of(c.booleanValue());
        }
        return new GuidanceExpectation(step, obligations, closed);
    }

    private static Set<String> clauses(JsonNode node, String at, Protocol catalogue) {
        if (!node.isArray()) {
            throw new InvalidInputException(null, at, "expected a list of clause ids, found " + RecordCodec.kind(node));
        }
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String id = text(node.get(i), at + "/" + i);
            if (catalogue.find(id).isEmpty()) {
                throw new InvalidInputException(
                        null,
                        at + "/" + i,
                        "unknown clause '" + RecordCodec.shorten(id) + "' in protocol " + catalogue.ref());
            }
            ids.add(id);
        }
        return ids;
    }

    private static JsonNode required(JsonNode node, String at, String field) {
        JsonNode child = node.get(field);
        if (child == null || child.isNull()) {
            throw new InvalidInputException(null, at + "/" + field, "missing required field");
        }
        return child;
    }

    private static String text(JsonNode node, String at) {
        if (!node.isString()) {
            throw new InvalidInputException(null, at, "expected a string, found " + RecordCodec.kind(node));
        }
        return node.asString();
    }

    private static void onlyKnown(JsonNode node, String at, Set<String> known) {
        for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new InvalidInputException(
                        null,
                        at + "/" + RecordCodec.escape(name),
                        "unknown field; expected one of: " + String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
    }
}
