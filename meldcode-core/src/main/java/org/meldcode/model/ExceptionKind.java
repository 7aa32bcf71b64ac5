package org.meldcode.model;

/** What a {@link SafetyException} allows. */
public enum ExceptionKind {
    /** The parents are not told of the report ("open melden, tenzij"). */
    PARENTS_NOT_TOLD,
    /**
     * Veilig Thuis is asked to keep the reporter's identity from the family (what "an anonymous
     * report" means in practice), an exception the national framework allows only rarely.
     */
    REPORTER_WITHHELD
}
