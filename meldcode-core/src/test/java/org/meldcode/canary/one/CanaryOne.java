package org.meldcode.canary.one;

import org.meldcode.canary.two.CanaryTwo;

/** Uses {@link CanaryTwo}, which uses it back: a package cycle, only to prove the cycle rule can fail. */
public final class CanaryOne {
    /** The other side of the cycle. */
    public CanaryTwo other() {
        return new CanaryTwo();
    }
}
