package org.meldcode.scenario;

import java.util.Set;
import java.util.TreeSet;
import org.meldcode.engine.Ruling;

/** The ruling a scenario step must get: permitted, or refused citing at least the given clauses. */
public sealed interface Expectation {

    /** Whether the ruling meets the expectation. */
    boolean matches(Ruling ruling);

    /** The step must be permitted. */
    record Permitted() implements Expectation {
        @Override
        public boolean matches(Ruling ruling) {
            return ruling.permitted();
        }

        @Override
        public String toString() {
            return "permitted";
        }
    }

    /**
     * The step must be refused, and the findings must cite each of these clauses (others may
     * appear too).
     *
     * @param clauses the clause ids that must appear, at least one
     */
    record Refused(Set<String> clauses) implements Expectation {

        /** Validates and copies the clauses. */
        public Refused {
            clauses = Set.copyOf(new TreeSet<>(clauses));
            if (clauses.isEmpty()) {
                throw new IllegalArgumentException("Refused.clauses must name at least one clause");
            }
        }

        @Override
        public boolean matches(Ruling ruling) {
            return ruling.refused() && ruling.clauseIds().containsAll(clauses);
        }

        @Override
        public String toString() {
            return "refused " + new TreeSet<>(clauses);
        }
    }
}
