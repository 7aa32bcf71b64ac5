package org.meldcode.json.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.meldcode.json.error.InvalidInputException;
import org.meldcode.model.Action;
import org.meldcode.model.ActionType;
import org.meldcode.model.Actor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the model's records into JSON trees and back, field by field, from the records' own
 * components: every record of the model and every action type is covered without annotations on
 * the domain. Actions carry their {@link ActionType} name in a {@code type} field.
 *
 * <p>Reading is strict: every field is required, unknown fields are refused, and each problem is
 * reported with the JSON pointer of its place. Writing is deterministic: fields in record order,
 * set elements sorted.
 */
public final class RecordCodec {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, Class<? extends Action>> ACTIONS = actionClasses();

    private RecordCodec() {}

    // --- writing ---

    public static ObjectNode encodeRecord(Record value) {
        ObjectNode node = NODES.objectNode();
        if (value instanceof Action action) {
            node.put("type", action.type().name());
        }
        Shape shape = SHAPES.get(value.getClass());
        for (int i = 0; i < shape.components.length; i++) {
            node.set(shape.names[i], encode(read(shape.components[i], shape.accessors[i], value)));
        }
        return node;
    }

    /** How many times a record type's components, accessors and constructor were looked up. */
    private static final java.util.concurrent.atomic.AtomicLong LOOKUPS = new java.util.concurrent.atomic.AtomicLong();

    /**
     * The number of reflective look-ups of record types so far: each record type is looked up once
     * per class loader, however many values of it are read or written.
     *
     * @return the count since the class was loaded
     */
    public static long lookups() {
        return LOOKUPS.get();
    }

    /** A record type's components, their names, types and accessors, and its canonical constructor. */
    private static final class Shape {
        final RecordComponent[] components;
        final String[] names;
        final Type[] types;
        final java.lang.reflect.Method[] accessors;
        final Set<String> known;
        final Constructor<?> constructor;

        Shape(Class<?> type) {
            LOOKUPS.incrementAndGet();
            components = type.getRecordComponents();
            names = new String[components.length];
            types = new Type[components.length];
            accessors = new java.lang.reflect.Method[components.length];
            Class<?>[] raw = new Class<?>[components.length];
            Set<String> k = new java.util.HashSet<>();
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                types[i] = components[i].getGenericType();
                accessors[i] = components[i].getAccessor();
                raw[i] = components[i].getType();
                k.add(names[i]);
            }
            known = Set.copyOf(k);
            Constructor<?> found;
            try {
                found = type.getDeclaredConstructor(raw);
            } catch (NoSuchMethodException e) {
                found = null; // reported when a value is constructed
            }
            constructor = found;
        }
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return new Shape(type);
        }
    };

    private static JsonNode encode(Object value) {
        if (value instanceof String s) {
            return NODES.stringNode(s);
        } else if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (value instanceof Integer i) {
            return NODES.numberNode(i);
        } else if (value instanceof Instant || value instanceof LocalDate) {
            return NODES.stringNode(value.toString());
        } else if (value instanceof Enum<?> e) {
            return NODES.stringNode(e.name());
        } else if (value instanceof Record r) {
            return encodeRecord(r);
        } else if (value instanceof Collection<?> items) {
            List<Object> ordered = new ArrayList<>(items);
            if (items instanceof Set<?>) {
                ordered.sort(SET_ORDER);
            }
            ArrayNode array = NODES.arrayNode();
            ordered.forEach(item -> array.add(encode(item)));
            return array;
        }
        throw new IllegalStateException("no JSON form for " + value.getClass().getName());
    }

    /** Sets are written sorted, so that the same case always gives the same document. */
    private static final Comparator<Object> SET_ORDER = (a, b) -> {
        if (a instanceof Enum<?> x && b instanceof Enum<?> y) {
            return Integer.compare(x.ordinal(), y.ordinal());
        }
        if (a instanceof Actor x && b instanceof Actor y) {
            int byRole = Integer.compare(x.role().ordinal(), y.role().ordinal());
            return byRole != 0 ? byRole : x.staffId().compareTo(y.staffId());
        }
        return a.toString().compareTo(b.toString());
    };

    private static Object read(RecordComponent c, java.lang.reflect.Method accessor, Record value) {
        try {
            return accessor.invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c, e);
        }
    }

    // --- reading ---

    public static <R extends Record> R decodeRecord(
            JsonNode node, String pointer, Class<R> type, String... extraFields) {
        return decodeRecord(node, Place.of(pointer), type, extraFields);
    }

    /**
     * Decodes an element of an array as a record; its place, the array's pointer and the index,
     * is spelled out only for a problem.
     */
    public static <R extends Record> R decodeElement(JsonNode node, String arrayPointer, int index, Class<R> type) {
        return decodeRecord(node, Place.of(arrayPointer).element(index), type);
    }

    public static Action decodeAction(JsonNode node, String pointer) {
        return decodeAction(node, Place.of(pointer));
    }

    /**
     * A place in the document being read: its JSON pointer, spelled out only when a problem is
     * reported there, so that reading a long case builds no pointer for the values that are fine.
     */
    private static final class Place {
        private final Place parent;
        private final String pointer; // the whole pointer at the root; the escaped or plain name below it
        private final int index; // the array index, when the name is null

        private Place(Place parent, String pointer, int index) {
            this.parent = parent;
            this.pointer = pointer;
            this.index = index;
        }

        static Place of(String pointer) {
            return new Place(null, pointer, -1);
        }

        /** The field of a record, by its component name (no escaping needed). */
        Place field(String name) {
            return new Place(this, name, -1);
        }

        /** An element of an array. */
        Place element(int i) {
            return new Place(this, null, i);
        }

        @Override
        public String toString() {
            Mappers.pointerBuilt();
            StringBuilder b = new StringBuilder();
            append(b);
            return b.toString();
        }

        private void append(StringBuilder b) {
            if (parent == null) {
                b.append(pointer);
                return;
            }
            parent.append(b);
            b.append('/');
            if (pointer != null) {
                b.append(pointer);
            } else {
                b.append(index);
            }
        }
    }

    private static <R extends Record> R decodeRecord(
            JsonNode node, Place pointer, Class<R> type, String... extraFields) {
        requireObject(node, pointer);
        Shape shape = SHAPES.get(type);
        RecordComponent[] components = shape.components;
        for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            if (!shape.known.contains(name) && !Arrays.asList(extraFields).contains(name)) {
                unknownField(pointer, name, shape, extraFields);
            }
        }
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String field = shape.names[i];
            JsonNode child = node.get(field);
            if (child == null || child.isMissingNode()) {
                throw new InvalidInputException(null, pointer.field(field).toString(), "missing required field");
            }
            args[i] = decode(child, pointer.field(field), shape.types[i]);
        }
        try {
            if (shape.constructor == null) {
                throw new NoSuchMethodException("no canonical constructor in " + type.getName());
            }
            return type.cast(shape.constructor.newInstance(args));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            String why = cause == null ? "invalid value" : String.valueOf(cause.getMessage());
            String at = pointer.toString();
            throw new InvalidInputException(null, at.isEmpty() ? "/" : at, why);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    private static void unknownField(Place pointer, String name, Shape shape, String[] extraFields) {
        Set<String> known = new LinkedHashSet<>(Arrays.asList(extraFields));
        known.addAll(Arrays.asList(shape.names));
        throw new InvalidInputException(
                null, pointer + "/" + escape(name), "unknown field; expected one of: " + String.join(", ", known));
    }

    private static Action decodeAction(JsonNode node, Place pointer) {
        requireObject(node, pointer);
        JsonNode typeNode = node.get("type");
        if (typeNode == null) {
            throw new InvalidInputException(null, pointer + "/type", "missing required field");
        }
        if (!typeNode.isString()) {
            throw new InvalidInputException(null, pointer + "/type", "expected a string, found " + kind(typeNode));
        }
        Class<? extends Action> type = ACTIONS.get(typeNode.asString());
        if (type == null) {
            throw new InvalidInputException(
                    null,
                    pointer + "/type",
                    "unknown action type '" + shorten(typeNode.asString()) + "'; valid: " + names(ActionType.values()));
        }
        @SuppressWarnings("unchecked")
        Class<? extends Record> record = (Class<? extends Record>) type.asSubclass(Record.class);
        return (Action) decodeRecord(node, pointer, record, "type");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object decode(JsonNode node, Place at, Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type element = p.getActualTypeArguments()[0];
            if (!node.isArray()) {
                throw new InvalidInputException(null, at.toString(), "expected an array, found " + kind(node));
            }
            if (raw == List.class) {
                List<Object> list = new ArrayList<>(node.size());
                for (int i = 0; i < node.size(); i++) {
                    list.add(decode(node.get(i), at.element(i), element));
                }
                return list;
            }
            if (raw == Set.class) {
                Set<Object> set = new LinkedHashSet<>();
                for (int i = 0; i < node.size(); i++) {
                    if (!set.add(decode(node.get(i), at.element(i), element))) {
                        throw new InvalidInputException(
                                null, at.element(i).toString(), "the same element is listed twice");
                    }
                }
                return set;
            }
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return text(node, at);
        } else if (c == boolean.class) {
            if (!node.isBoolean()) {
                throw new InvalidInputException(null, at.toString(), "expected true or false, found " + kind(node));
            }
            return node.booleanValue();
        } else if (c == int.class) {
            if (!node.isInt()) {
                throw new InvalidInputException(null, at.toString(), "expected a whole number, found " + kind(node));
            }
            return node.intValue();
        } else if (c == Instant.class) {
            String s = text(node, at);
            try {
                return instant(s);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(
                        null,
                        at.toString(),
                        "expected a UTC timestamp such as 2026-09-07T08:30:00Z, found '" + shorten(s) + "'");
            }
        } else if (c == LocalDate.class) {
            String s = text(node, at);
            try {
                return date(s);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(
                        null, at.toString(), "expected a date such as 2026-09-07, found '" + shorten(s) + "'");
            }
        } else if (c.isEnum()) {
            String s = text(node, at);
            for (Object constant : c.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(s)) {
                    return constant;
                }
            }
            throw new InvalidInputException(
                    null,
                    at.toString(),
                    "unknown value '" + shorten(s) + "'; valid: " + names((Enum[]) c.getEnumConstants()));
        } else if (c == Action.class) {
            return decodeAction(node, at);
        } else if (c.isRecord()) {
            return decodeRecord(node, at, (Class<Record>) c);
        }
        throw new IllegalStateException("no JSON form for " + type);
    }

    /**
     * {@link Instant#parse} of a timestamp: the form a case document holds, such as
     * 2026-09-07T08:30:00Z, is read directly; every other text, valid or not, goes to
     * {@code Instant.parse}, so the answer and the error are the same.
     */
    static Instant instant(String s) {
        if (s.length() == 20
                && s.charAt(4) == '-'
                && s.charAt(7) == '-'
                && s.charAt(10) == 'T'
                && s.charAt(13) == ':'
                && s.charAt(16) == ':'
                && s.charAt(19) == 'Z') {
            LocalDate day = usualDate(s);
            int hour = number(s, 11);
            int minute = number(s, 14);
            int second = number(s, 17);
            if (day != null && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59) {
                return Instant.ofEpochSecond(day.toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second);
            }
        }
        return Instant.parse(s);
    }

    /**
     * {@link LocalDate#parse} of a date: the usual form, such as 2026-09-07, is read directly;
     * every other text goes to {@code LocalDate.parse}, so the answer and the error are the same.
     */
    static LocalDate date(String s) {
        LocalDate day = s.length() == 10 ? usualDate(s) : null;
        return day != null ? day : LocalDate.parse(s);
    }

    /** The date in the first ten characters when they are yyyy-MM-dd with a valid day; otherwise null. */
    private static LocalDate usualDate(String s) {
        if (s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int high = number(s, 0);
        int low = number(s, 2);
        int month = number(s, 5);
        int day = number(s, 8);
        if (high < 0 || low < 0 || month < 1 || month > 12 || day < 1) {
            return null;
        }
        int year = high * 100 + low;
        if (day > java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The two ASCII digits at the index as a number, or -1 when they are not two such digits. */
    private static int number(String s, int at) {
        char tens = s.charAt(at);
        char ones = s.charAt(at + 1);
        if (tens < '0' || tens > '9' || ones < '0' || ones > '9') {
            return -1;
        }
        return (tens - '0') * 10 + (ones - '0');
    }

    private static String text(JsonNode node, Place at) {
        if (!node.isString()) {
            throw new InvalidInputException(null, at.toString(), "expected a string, found " + kind(node));
        }
        return node.asString();
    }

    private static void requireObject(JsonNode node, Place pointer) {
        if (!node.isObject()) {
            String at = pointer.toString();
            throw new InvalidInputException(null, at.isEmpty() ? "/" : at, "expected an object, found " + kind(node));
        }
    }

    private static String text(JsonNode node, String at) {
        if (!node.isString()) {
            throw new InvalidInputException(null, at, "expected a string, found " + kind(node));
        }
        return node.asString();
    }

    public static void requireObject(JsonNode node, String pointer) {
        if (!node.isObject()) {
            throw new InvalidInputException(
                    null, pointer.isEmpty() ? "/" : pointer, "expected an object, found " + kind(node));
        }
    }

    public static String kind(JsonNode node) {
        if (node.isString()) {
            return "a string";
        } else if (node.isNumber()) {
            return "a number";
        } else if (node.isBoolean()) {
            return "true/false";
        } else if (node.isArray()) {
            return "an array";
        } else if (node.isObject()) {
            return "an object";
        } else if (node.isNull()) {
            return "null";
        }
        return "something else";
    }

    public static String names(Enum<?>[] values) {
        StringJoiner j = new StringJoiner(", ");
        for (Enum<?> v : values) {
            j.add(v.name());
        }
        return j.toString();
    }

    public static String escape(String name) {
        return shorten(name).replace("~", "~0").replace("/", "~1");
    }

    public static String shorten(String s) {
        String printable = s;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) { // a control character: only then the pattern
                printable = s.replaceAll("\\p{Cntrl}", "?");
                break;
            }
        }
        return printable.length() > 60 ? printable.substring(0, 60) + "…" : printable;
    }

    private static Map<String, Class<? extends Action>> actionClasses() {
        Map<String, Class<? extends Action>> map = new HashMap<>();
        for (Class<?> c : Action.class.getPermittedSubclasses()) {
            String constant =
                    c.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
            ActionType.valueOf(constant); // every action record has its ActionType constant
            map.put(constant, c.asSubclass(Action.class));
        }
        if (map.size() != ActionType.values().length) {
            throw new IllegalStateException("action records and ActionType constants differ: " + map.keySet());
        }
        return Map.copyOf(map);
    }
}
