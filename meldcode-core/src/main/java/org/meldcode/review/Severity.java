package org.meldcode.review;

/** How much a finding of the compliance review weighs, most serious first. */
public enum Severity {
    /** The protocol or settings fall short of what the national framework requires. */
    ERROR,
    /** The protocol or settings differ from what the national framework recommends, or cannot be checked. */
    WARNING,
    /** Worth knowing; no change required. */
    INFO
}
