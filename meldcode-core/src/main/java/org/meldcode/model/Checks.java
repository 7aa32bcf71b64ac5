package org.meldcode.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/** Argument checks shared by the model's records; every message names the offending field. */
final class Checks {

    /** Longest free text the model accepts in one field, in characters. */
    static final int MAX_TEXT = 10_000;

    private Checks() {}

    static <T> T present(T value, String field) {
        if (value == null) { // as Objects.requireNonNull, without a message supplier made per call
            throw new NullPointerException(field + " is required");
        }
        return value;
    }

    /** A moment between 1900 and 9999: no school case happens outside them, and dates overflow past them. */
    static Instant moment(Instant value, String field) {
        present(value, field);
        if (value.isBefore(Case.FIRST_MOMENT) || value.isAfter(Case.LAST_MOMENT)) {
            throw new IllegalArgumentException(field + " must lie between the years 1900 and 9999, was " + value);
        }
        return value;
    }

    /** A date between 1900 and 9999. */
    static LocalDate date(LocalDate value, String field) {
        present(value, field);
        if (value.getYear() < 1900 || value.getYear() > 9999) {
            throw new IllegalArgumentException(field + " must lie between the years 1900 and 9999, was " + value);
        }
        return value;
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
        if (value.length() > 100 || !isIdentifier(value)) {
            throw new IllegalArgumentException(
                    field + " must be 1 to 100 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
        }
        return value;
    }

    /**
     * Whether the text matches {@code [A-Za-z0-9][A-Za-z0-9._:-]*}: a letter or digit (ASCII),
     * then letters, digits, '.', '_', ':' or '-'. Checked without a regular expression: every
     * event's actor has an identifier.
     */
    static boolean isIdentifier(String value) {
        if (value.isEmpty() || !isAsciiLetterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
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
