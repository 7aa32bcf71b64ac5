package org.meldcode.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The events of a case: an immutable list that a case's {@code append} extends in constant
 * amortised time. Lists made by appending to the same list share one array: each sees only its
 * own first {@code size} slots, which are never written again; the next slot is claimed with a
 * compare-and-set, so only the first of two appends to the same list extends the array in place
 * and the other copies. Only {@link Case} makes these lists, and only of validated events.
 *
 * <p>A list also knows how many of its first events are known to form an intact hash chain, and
 * for which case ({@link Origin}): those that {@link Case#append} linked to an intact chain, and
 * those that {@link Integrity#verify} checked. {@link Integrity#known} reads it.
 */
final class EventList extends AbstractList<Event> implements RandomAccess {

    private static final EventList EMPTY = new EventList(new Shared(new Event[0], 0, Intact.NONE), 0);

    /** The case a chain starts from: what its genesis value is made of. */
    record Origin(String caseId, String pupilRef, ProtocolRef protocol) {
        static Origin of(Case caseFile) {
            return new Origin(caseFile.id(), caseFile.pupilRef(), caseFile.protocol());
        }
    }

    /** How many first slots are known to form an intact chain from the given origin's genesis. */
    record Intact(Origin origin, int upTo) {
        static final Intact NONE = new Intact(null, 0);

        boolean covers(Origin o, int size) {
            return size == 0 || upTo >= size && o.equals(origin);
        }
    }

    /**
     * The array, how many of its slots some list has claimed, how many are known intact, and the
     * hashes of the events asked for so far ({@link #hash}).
     */
    private static final class Shared {
        final Event[] slots;
        final AtomicInteger claimed;
        final AtomicReference<Intact> intact;
        final String[] hashes;

        Shared(Event[] slots, int claimed, Intact intact, String[] hashes) {
            this.slots = slots;
            this.claimed = new AtomicInteger(claimed);
            this.intact = new AtomicReference<>(intact);
            this.hashes = hashes;
        }

        Shared(Event[] slots, int claimed, Intact intact) {
            this(slots, claimed, intact, new String[slots.length]);
        }
    }

    private final Shared shared;
    private final int size;

    private EventList(Shared shared, int size) {
        this.shared = shared;
        this.size = size;
    }

    /** A list of the given, already validated events. */
    static EventList of(List<Event> validated) {
        if (validated instanceof EventList list) {
            return list;
        }
        if (validated.isEmpty()) {
            return EMPTY;
        }
        Event[] slots = validated.toArray(new Event[0]);
        return new EventList(new Shared(slots, slots.length, Intact.NONE), slots.length);
    }

    /**
     * This list with one more, already validated event at its end, which {@link Case#append} linked
     * to the head of this list as the case of the given origin: if this list's chain is known
     * intact for that case, so is the new one's.
     */
    EventList plus(Event event, Origin origin) {
        Objects.requireNonNull(event, "event");
        boolean intact = isIntact(origin);
        Event[] slots = shared.slots;
        if (size < slots.length && shared.claimed.compareAndSet(size, size + 1)) {
            slots[size] = event;
            if (intact) { // this append alone claimed slot `size`, linked to an intact chain
                extend(shared, origin, size + 1);
            }
            return new EventList(shared, size + 1);
        }
        Event[] grown = Arrays.copyOf(slots, Math.max(8, size + (size >> 1) + 1));
        grown[size] = event;
        String[] hashes = Arrays.copyOf(shared.hashes, grown.length);
        Arrays.fill(hashes, size, hashes.length, null); // slots past this list's end are not its own
        return new EventList(
                new Shared(grown, size + 1, intact ? new Intact(origin, size + 1) : Intact.NONE, hashes), size + 1);
    }

    /**
     * The hash of the event at the index ({@link Integrity#hash}), computed once per array: an
     * event in a slot never changes, and the hash of a case's last event is asked for at every
     * append and by every engine call that keys by the case's head. Two threads may both compute
     * it; they write the same string.
     */
    String hash(int index) {
        Objects.checkIndex(index, size);
        String h = shared.hashes[index];
        if (h == null) {
            h = Integrity.hash(shared.slots[index]);
            shared.hashes[index] = h;
        }
        return h;
    }

    /** Whether this list's events are known to form an intact chain for a case of the given origin. */
    boolean isIntact(Origin origin) {
        return shared.intact.get().covers(origin, size);
    }

    /** Records that this list's events were checked and form an intact chain for the given origin. */
    void markIntact(Origin origin) {
        extend(shared, origin, size);
    }

    /**
     * Raises the count of slots known intact for the origin to at least {@code upTo}. The first
     * origin recorded keeps the array: another case's events checked on the same array (a list put
     * under another case's id) are not recorded.
     */
    private static void extend(Shared shared, Origin origin, int upTo) {
        Intact now = shared.intact.get();
        while ((now.origin() == null || now.origin().equals(origin)) && now.upTo() < upTo) {
            if (shared.intact.compareAndSet(now, new Intact(origin, upTo))) {
                return;
            }
            now = shared.intact.get();
        }
    }

    @Override
    public Event get(int index) {
        Objects.checkIndex(index, size);
        return shared.slots[index];
    }

    @Override
    public int size() {
        return size;
    }
}
