package org.meldcode.model;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the builders of all actions share: who acts, from the start, and when, set with
 * {@link #at}. The action's own record checks every field when it is built, so a missing one is
 * reported by its name (such as {@code Report.at is required}).
 *
 * @param <B> the builder itself, so that calls chain
 */
abstract class ActionBuilder<B extends ActionBuilder<B>> {

    /** Who takes the action. */
    final Actor actor;

    /** When the action is taken; {@code null} until {@link #at} is called. */
    Instant at;

    /** The type of action, for the names in error messages. */
    final String type;

    ActionBuilder(Actor actor, String type) {
        this.type = type;
        this.actor = Checks.present(actor, type + ".actor");
    }

    /**
     * When the action is taken (required).
     *
     * @param at the moment
     * @return this builder
     */
    public final B at(Instant at) {
        this.at = at;
        return self();
    }

    @SuppressWarnings("unchecked")
    final B self() {
        return (B) this;
    }

    /**
     * The builder of an action that several staff members take together: the actor always takes
     * part, others join with {@link #with}.
     *
     * @param <B> the builder itself, so that calls chain
     */
    abstract static class Together<B extends Together<B>> extends ActionBuilder<B> {

        private final Set<Actor> participants = new LinkedHashSet<>();

        Together(Actor actor, String type) {
            super(actor, type);
            participants.add(this.actor);
        }

        /**
         * Who took part beside the actor, who always does (default: the actor alone). Calls add up.
         *
         * @param others the other participants
         * @return this builder
         */
        public final B with(Actor... others) {
            Checks.present(others, type + ".participants");
            for (Actor a : others) {
                participants.add(Checks.present(a, type + ".participants element"));
            }
            return self();
        }

        /** The participants so far, the actor included. */
        final Set<Actor> participants() {
            return Set.copyOf(participants);
        }
    }
}
