package org.meldcode.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One dated, factual entry in the teacher's logbook (step 1).
 *
 * @param at            when the entry was written
 * @param actor         who wrote it
 * @param observedOn    the date the fact was observed or said
 * @param signal        what the entry records
 * @param source        where the fact came from, as a category (never a name)
 * @param text          the fact itself, as concrete as possible
 * @param deterioration whether the entry records a deterioration of the home situation
 */
public record LogEntry(
        Instant at, Actor actor, LocalDate observedOn, Signal signal, Source source, String text, boolean deterioration)
        implements Action {

    /**
     * Starts a {@link LogEntry} taken by the given staff member; the builder's calls read as a
     * sentence: {@code LogEntry.by(teacher).at(now).observedOn(today).signal(Signal.INJURY).source(Source.OWN_OBSERVATION).text("...").build()}.
     *
     * @param actor who takes the action
     * @return the builder, with every yes/no answer "no" until its method is called
     * @throws NullPointerException when the actor is missing
     */
    public static Builder by(Actor actor) {
        return new Builder(actor);
    }

    /**
     * Builds a {@link LogEntry} step by step. Every yes/no answer is {@code false} until
     * its method is called; a required field that is not given makes {@link #build()} fail, naming
     * the field. Not thread-safe.
     */
    public static final class Builder extends ActionBuilder<Builder> {

        private LocalDate observedOn;
        private Signal signal;
        private Source source;
        private String text;
        private boolean deterioration;

        private Builder(Actor actor) {
            super(actor, "LogEntry");
        }

        /**
         * Sets the date the fact was observed or said (required).
         *
         * @param observedOn the value
         * @return this builder
         */
        public Builder observedOn(LocalDate observedOn) {
            this.observedOn = observedOn;
            return this;
        }

        /**
         * Sets what the entry records (required).
         *
         * @param signal the value
         * @return this builder
         */
        public Builder signal(Signal signal) {
            this.signal = signal;
            return this;
        }

        /**
         * Sets where the fact came from, as a category, never a name (required).
         *
         * @param source the value
         * @return this builder
         */
        public Builder source(Source source) {
            this.source = source;
            return this;
        }

        /**
         * Sets the fact itself, as concrete as possible (required).
         *
         * @param text the value
         * @return this builder
         */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /**
         * Records that the entry records a deterioration of the home situation (default: not).
         *
         * @return this builder
         */
        public Builder deterioration() {
            this.deterioration = true;
            return this;
        }

        /**
         * Builds the action.
         *
         * @return the action, as its canonical constructor makes it
         * @throws NullPointerException     when a required field is missing (the message names it)
         * @throws IllegalArgumentException when a field is invalid (the message names it)
         */
        public LogEntry build() {
            return new LogEntry(at, actor, observedOn, signal, source, text, deterioration);
        }
    }

    /** Validates the fields. */
    public LogEntry {
        Checks.moment(at, "LogEntry.at");
        Checks.present(actor, "LogEntry.actor");
        Checks.date(observedOn, "LogEntry.observedOn");
        Checks.present(signal, "LogEntry.signal");
        Checks.present(source, "LogEntry.source");
        Checks.text(text, "LogEntry.text");
    }

    @Override
    public ActionType type() {
        return ActionType.LOG_ENTRY;
    }

    /** Leaves out the free text, which may hold pupil data; only its length is shown. */
    @Override
    public String toString() {
        return "LogEntry[at=" + at + ", actor=" + actor + ", observedOn=" + observedOn + ", signal=" + signal
                + ", source=" + source + ", deterioration=" + deterioration + ", text=<" + text.length() + " chars>]";
    }
}
