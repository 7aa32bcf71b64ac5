package org.meldcode.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.Obligation;

/**
 * What the guidance must say after a step; each part is checked only when given.
 *
 * @param currentStep the step the case must be in
 * @param obligations the clause ids of exactly the open obligations
 * @param closed      whether the case must be closed
 */
public record GuidanceExpectation(
        OptionalInt currentStep, Optional<Set<String>> obligations, Optional<Boolean> closed) {

    /** Validates and copies the fields. */
    public GuidanceExpectation {
        Objects.requireNonNull(currentStep, "GuidanceExpectation.currentStep is required");
        obligations = Objects.requireNonNull(obligations, "GuidanceExpectation.obligations is required")
                .map(TreeSet::new)
                .map(Set::copyOf);
        Objects.requireNonNull(closed, "GuidanceExpectation.closed is required");
    }

    /** The differences between this expectation and the guidance; empty when it matches. */
    public List<String> mismatches(Guidance guidance) {
        List<String> out = new ArrayList<>();
        if (currentStep.isPresent()
                && currentStep.getAsInt() != guidance.currentStep().number()) {
            out.add("expected step " + currentStep.getAsInt() + ", was "
                    + guidance.currentStep().number());
        }
        Set<String> open = new TreeSet<>();
        for (Obligation o : guidance.obligations()) {
            open.add(o.clause().id());
        }
        obligations.ifPresent(expected -> {
            if (!new TreeSet<>(expected).equals(open)) {
                out.add("expected obligations " + new TreeSet<>(expected) + ", were " + open);
            }
        });
        closed.ifPresent(c -> {
            if (c != guidance.closed()) {
                out.add(c ? "expected the case closed, it is open" : "expected the case open, it is closed");
            }
        });
        return out;
    }
}
