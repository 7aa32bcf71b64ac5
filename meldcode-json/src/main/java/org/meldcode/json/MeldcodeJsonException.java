package org.meldcode.json;

import org.meldcode.json.error.InvalidInputException;
import tools.jackson.databind.DatabindException;

/**
 * Bad input met while a host's own Jackson mapper reads a meldcode value through {@link
 * MeldcodeJsonModule}: a Jackson exception, so that frameworks treat it as unreadable input (Spring
 * answers 400), carrying the one-line message of the {@link InvalidInputException} it wraps.
 */
public final class MeldcodeJsonException extends DatabindException {

    private static final long serialVersionUID = 1L;

    /** The library's own description of the problem. */
    private final InvalidInputException invalidInput;

    /**
     * The Jackson form of an {@link InvalidInputException}.
     *
     * @param invalidInput what the codec refused, and where
     */
    public MeldcodeJsonException(InvalidInputException invalidInput) {
        super(invalidInput.getMessage(), null, invalidInput);
        this.invalidInput = invalidInput;
    }

    /**
     * The library's description of the problem: its place (a JSON pointer) and what is wrong.
     *
     * @return the wrapped exception
     */
    public InvalidInputException invalidInput() {
        return invalidInput;
    }

    /** The one-line message of the {@link InvalidInputException}, without Jackson's location suffix. */
    @Override
    public String getMessage() {
        return invalidInput.getMessage();
    }

    @Override
    public String getLocalizedMessage() {
        return getMessage();
    }
}
