package org.meldcode.model;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * The tamper evidence of a case: a SHA-256 hash chain over its events.
 *
 * <p>Each {@link Event} carries the hash of the previous event's canonical form; the first carries
 * the case's genesis value, a hash of its id, pupil reference and protocol. Changing, removing,
 * inserting or moving an event breaks the chain at the next event; {@link #verify} finds the first
 * break. A change to the <em>last</em> event shows only against its hash, {@link #head}, which the
 * case document stores and which a host should also keep in its own audit trail: the chain shows
 * tampering, it cannot stop a party holding the whole file from rewriting all of it
 * ({@code docs/integrity.md}).
 */
public final class Integrity {

    private static final HexFormat HEX = HexFormat.of();
    private static final String DIGITS = "0123456789abcdef";

    private Integrity() {}

    /**
     * Where a chain breaks.
     *
     * @param sequence the first event that does not match (the event count + 1 when the head differs)
     * @param reason   what does not match, for people to read
     */
    public record Break(int sequence, String reason) {}

    /** The genesis value of a case: what its first event's {@code previousHash} must be. */
    public static String genesis(String caseId, String pupilRef, ProtocolRef protocol) {
        return sha256("meldcode-case/1\nid:" + caseId + "\npupil:" + pupilRef + "\nprotocol:" + protocol);
    }

    /** The hash of an event: SHA-256 over its canonical form, as 64 lower-case hex digits. */
    public static String hash(Event event) {
        return sha256(canonical(event));
    }

    /** The hash of the last event, or the genesis value of a case without events. */
    public static String head(Case caseFile) {
        List<Event> events = caseFile.events();
        return events.isEmpty()
                ? genesis(caseFile.id(), caseFile.pupilRef(), caseFile.protocol())
                : ((EventList) events).hash(events.size() - 1); // computed once per event
    }

    /**
     * The first place where the case's chain does not hold, if any.
     *
     * @param caseFile the case
     * @return empty when every event's {@code previousHash} matches
     */
    public static Optional<Break> verify(Case caseFile) {
        Optional<Break> found = firstBreak(caseFile);
        if (found.isEmpty()) {
            ((EventList) caseFile.events()).markIntact(EventList.Origin.of(caseFile));
        }
        return found;
    }

    /**
     * Whether the case's chain is known to hold without checking it again: true when the case was
     * built by {@link Case#append} from an empty case, or its events were checked by
     * {@link #verify} (as reading a case document does) and only appended to since. Then its
     * {@link #head} names its whole history (id, pupil, protocol and every event), and a host or an
     * engine may key what it computed of the case by the head alone. False for a case whose events
     * were handed to {@link Case}'s constructor and never checked, whether or not they hold.
     *
     * @param caseFile the case
     * @return whether the chain is known intact; never checks it (constant time)
     */
    public static boolean known(Case caseFile) {
        return ((EventList) caseFile.events()).isIntact(EventList.Origin.of(caseFile));
    }

    private static Optional<Break> firstBreak(Case caseFile) {
        String genesis = genesis(caseFile.id(), caseFile.pupilRef(), caseFile.protocol());
        List<Event> events = caseFile.events();
        int parts = parts(events.size());
        if (parts <= 1) {
            return firstBreak(events, 0, events.size(), genesis);
        }
        // a long chain is checked in parts at once: whether an event follows depends only on it and
        // the event before it, so the first part that breaks holds the first break
        List<ForkJoinTask<Optional<Break>>> others = new ArrayList<>(parts - 1);
        for (int p = 1; p < parts; p++) {
            int from = part(events.size(), parts, p);
            int to = part(events.size(), parts, p + 1);
            others.add(ForkJoinPool.commonPool().submit(() -> firstBreak(events, from, to, genesis)));
        }
        Optional<Break> found = firstBreak(events, 0, part(events.size(), parts, 1), genesis);
        for (ForkJoinTask<Optional<Break>> other : others) {
            if (found.isPresent()) {
                other.cancel(false);
            } else {
                found = other.join();
            }
        }
        return found;
    }

    /** The fewest events a part of a chain checked at once holds. */
    static final int EVENTS_PER_PART = 4_096;

    /** Into how many parts a chain of so many events is split to be checked at once. */
    static int parts(int events) {
        int processors = Runtime.getRuntime().availableProcessors();
        int pool = ForkJoinPool.getCommonPoolParallelism();
        return processors < 2 || pool < 1
                ? 1
                : Math.max(1, Math.min(Math.min(processors, pool + 1), events / EVENTS_PER_PART));
    }

    /** Where the given part of a chain of so many events split into so many parts starts. */
    private static int part(int events, int parts, int part) {
        return (int) ((long) events * part / parts);
    }

    /**
     * The first event from {@code from} (inclusive) to {@code to} (exclusive) that does not follow
     * the one before it (the first event: the genesis value), if any.
     */
    private static Optional<Break> firstBreak(List<Event> events, int from, int to, String genesis) {
        Hasher hasher = new Hasher();
        byte[] previous = from == 0 ? null : hasher.hash(events.get(from - 1));
        for (int i = from; i < to; i++) {
            Event e = events.get(i);
            boolean follows = previous == null ? e.previousHash().equals(genesis) : isHexOf(e.previousHash(), previous);
            if (!follows) {
                return Optional.of(new Break(
                        e.sequence(),
                        e.sequence() == 1
                                ? "event 1 does not start this case's chain: the case's id, pupil or protocol"
                                        + " was changed, or events were removed or inserted before it"
                                : "event " + e.sequence() + " does not follow event " + (e.sequence() - 1)
                                        + ": an event was changed, removed, inserted or moved at or before it"));
            }
            if (i + 1 < to) { // the next part hashes its own first event's predecessor
                previous = hasher.hash(e);
            }
        }
        return Optional.empty();
    }

    /** Whether the text is the given hash written as lower-case hex digits (as {@link #hash} writes it). */
    private static boolean isHexOf(String text, byte[] hash) {
        if (text.length() != 2 * hash.length) {
            return false;
        }
        for (int i = 0; i < hash.length; i++) {
            if (text.charAt(2 * i) != DIGITS.charAt((hash[i] >> 4) & 0xF)
                    || text.charAt(2 * i + 1) != DIGITS.charAt(hash[i] & 0xF)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Hashes events one after another with one digest and one buffer for their canonical form,
     * as {@link #hash} does for one.
     */
    private static final class Hasher {
        private final MessageDigest digest = digest();
        private final StringBuilder text = new StringBuilder(256);

        byte[] hash(Event event) {
            text.setLength(0);
            write(text, event);
            return digest.digest(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The first place where the case's chain does not hold, also against the head a host kept.
     *
     * @param caseFile the case
     * @param head     the hash of the last event as the host recorded it
     */
    public static Optional<Break> verify(Case caseFile, String head) {
        Optional<Break> chain = verify(caseFile);
        if (chain.isPresent() || head(caseFile).equals(head)) {
            return chain;
        }
        return Optional.of(new Break(
                caseFile.size(),
                caseFile.isEmpty()
                        ? "the case has no events, but its recorded head says it had"
                        : "the last event (" + caseFile.size() + ") was changed, or events were added or removed"
                                + " at the end"));
    }

    static void checkHash(String value, String field) {
        Checks.present(value, field);
        if (!isHash(value)) {
            throw new IllegalArgumentException(field + " must be 64 lower-case hex digits (a SHA-256 hash)");
        }
    }

    /** Whether the text is 64 lower-case hex digits. */
    private static boolean isHash(String value) {
        if (value.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The canonical form of a value: compact, JSON-like, fields in record order, an action's type
     * first, set elements sorted by their own canonical form. Stable across runs and machines.
     */
    static String canonical(Object value) {
        StringBuilder b = new StringBuilder(256);
        write(b, value);
        return b.toString();
    }

    private static void write(StringBuilder b, Object value) {
        if (value instanceof String s) {
            quote(b, s);
        } else if (value instanceof Integer i) {
            b.append(i.intValue());
        } else if (value instanceof Boolean x) {
            b.append(x.booleanValue());
        } else if (value instanceof Enum<?> e) {
            quote(b, e.name());
        } else if (value instanceof Record r) {
            b.append('{');
            boolean first = true;
            if (r instanceof Action a) {
                b.append("\"type\":");
                quote(b, a.type().name());
                first = false;
            }
            Components components = COMPONENTS.get(r.getClass());
            for (int i = 0; i < components.names.length; i++) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                b.append(components.keys[i]);
                write(b, components.value(i, r));
            }
            b.append('}');
        } else if (value instanceof java.util.Set<?> items) {
            List<String> parts = new ArrayList<>(items.size());
            for (Object item : items) {
                parts.add(canonical(item));
            }
            parts.sort(null);
            b.append('[').append(String.join(",", parts)).append(']');
        } else if (value instanceof Collection<?> items) { // a list: in its own order, written in place
            b.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                write(b, item);
            }
            b.append(']');
        } else if (value instanceof Instant t) {
            b.append('"');
            instant(b, t);
            b.append('"');
        } else if (value instanceof LocalDate d) {
            b.append('"');
            date(b, d);
            b.append('"');
        } else {
            quote(b, String.valueOf(value));
        }
    }

    /** The seconds from 1970 to the first moment of the year 0 (UTC). */
    private static final long YEAR_0 = LocalDate.of(0, 1, 1).toEpochDay() * 86_400L;

    /** The seconds from 1970 to the first moment after the year 9999 (UTC). */
    private static final long YEAR_10000 = LocalDate.of(10_000, 1, 1).toEpochDay() * 86_400L;

    /**
     * Writes a timestamp as {@link Instant#toString} does (ISO-8601 in UTC, seconds always, a
     * fraction of 3, 6 or 9 digits only when there is one), without the general formatter for the
     * years 0 to 9999; any other year goes to {@code toString}.
     */
    static void instant(StringBuilder b, Instant t) {
        long seconds = t.getEpochSecond();
        if (seconds < YEAR_0 || seconds >= YEAR_10000) {
            b.append(t);
            return;
        }
        long day = Math.floorDiv(seconds, 86_400L);
        int time = (int) Math.floorMod(seconds, 86_400L);
        date(b, LocalDate.ofEpochDay(day));
        b.append('T');
        digits(b, time / 3_600, 2);
        b.append(':');
        digits(b, time / 60 % 60, 2);
        b.append(':');
        digits(b, time % 60, 2);
        int nano = t.getNano();
        if (nano != 0) {
            b.append('.');
            if (nano % 1_000_000 == 0) {
                digits(b, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                digits(b, nano / 1_000, 6);
            } else {
                digits(b, nano, 9);
            }
        }
        b.append('Z');
    }

    /** Writes a date as {@link LocalDate#toString} does, directly for the years 0 to 9999. */
    static void date(StringBuilder b, LocalDate d) {
        int year = d.getYear();
        if (year < 0 || year > 9_999) {
            b.append(d);
            return;
        }
        digits(b, year, 4);
        b.append('-');
        digits(b, d.getMonthValue(), 2);
        b.append('-');
        digits(b, d.getDayOfMonth(), 2);
    }

    /** Writes a number of at most the given count of digits, with leading zeros to that count. */
    private static void digits(StringBuilder b, int value, int count) {
        for (int unit = count == 2 ? 10 : count == 3 ? 100 : count == 4 ? 1_000 : count == 6 ? 100_000 : 100_000_000;
                unit > 0;
                unit /= 10) {
            b.append((char) ('0' + value / unit % 10));
        }
    }

    /** A record type's component names and accessors, looked up once per type. */
    private static final class Components {
        final String[] names;
        /** Each name as the canonical form writes it before its value: quoted, with a colon. */
        final String[] keys;

        final java.lang.reflect.Method[] accessors;

        /**
         * Each accessor as a method handle taking a record and giving an object, or null where
         * this class may not make one; then the accessor is called by reflection.
         */
        final MethodHandle[] handles;

        Components(Class<?> type) {
            var components = type.getRecordComponents();
            names = new String[components.length];
            keys = new String[components.length];
            accessors = new java.lang.reflect.Method[components.length];
            handles = new MethodHandle[components.length];
            MethodType recordToObject = MethodType.methodType(Object.class, Record.class);
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                StringBuilder key = new StringBuilder();
                quote(key, names[i]);
                keys[i] = key.append(':').toString();
                accessors[i] = components[i].getAccessor();
                try {
                    handles[i] = MethodHandles.lookup().unreflect(accessors[i]).asType(recordToObject);
                } catch (IllegalAccessException e) {
                    handles[i] = null; // a record this class cannot see into: reflection says why
                }
            }
        }

        /** The value of the component at the index in the record. */
        Object value(int i, Record r) {
            try {
                return handles[i] != null ? (Object) handles[i].invokeExact(r) : accessors[i].invoke(r);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + names[i], e);
            }
        }
    }

    private static final ClassValue<Components> COMPONENTS = new ClassValue<>() {
        @Override
        protected Components computeValue(Class<?> type) {
            return new Components(type);
        }
    };

    private static void quote(StringBuilder b, String s) {
        b.append('"');
        int plain = 0; // the characters at the start that are written as they are
        while (plain < s.length() && s.charAt(plain) >= 0x20 && s.charAt(plain) != '"' && s.charAt(plain) != '\\') {
            plain++;
        }
        if (plain == s.length()) { // the usual case: nothing to escape, copied at once
            b.append(s).append('"');
            return;
        }
        b.append(s, 0, plain);
        for (int i = plain; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('"');
    }

    private static String sha256(String text) {
        return HEX.formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** How many SHA-256 digests were made. */
    private static final java.util.concurrent.atomic.AtomicLong DIGESTS = new java.util.concurrent.atomic.AtomicLong();

    /** The number of SHA-256 digest objects made so far: checking a chain makes one, whatever its length. */
    static long digestsMade() {
        return DIGESTS.get();
    }

    private static MessageDigest digest() {
        DIGESTS.incrementAndGet();
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
