package org.meldcode.rules.facts;

import java.time.Instant;
import java.util.Collection;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The moment a derived fact holds since: the earliest among all the ways the rules derived it.
 *
 * <p>Truth maintenance keeps one fact for equal derivations, whichever fired first; rules fire in
 * no promised order. So the moment is not part of the fact's equality (every {@code Since} equals
 * every other) and, when a rule derives a fact that is already there, the fact already there takes
 * the earlier of the two moments. The rules never read it; only guidance and explanations do.
 */
public final class Since {

    private Instant at;

    private Since(Instant at) {
        this.at = at;
    }

    /** An unknown moment. */
    static Since unknown() {
        return new Since(null);
    }

    /**
     * Dates a fact the firing rule is about to insert logically: by the latest of the facts the
     * rule matched ({@link Provenance}), and moves an equal fact already in the session to that
     * moment if it is earlier.
     *
     * @param context the firing rule's context
     * @param fresh   makes the fact, given its moment
     * @param type    the fact's class
     * @return the fact, to insert logically
     */
    static <T> T of(RuleContext context, java.util.function.Function<Since, T> fresh, Class<T> type) {
        Instant latest = Provenance.latest(context);
        T fact = fresh.apply(new Since(latest));
        if (latest != null) {
            Collection<? extends Object> present = context.getKieRuntime().getObjects(new ClassObjectFilter(type));
            for (Object o : present) {
                if (o.equals(fact)) {
                    since(o).earlier(latest);
                }
            }
        }
        return fact;
    }

    private static Since since(Object fact) {
        if (fact instanceof Derived d) {
            return d.since();
        } else if (fact instanceof StepDone s) {
            return s.since();
        } else if (fact instanceof Owed w) {
            return w.since();
        }
        throw new IllegalArgumentException(
                "not a dated fact: " + fact.getClass().getSimpleName());
    }

    private void earlier(Instant moment) {
        if (at == null || moment.isBefore(at)) {
            at = moment;
        }
    }

    /** The moment, or {@code null} when unknown. */
    public Instant at() {
        return at;
    }

    /** Every moment equals every other: the moment is not part of a fact's identity. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Since;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return String.valueOf(at);
    }
}
