package org.meldcode.examples.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import org.meldcode.model.Action;
import org.meldcode.model.ActionType;
import org.meldcode.model.Actor;
import org.meldcode.protocol.Protocol;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The form of each kind of action, derived from the action records themselves: a field per
 * record component (except {@code at} and {@code actor}, which the server and the chosen person
 * supply) with its kind ({@code boolean}, {@code text}, {@code id}, {@code date}, {@code enum},
 * {@code enums}, {@code actor}, {@code actors}, {@code record}), its label and, for choices, the
 * values with their labels.
 *
 * <p>A text component whose name ends in {@code Id} (an opaque staff id, such as a substitute's)
 * is an {@code id}: one line, not free text. A record component other than an {@link Actor} (the
 * {@link org.meldcode.model.Suspect} of a staff suspicion: a staff id and a position) is a
 * {@code record} whose own {@code fields} are derived in the same way; their labels are keyed by
 * the path, {@code field.suspect.staffId}.
 */
final class ActionForms {

    private ActionForms() {}

    /** The forms of the protocol's kinds of action, in the order of {@link ActionType}. */
    static ArrayNode all(Protocol protocol, Locale locale) {
        ArrayNode out = Json.array();
        for (ActionType type : ActionType.values()) {
            if (!protocol.actions().containsKey(type)) {
                continue;
            }
            ObjectNode form = out.addObject();
            form.put("type", type.name());
            form.put("label", Texts.label(type, locale));
            form.put("step", protocol.stepOf(type));
            form.set("roles", Views.roleList(protocol.rolesFor(type), locale));
            ArrayNode fields = form.putArray("fields");
            for (RecordComponent c : recordOf(type).getRecordComponents()) {
                if (!c.getName().equals("at") && !c.getName().equals("actor")) {
                    fields.add(field(c, "", locale));
                }
            }
        }
        return out;
    }

    /** The field of a record component; {@code parent} is the path of the record it is part of. */
    private static ObjectNode field(RecordComponent c, String parent, Locale locale) {
        ObjectNode f = Json.object();
        String path = parent + c.getName();
        f.put("name", c.getName());
        f.put("label", Texts.get(locale, "field." + path));
        Class<?> raw = c.getType();
        if (raw == boolean.class) {
            f.put("kind", "boolean");
            if (c.getName().equals("pupilIdentified")) {
                f.put("checked", true); // a report names the pupil; unticked, it is advice and refused
            }
        } else if (raw == String.class) {
            f.put("kind", c.getName().endsWith("Id") ? "id" : "text");
        } else if (raw == LocalDate.class) {
            f.put("kind", "date");
        } else if (raw == Actor.class) {
            f.put("kind", "actor");
        } else if (raw.isEnum()) {
            f.put("kind", "enum");
            f.set("values", values(raw, locale));
        } else if (raw.isRecord()) {
            f.put("kind", "record");
            ArrayNode parts = f.putArray("fields");
            for (RecordComponent part : raw.getRecordComponents()) {
                parts.add(field(part, path + ".", locale));
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            Type element = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
            if (element == Actor.class) {
                f.put("kind", "actors");
            } else {
                f.put("kind", "enums");
                f.set("values", values((Class<?>) element, locale));
            }
        } else {
            throw new IllegalStateException("no form field for " + c);
        }
        return f;
    }

    private static ArrayNode values(Class<?> enumType, Locale locale) {
        ArrayNode out = Json.array();
        for (Object v : enumType.getEnumConstants()) {
            ObjectNode n = out.addObject();
            n.put("value", ((Enum<?>) v).name());
            n.put("label", Texts.label((Enum<?>) v, locale));
        }
        return out;
    }

    /** The record class of a kind of action: {@code LOG_ENTRY} is {@code LogEntry}. */
    static Class<?> recordOf(ActionType type) {
        for (Class<?> c : Action.class.getPermittedSubclasses()) {
            if (c.getSimpleName().equals(camel(type.name()))) {
                return c;
            }
        }
        throw new IllegalStateException("no record for " + type);
    }

    private static String camel(String constant) {
        StringBuilder b = new StringBuilder();
        for (String part : constant.split("_")) {
            b.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
