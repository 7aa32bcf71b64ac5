package org.meldcode.settings;

/**
 * A school setting that cannot be accepted: the message names the setting's key (such as
 * {@code veiligThuis.phone} or {@code stepDeadlines.7}) and the problem, in one line.
 */
public final class InvalidSettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String problem;

    /**
     * @param key     the setting's key, dotted ({@code veiligThuis.phone})
     * @param problem what is wrong, for people to read
     */
    public InvalidSettingException(String key, String problem) {
        super(key + ": " + problem);
        this.key = key;
        this.problem = problem;
    }

    /** The setting's key, dotted, such as {@code veiligThuis.phone}. */
    public String key() {
        return key;
    }

    /** What is wrong. */
    public String problem() {
        return problem;
    }
}
