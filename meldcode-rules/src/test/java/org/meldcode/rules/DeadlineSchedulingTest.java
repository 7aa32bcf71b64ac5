package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Obligation;
import org.meldcode.engine.Outcome;
import org.meldcode.model.Case;
import org.meldcode.model.IbNotification;
import org.meldcode.settings.SchoolSettings;

/**
 * Guidance tells a host when each open obligation falls due under the school's deadlines
 * ({@link Obligation#dueAt}), and {@link MeldcodeEngine#nextDeadline} gives the earliest, so that
 * hosts schedule reminders instead of polling.
 */
class DeadlineSchedulingTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** The first moment after a period that starts on the day of {@code from}, in Amsterdam. */
    private static Instant endOf(Instant from, Period period) {
        return LocalDate.ofInstant(from, AMSTERDAM)
                .plus(period)
                .plusDays(1)
                .atStartOfDay(AMSTERDAM)
                .toInstant();
    }

    private static List<Obligation> withDueMoment(Guidance g) {
        return g.obligations().stream().filter(o -> o.dueAt().isPresent()).toList();
    }

    @Test
    void with_a_deadline_for_step_3_its_obligations_fall_due_that_long_after_step_2_was_completed() {
        // GIVEN a school that completes step 3 within two weeks, and a case just past step 2
        MeldcodeEngine engine = MeldcodeRules.forSchool(SchoolSettings.DEFAULTS.withStepDeadline(3, Period.ofWeeks(2)));
        Case c = Story.newCase(engine).consulted().caseFile();
        Instant consulted = c.lastEventAt().orElseThrow();

        // WHEN the engine guides the case, without a clock
        Guidance g = engine.guide(c);

        // THEN the obligations of step 3 fall due at the end of the deadline's last day
        Instant expected = endOf(consulted, Period.ofWeeks(2));
        assertThat(expected).isEqualTo(Instant.parse("2026-09-21T22:00:00Z"));
        assertThat(withDueMoment(g)).isNotEmpty().allSatisfy(o -> {
            assertThat(o.dueAt()).contains(expected);
            assertThat(o.clause().step()).isEqualTo(3);
        });
        // and the obligations of other steps have no due moment
        assertThat(g.obligations())
                .filteredOn(o -> o.clause().step() != 3)
                .allSatisfy(o -> assertThat(o.dueAt()).isEmpty());
    }

    @Test
    void the_due_moment_is_the_first_moment_at_which_guidance_with_a_clock_finds_the_step_overdue() {
        // GIVEN a school deadline for step 3 and a case just past step 2
        MeldcodeEngine engine = MeldcodeRules.forSchool(SchoolSettings.DEFAULTS.withStepDeadline(3, Period.ofWeeks(2)));
        Case c = Story.newCase(engine).consulted().caseFile();
        Instant due = engine.nextDeadline(c).orElseThrow();

        // WHEN the host looks a second before and at the due moment
        Guidance before = engine.guide(c, due.minusSeconds(1));
        Guidance at = engine.guide(c, due);

        // THEN the step is overdue from that moment on, and the overdue obligation carries it too
        assertThat(before.obligations()).noneMatch(o -> o.clause().id().equals("ST-1"));
        Obligation overdue = at.obligations().stream()
                .filter(o -> o.clause().id().equals("ST-1"))
                .findFirst()
                .orElseThrow();
        assertThat(overdue.dueAt()).contains(due);
    }

    @Test
    void the_deadline_of_step_1_runs_from_the_first_event() {
        // GIVEN a school that completes step 1 within a day, and a case with one logged signal
        MeldcodeEngine engine = MeldcodeRules.forSchool(SchoolSettings.DEFAULTS.withStepDeadline(1, Period.ofDays(1)));
        Case c = Story.newCase(engine).signalLogged().caseFile();
        Instant first = c.events().get(0).action().at();

        // WHEN the engine guides it THEN step 1's obligations fall due a day after the first event
        Guidance g = engine.guide(c);
        assertThat(withDueMoment(g))
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.dueAt()).contains(endOf(first, Period.ofDays(1))));
        assertThat(engine.nextDeadline(c)).contains(endOf(first, Period.ofDays(1)));
    }

    @Test
    void the_next_deadline_is_the_earliest_due_moment_among_the_open_obligations() {
        // GIVEN deadlines for every step, and a case just past step 2
        SchoolSettings settings = SchoolSettings.DEFAULTS
                .withStepDeadline(1, Period.ofDays(1))
                .withStepDeadline(2, Period.ofDays(3))
                .withStepDeadline(3, Period.ofWeeks(2))
                .withStepDeadline(4, Period.ofDays(2));
        MeldcodeEngine engine = MeldcodeRules.forSchool(settings);
        Case c = Story.newCase(engine).consulted().caseFile();

        // WHEN the host asks for the next deadline
        Optional<Instant> next = engine.nextDeadline(c);

        // THEN it is the smallest due moment the guidance gives, that of step 3 (steps 1 and 2 are done)
        Instant smallest = engine.guide(c).obligations().stream()
                .flatMap(o -> o.dueAt().stream())
                .min(Instant::compareTo)
                .orElseThrow();
        assertThat(next).contains(smallest);
        assertThat(next).contains(endOf(c.lastEventAt().orElseThrow(), Period.ofWeeks(2)));
    }

    @Test
    void applying_and_guiding_in_one_pass_gives_the_same_due_moments_as_guiding_after() {
        // GIVEN a school deadline for step 2, and a case with a signal logged
        MeldcodeEngine engine = MeldcodeRules.forSchool(SchoolSettings.DEFAULTS.withStepDeadline(2, Period.ofDays(5)));
        Story story = Story.newCase(engine).signalLogged();

        // WHEN the IB is informed through applyAndGuide
        Outcome outcome = engine.applyAndGuide(story.caseFile(), new IbNotification(story.next(), Story.TEACHER));

        // THEN its guidance equals guidance asked afterwards, due moments included
        Guidance after = engine.guide(outcome.result().caseFile());
        assertThat(outcome.guidance()).isEqualTo(after);
        assertThat(withDueMoment(after)).isNotEmpty();
    }

    @Test
    void a_step_that_is_done_no_longer_falls_due() {
        // GIVEN a deadline for step 3, and a case where the parents were talked to (step 3 done)
        MeldcodeEngine engine = MeldcodeRules.forSchool(SchoolSettings.DEFAULTS.withStepDeadline(3, Period.ofWeeks(2)));
        Case c = Story.newCase(engine).parentsTalkedTo().caseFile();

        // WHEN the engine guides it THEN nothing falls due any more
        assertThat(withDueMoment(engine.guide(c))).isEmpty();
        assertThat(engine.nextDeadline(c)).isEmpty();
    }

    @Test
    void without_deadlines_nothing_falls_due() {
        // GIVEN the protocol as written, which names no deadlines
        MeldcodeEngine engine = MeldcodeRules.engine();
        Case c = Story.newCase(engine).consulted().caseFile();

        // WHEN the engine guides the case THEN it has open obligations, none with a due moment
        assertThat(engine.guide(c).obligations())
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.dueAt()).isEmpty());
        assertThat(engine.nextDeadline(c)).isEmpty();
        assertThat(engine.nextDeadline(Case.open("case-dl-0", "pupil-dl-0", c.protocol())))
                .isEmpty();
    }
}
