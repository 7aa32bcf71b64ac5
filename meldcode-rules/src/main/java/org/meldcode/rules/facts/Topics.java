package org.meldcode.rules.facts;

import java.util.EnumSet;
import java.util.Set;
import org.meldcode.model.Topic;

/** Questions the rules ask about the points a conversation covered. */
public final class Topics {

    private Topics() {}

    /** The points of the plan's list that the conversation did not cover. */
    public static Set<Topic> missing(Set<Topic> covered) {
        Set<Topic> missing = EnumSet.allOf(Topic.class);
        missing.removeAll(covered);
        return missing;
    }
}
