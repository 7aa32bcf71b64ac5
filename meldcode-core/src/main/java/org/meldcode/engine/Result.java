package org.meldcode.engine;

import java.util.Objects;
import org.meldcode.model.Case;

/**
 * What {@link MeldcodeEngine#apply} returns: the ruling and the case after it.
 *
 * @param caseFile the case with the action appended when permitted, the unchanged case otherwise
 * @param ruling   the ruling on the action
 */
public record Result(Case caseFile, Ruling ruling) {

    /** Validates the fields. */
    public Result {
        Objects.requireNonNull(caseFile, "Result.caseFile is required");
        Objects.requireNonNull(ruling, "Result.ruling is required");
    }

    /** Whether the action was permitted and appended. */
    public boolean permitted() {
        return ruling.permitted();
    }
}
