package org.meldcode.rules.facts;

import org.meldcode.model.Role;

/**
 * The person the board designated to take a suspect's role (SR-1.5); the latest designation for
 * the role counts. Derived with {@code insertLogical}.
 *
 * @param role    the role taken over
 * @param staffId the substitute's staff id
 */
public record Substitute(Role role, String staffId) {}
