package org.meldcode.rules.facts;

/**
 * A staff member recorded as the suspected perpetrator, by opaque staff id; derived with
 * {@code insertLogical} (SR-1.1).
 *
 * @param staffId the suspect's staff id
 */
public record StaffSuspect(String staffId) {}
