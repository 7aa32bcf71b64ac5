package org.meldcode.rules.facts;

import org.meldcode.model.Role;

/**
 * A suspect of the staff route holds a role that the protocol's steps need and that a school
 * usually has one person for (the IB, a director); derived with {@code insertLogical} (SR-1.5).
 *
 * @param role the role the suspect holds
 */
public record SuspectHolds(Role role) {}
