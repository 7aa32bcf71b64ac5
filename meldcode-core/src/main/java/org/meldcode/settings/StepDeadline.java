package org.meldcode.settings;

import java.time.Period;

/**
 * A school's deadline for a step: the step is to be completed within the period after the step
 * before it was completed (step 1: after the case's first event).
 *
 * @param step   the step's number
 * @param period the time allowed, in calendar days, weeks or months
 */
public record StepDeadline(int step, Period period) {

    /** Validates the fields. */
    public StepDeadline {
        if (step < 1) {
            throw new InvalidSettingException("stepDeadlines." + step, "unknown step " + step + "; steps count from 1");
        }
        SchoolSettings.positive(period, "stepDeadlines." + step);
    }
}
