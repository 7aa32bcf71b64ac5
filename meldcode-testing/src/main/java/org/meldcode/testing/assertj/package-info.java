/**
 * AssertJ assertions on what the engine answers: a host's test reads
 * {@code assertThat(ruling).isRefusedUnder("SP-5.3")} or {@code assertThat(guidance).owes("SP-5.7")}
 * and, when it fails, is told the clauses and texts the engine gave instead. Start from
 * {@link org.meldcode.testing.assertj.MeldcodeAssertions}.
 */
package org.meldcode.testing.assertj;
