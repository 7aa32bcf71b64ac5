package org.meldcode.model;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/** Argument checks shared by the model's records; every message names the offending field. */
final class Checks {

    /** Longest free text the model accepts in one field, in characters. */
    static final int MAX_TEXT = 10_000;

    private Checks() {}

    static <T> T present(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " is required");
    }

    static String text(String value, String field) {
        present(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException(
                    field + " is longer than " + MAX_TEXT + " characters (" + value.length() + ")");
        }
        return value;
    }

    static String identifier(String value, String field) {
        text(value, field);
        if (value.length() > 100 || !value.matches("[A-Za-z0-9][A-Za-z0-9._:-]*")) {
            throw new IllegalArgumentException(
                    field + " must be 1 to 100 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
        }
        return value;
    }

    static <T> Set<T> nonEmptySet(Collection<T> values, String field) {
        present(values, field);
        if (values.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        for (T v : values) {
            present(v, field + " element");
        }
        return Set.copyOf(values);
    }

    static Set<Actor> participants(Collection<Actor> values, Actor actor, String type) {
        Set<Actor> copy = nonEmptySet(values, type + ".participants");
        if (!copy.contains(actor)) {
            throw new IllegalArgumentException(type + ".participants must include the actor " + actor);
        }
        return copy;
    }
}
