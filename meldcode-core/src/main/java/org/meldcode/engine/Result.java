package org.meldcode.engine;

import java.util.Objects;
import java.util.Optional;
import org.meldcode.model.Case;

/**
 * What {@link MeldcodeEngine#apply} returns: the ruling, the case after it, and a conflict when
 * the case had moved on.
 *
 * @param caseFile the case with the action appended when permitted, the unchanged case otherwise
 * @param ruling   the ruling on the action, against the case as it is
 * @param conflict present when the case had moved on past the version the caller expected; the
 *                 action is then not appended, whatever the ruling
 */
public record Result(Case caseFile, Ruling ruling, Optional<Conflict> conflict) {

    /** Validates the fields. */
    public Result {
        Objects.requireNonNull(caseFile, "Result.caseFile is required");
        Objects.requireNonNull(ruling, "Result.ruling is required");
        Objects.requireNonNull(conflict, "Result.conflict is required");
    }

    /** A result without a conflict. */
    public Result(Case caseFile, Ruling ruling) {
        this(caseFile, ruling, Optional.empty());
    }

    /** Whether the action was permitted and appended. */
    public boolean permitted() {
        return conflict.isEmpty() && ruling.permitted();
    }

    /** Whether the case had moved on, so that nothing was appended. */
    public boolean conflicted() {
        return conflict.isPresent();
    }
}
