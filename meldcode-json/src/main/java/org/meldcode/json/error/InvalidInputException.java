package org.meldcode.json.error;

import java.util.Objects;

/**
 * The library's one error for input it cannot accept: a case document or scenario file that is
 * not well-formed, not of the expected shape, or holds invalid values. The message names the
 * source (when known), the place (a JSON pointer such as {@code /events/3/action/signal}, or
 * {@code line:column} for syntax errors) and the problem, in one line, and never carries a
 * stack trace of the parser.
 */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String location;
    private final String problem;

    /**
     * @param source   the file or stream name, or {@code null} when unknown
     * @param location the place in the input: a JSON pointer, {@code line:column}, or empty
     * @param problem  what is wrong, for people to read
     */
    public InvalidInputException(String source, String location, String problem) {
        this(source, location, problem, null);
    }

    /**
     * @param source   the file or stream name, or {@code null} when unknown
     * @param location the place in the input: a JSON pointer, {@code line:column}, or empty
     * @param problem  what is wrong, for people to read
     * @param cause    the parser's own error, kept for debugging (never in the message)
     */
    public InvalidInputException(String source, String location, String problem, Throwable cause) {
        super(format(source, location, problem), cause);
        this.source = source;
        this.location = Objects.requireNonNullElse(location, "");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** The same error, said of the given source. */
    public InvalidInputException in(String newSource) {
        return new InvalidInputException(newSource, location, problem, this);
    }

    /** The file or stream name, or {@code null} when unknown. */
    public String source() {
        return source;
    }

    /** The place in the input: a JSON pointer, {@code line:column}, or empty. */
    public String location() {
        return location;
    }

    /** What is wrong. */
    public String problem() {
        return problem;
    }

    private static String format(String source, String location, String problem) {
        StringBuilder b = new StringBuilder();
        if (source != null && !source.isEmpty()) {
            b.append(source).append(": ");
        }
        if (location != null && !location.isEmpty()) {
            b.append(location).append(": ");
        }
        return b.append(problem).toString();
    }
}
