package org.meldcode.canary.two;

import org.meldcode.canary.one.CanaryOne;

/** Uses {@link CanaryOne}, which uses it back: a package cycle, only to prove the cycle rule can fail. */
public final class CanaryTwo {
    /** The other side of the cycle. */
    public CanaryOne other() {
        return new CanaryOne();
    }
}
