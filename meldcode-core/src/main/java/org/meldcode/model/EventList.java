package org.meldcode.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The events of a case: an immutable list that a case's {@code append} extends in constant
 * amortised time. Lists made by appending to the same list share one array: each sees only its
 * own first {@code size} slots, which are never written again; the next slot is claimed with a
 * compare-and-set, so only the first of two appends to the same list extends the array in place
 * and the other copies. Only {@link Case} makes these lists, and only of validated events.
 */
final class EventList extends AbstractList<Event> implements RandomAccess {

    private static final EventList EMPTY = new EventList(new Shared(new Event[0], 0), 0);

    /** The array and how many of its slots some list has claimed. */
    private static final class Shared {
        final Event[] slots;
        final AtomicInteger claimed;

        Shared(Event[] slots, int claimed) {
            this.slots = slots;
            this.claimed = new AtomicInteger(claimed);
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
        return new EventList(new Shared(slots, slots.length), slots.length);
    }

    /** This list with one more, already validated event at its end. */
    EventList plus(Event event) {
        Objects.requireNonNull(event, "event");
        Event[] slots = shared.slots;
        if (size < slots.length && shared.claimed.compareAndSet(size, size + 1)) {
            slots[size] = event;
            return new EventList(shared, size + 1);
        }
        Event[] grown = Arrays.copyOf(slots, Math.max(8, size + (size >> 1) + 1));
        grown[size] = event;
        return new EventList(new Shared(grown, size + 1), size + 1);
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
