package org.meldcode.testing.assertj;

import org.meldcode.engine.Guidance;
import org.meldcode.engine.Ruling;

/**
 * The entry point of the meldcode assertions: {@code assertThat} for a {@link Ruling} or a
 * {@link Guidance}, to import statically beside AssertJ's own {@code Assertions.assertThat}.
 *
 * <pre>{@code
 * assertThat(engine.evaluate(caseFile, report)).isRefusedUnder("SP-5.3");
 * assertThat(engine.guide(caseFile)).owes("SP-5.7");
 * }</pre>
 */
public final class MeldcodeAssertions {

    private MeldcodeAssertions() {}

    /**
     * Assertions on a ruling.
     *
     * @param actual the ruling under test
     * @return the assertions
     */
    public static RulingAssert assertThat(Ruling actual) {
        return new RulingAssert(actual);
    }

    /**
     * Assertions on guidance.
     *
     * @param actual the guidance under test
     * @return the assertions
     */
    public static GuidanceAssert assertThat(Guidance actual) {
        return new GuidanceAssert(actual);
    }
}
