package org.meldcode.review;

import java.util.List;
import java.util.Objects;
import org.meldcode.protocol.Message;

/**
 * One finding of the compliance review: where a school's protocol or settings differ from the
 * national framework, how much that weighs, and what is concerned.
 *
 * @param id           the requirement of the national framework, such as {@code NAT-1}
 * @param severity     how much it weighs
 * @param title        a short title, rendered per language
 * @param explanation  what differs and what the national framework asks, rendered per language
 * @param clauses      the ids of the protocol's clauses concerned, possibly none
 * @param settingsKeys the keys of the school settings concerned (such as {@code veiligThuis.phone}),
 *                     possibly none
 * @param source       the national source the requirement comes from
 */
public record ReviewFinding(
        String id,
        Severity severity,
        Message title,
        Message explanation,
        List<String> clauses,
        List<String> settingsKeys,
        String source) {

    /** Validates and copies the fields. */
    public ReviewFinding {
        Objects.requireNonNull(id, "ReviewFinding.id is required");
        Objects.requireNonNull(severity, "ReviewFinding.severity is required");
        Objects.requireNonNull(title, "ReviewFinding.title is required");
        Objects.requireNonNull(explanation, "ReviewFinding.explanation is required");
        clauses = List.copyOf(clauses);
        settingsKeys = List.copyOf(settingsKeys);
        Objects.requireNonNull(source, "ReviewFinding.source is required");
    }
}
