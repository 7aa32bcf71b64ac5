package org.meldcode.review;

import java.util.List;
import java.util.Objects;
import org.meldcode.model.ProtocolRef;
import org.meldcode.settings.SchoolSettings;

/**
 * The result of a compliance review: a school's protocol and settings compared with the national
 * framework, as findings ordered by severity (errors first) and then by requirement.
 *
 * @param protocol the protocol reviewed
 * @param settings the school settings reviewed with it
 * @param findings the findings, most serious first
 */
public record Review(ProtocolRef protocol, SchoolSettings settings, List<ReviewFinding> findings) {

    /** Validates and copies the fields. */
    public Review {
        Objects.requireNonNull(protocol, "Review.protocol is required");
        Objects.requireNonNull(settings, "Review.settings is required");
        findings = List.copyOf(findings);
    }

    /** Whether any finding is an {@link Severity#ERROR}. */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** How many findings have the severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** The ids of the findings, in order. */
    public List<String> ids() {
        return findings.stream().map(ReviewFinding::id).toList();
    }
}
