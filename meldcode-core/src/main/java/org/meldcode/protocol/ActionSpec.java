package org.meldcode.protocol;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.meldcode.model.ActionType;
import org.meldcode.model.Role;

/**
 * Where a kind of action sits in a protocol: its step, and the roles the protocol's "Wie?" column
 * grants it to.
 *
 * @param type  the kind of action
 * @param step  the step it belongs to, or 0 when it may happen in any step
 * @param roles the roles that may take it
 */
public record ActionSpec(ActionType type, int step, Set<Role> roles) {

    /** Validates and copies the fields. */
    public ActionSpec {
        Objects.requireNonNull(type, "ActionSpec.type is required");
        Objects.requireNonNull(roles, "ActionSpec.roles is required");
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }
}
