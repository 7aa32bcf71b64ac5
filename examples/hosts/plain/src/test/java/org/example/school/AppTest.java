package org.example.school;

import static org.meldcode.testing.assertj.MeldcodeAssertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AppTest {

    @Test
    void a_report_before_the_steps_is_refused_with_the_clause_that_forbids_it() {
        // GIVEN a case where only the intern begeleider was told
        // WHEN the director asks to report at once
        // THEN the protocol refuses it and names its clause
        assertThat(App.earlyReport(Instant.parse("2026-12-01T09:00:00Z"))).isRefused();
    }

    @Test
    void a_new_case_owes_the_first_step() {
        // GIVEN a case that was just opened  WHEN the school asks what is owed  THEN step 1 is
        assertThat(App.fresh()).isAtStep(1);
    }
}
