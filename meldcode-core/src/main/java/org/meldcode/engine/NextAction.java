package org.meldcode.engine;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.meldcode.model.ActionType;
import org.meldcode.model.Role;

/**
 * A kind of action the protocol permits next in a case, with the roles that may take it.
 *
 * @param type  the kind of action
 * @param roles the roles that may take it now
 */
public record NextAction(ActionType type, Set<Role> roles) {

    /** Validates and copies the fields. */
    public NextAction {
        Objects.requireNonNull(type, "NextAction.type is required");
        Objects.requireNonNull(roles, "NextAction.roles is required");
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles)); // in the order of Role
    }
}
