package org.meldcode.json;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.meldcode.json.error.InvalidInputException;
import org.meldcode.json.internal.Mappers;
import org.meldcode.json.internal.RecordCodec;
import org.meldcode.model.Actor;
import org.meldcode.model.Role;
import org.meldcode.settings.InvalidSettingException;
import org.meldcode.settings.SchoolSettings;
import org.meldcode.settings.VeiligThuisContact;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads a school's settings file: YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}), one
 * shape in two syntaxes, described in {@code docs/settings.md} (example:
 * {@code docs/settings-example.yaml}). Reading is strict and all-or-nothing: an unknown key, a
 * value of the wrong kind or a value the settings refuse gives one {@link InvalidInputException}
 * naming the file, the place (a JSON pointer such as {@code /veiligThuis/phone}) and the problem.
 */
public final class SettingsFiles {

    static final Set<String> TOP = Set.of(
            "school",
            "veiligThuis",
            "safeguardingOfficers",
            "teacherMayJoinParentsConversation",
            "conversationSkipRoles",
            "followUpAfterHelp",
            "stepDeadlines");
    private static final Set<String> CONTACT = Set.of("region", "name", "phone", "website");
    private static final Set<String> OFFICER = Set.of("role", "staffId");

    /** Largest settings file accepted, in characters: a settings file is a few dozen lines. */
    static final int MAX_TEXT = 64 * 1024;

    private SettingsFiles() {}

    /**
     * Reads a settings file.
     *
     * @throws InvalidInputException when the file holds no valid settings (the message names the file)
     * @throws UncheckedIOException  when the file cannot be read
     */
    public static SchoolSettings read(Path file) {
        return Mappers.readFile(file, SettingsFiles::read);
    }

    /**
     * Reads settings from text.
     *
     * @param text the settings
     * @param json whether the text is JSON (YAML otherwise)
     * @throws InvalidInputException when the text holds no valid settings
     */
    public static SchoolSettings read(String text, boolean json) {
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(
                    null, "", "a settings file is larger than " + (MAX_TEXT / 1024) + " KB; settings are small");
        }
        ObjectMapper mapper = json ? Mappers.JSON : Mappers.YAML;
        return decode(Mappers.tree(mapper, text));
    }

    private static SchoolSettings decode(JsonNode root) {
        RecordCodec.requireObject(root, "");
        onlyKnown(root, "", TOP);
        String school = root.has("school") ? text(root.get("school"), "/school") : "";
        Optional<VeiligThuisContact> contact = Optional.empty();
        if (root.has("veiligThuis")) {
            JsonNode c = root.get("veiligThuis");
            RecordCodec.requireObject(c, "/veiligThuis");
            onlyKnown(c, "/veiligThuis", CONTACT);
            contact = Optional.of(valid(() -> new VeiligThuisContact(
                    optionalText(c, "/veiligThuis", "region"),
                    optionalText(c, "/veiligThuis", "name"),
                    optionalText(c, "/veiligThuis", "phone"),
                    optionalText(c, "/veiligThuis", "website"))));
        }
        List<Actor> officers = new ArrayList<>();
        if (root.has("safeguardingOfficers")) {
            JsonNode list = array(root.get("safeguardingOfficers"), "/safeguardingOfficers");
            for (int i = 0; i < list.size(); i++) {
                String at = "/safeguardingOfficers/" + i;
                JsonNode o = list.get(i);
                RecordCodec.requireObject(o, at);
                onlyKnown(o, at, OFFICER);
                Role role = role(required(o, at, "role"), at + "/role");
                String staffId = text(required(o, at, "staffId"), at + "/staffId");
                try {
                    officers.add(new Actor(role, staffId));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException(
                            null, at + "/staffId", e.getMessage().replace("Actor.", ""));
                }
            }
        }
        boolean teacherMayJoin = false;
        if (root.has("teacherMayJoinParentsConversation")) {
            JsonNode b = root.get("teacherMayJoinParentsConversation");
            if (!b.isBoolean()) {
                throw new InvalidInputException(
                        null,
                        "/teacherMayJoinParentsConversation",
                        "expected true or false, found " + RecordCodec.kind(b));
            }
            teacherMayJoin = b.booleanValue();
        }
        Optional<Set<Role>> skipRoles = Optional.empty();
        if (root.has("conversationSkipRoles")) {
            JsonNode list = array(root.get("conversationSkipRoles"), "/conversationSkipRoles");
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (int i = 0; i < list.size(); i++) {
                roles.add(role(list.get(i), "/conversationSkipRoles/" + i));
            }
            skipRoles = Optional.of(roles);
        }
        Optional<Period> followUp = Optional.empty();
        if (root.has("followUpAfterHelp")) {
            followUp = Optional.of(period(root.get("followUpAfterHelp"), "/followUpAfterHelp"));
        }
        Map<Integer, Period> deadlines = new LinkedHashMap<>();
        if (root.has("stepDeadlines")) {
            JsonNode d = root.get("stepDeadlines");
            RecordCodec.requireObject(d, "/stepDeadlines");
            for (Map.Entry<String, JsonNode> e : d.properties()) {
                String at = "/stepDeadlines/" + RecordCodec.escape(e.getKey());
                if (!e.getKey().matches("[0-9]{1,2}")) {
                    throw new InvalidInputException(
                            null, at, "unknown step '" + RecordCodec.shorten(e.getKey()) + "'; name a step number");
                }
                deadlines.put(Integer.parseInt(e.getKey()), period(e.getValue(), at));
            }
        }
        Optional<VeiligThuisContact> finalContact = contact;
        Optional<Set<Role>> finalSkipRoles = skipRoles;
        Optional<Period> finalFollowUp = followUp;
        boolean finalTeacherMayJoin = teacherMayJoin;
        return valid(() -> new SchoolSettings(
                school, finalContact, officers, finalTeacherMayJoin, finalSkipRoles, finalFollowUp, deadlines));
    }

    private interface Make<T> {
        T make();
    }

    /** Turns a refused setting into an error at its place in the file. */
    private static <T> T valid(Make<T> make) {
        try {
            return make.make();
        } catch (InvalidSettingException e) {
            String key = e.key().equals("school") ? "school" : e.key();
            throw new InvalidInputException(null, "/" + key.replace('.', '/'), e.problem());
        }
    }

    private static Period period(JsonNode node, String at) {
        if (node.isIntegralNumber()) {
            if (!node.canConvertToInt()) {
                throw new InvalidInputException(null, at, "the number of days is too large");
            }
            int days = node.intValue();
            if (days <= 0) {
                throw new InvalidInputException(null, at, "must be a positive number of days, was " + days);
            }
            return Period.ofDays(days);
        }
        if (!node.isString()) {
            throw new InvalidInputException(
                    null,
                    at,
                    "expected a number of days or a period such as P5D or P2W, found " + RecordCodec.kind(node));
        }
        try {
            Period p = Period.parse(node.asString().strip());
            if (p.isZero() || p.isNegative()) {
                throw new InvalidInputException(null, at, "must be a positive period, was " + node.asString());
            }
            return p;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    null,
                    at,
                    "'" + RecordCodec.shorten(node.asString()) + "' is no period; write e.g. P5D (5 days), P2W or P1M");
        }
    }

    private static Role role(JsonNode node, String at) {
        String name = text(node, at);
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    null,
                    at,
                    "unknown role '" + RecordCodec.shorten(name) + "'; expected one of: "
                            + RecordCodec.names(Role.values()));
        }
    }

    private static JsonNode array(JsonNode node, String at) {
        if (!node.isArray()) {
            throw new InvalidInputException(null, at, "expected a list, found " + RecordCodec.kind(node));
        }
        return node;
    }

    private static JsonNode required(JsonNode node, String at, String field) {
        JsonNode child = node.get(field);
        if (child == null || child.isNull()) {
            throw new InvalidInputException(null, at + "/" + field, "missing required field");
        }
        return child;
    }

    private static String optionalText(JsonNode node, String at, String field) {
        JsonNode child = node.get(field);
        if (child == null || child.isNull()) {
            throw new InvalidInputException(null, at + "/" + field, "missing required field");
        }
        return text(child, at + "/" + field);
    }

    private static String text(JsonNode node, String at) {
        if (!node.isString()) {
            throw new InvalidInputException(
                    null,
                    at,
                    "expected a string, found " + RecordCodec.kind(node)
                            + (node.isNumber() ? " (put quotes around it)" : ""));
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
                        "unknown key; expected one of: " + String.join(", ", new TreeSet<>(known)));
            }
        }
    }
}
