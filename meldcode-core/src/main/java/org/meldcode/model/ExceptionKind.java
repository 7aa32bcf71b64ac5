package org.meldcode.model;

/** What a {@link SafetyException} allows. */
public enum ExceptionKind {
    /** The parents are not told of the report ("open melden, tenzij"). */
    PARENTS_NOT_TOLD,
    /** The report is made anonymously, an exception the national framework allows only rarely. */
    ANONYMOUS_REPORT
}
