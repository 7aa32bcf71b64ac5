package org.meldcode.rules.facts;

import org.kie.api.definition.rule.Rule;

/** Reads the clause a rule declares in its {@code @clause(...)} metadata. */
public final class Clauses {

    private Clauses() {}

    /**
     * The clause id a rule declares, normalised: the value's form differs between compile paths
     * (with or without surrounding quotes), so quotes and blanks are stripped.
     *
     * @param rule the rule
     * @return the clause id or shared clause role, or the empty string when the rule has none
     */
    public static String of(Rule rule) {
        Object value = rule.getMetaData().get("clause");
        if (value == null) {
            return "";
        }
        String s = value.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }
}
