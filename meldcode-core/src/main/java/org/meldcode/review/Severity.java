package org.meldcode.review;

/** How much a finding of the compliance review weighs, most serious first. */
public enum Severity {
    /** The protocol or settings fall short of what the national framework requires. */
    ERROR,
    /** The protocol or settings differ from what the national framework recommends, or cannot be checked. */
    WARNING,
    /**
     * Added by the library: the school's text lacks what the national framework requires, but the
     * library adds it to every protocol and its rules enforce it on every case (the staff route, the
     * acute route). The school should still write it into its text; no case goes without it.
     */
    ADDED_BY_LIBRARY,
    /** Worth knowing; no change required. */
    INFO
}
