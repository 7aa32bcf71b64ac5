package org.meldcode.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.meldcode.engine.KnownNames;
import org.meldcode.model.ProtocolRef;

/**
 * A protocol scenario: a case told as a list of steps, each with what the protocol must say of
 * it. Its name is a full sentence saying what it shows, such as "A report made by the teacher
 * instead of the IB is refused".
 *
 * @param name     what the scenario shows, as a sentence
 * @param protocol the protocol the case runs under
 * @param school   the school's configuration (contacts, {@code knownNames} and the like), possibly empty
 * @param caseId   the id of the case the scenario builds
 * @param pupilRef the case's opaque pupil reference
 * @param steps    the steps, in order
 */
public record Scenario(
        String name,
        ProtocolRef protocol,
        Map<String, String> school,
        String caseId,
        String pupilRef,
        List<ScenarioStep> steps) {

    /** Validates and copies the fields. */
    public Scenario {
        Objects.requireNonNull(name, "Scenario.name is required");
        Objects.requireNonNull(protocol, "Scenario.protocol is required");
        school = Map.copyOf(school);
        Objects.requireNonNull(caseId, "Scenario.caseId is required");
        Objects.requireNonNull(pupilRef, "Scenario.pupilRef is required");
        steps = List.copyOf(steps);
        if (name.isBlank()) {
            throw new IllegalArgumentException("Scenario.name must not be blank");
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("Scenario.steps must not be empty");
        }
    }

    /**
     * The names the scenario's school knows (its {@code knownNames}, separated by semicolons in
     * the file), as the lookup an engine is built with: {@link KnownNames#NONE} when it names none.
     *
     * @return the school's known names
     */
    public KnownNames knownNames() {
        List<String> names = knownNameList();
        return names.isEmpty() ? KnownNames.NONE : KnownNames.of(names);
    }

    /**
     * The school's known names as written in the scenario file, in order, blanks left out.
     *
     * @return the names, possibly empty
     */
    public List<String> knownNameList() {
        return Arrays.stream(school.getOrDefault("knownNames", "").split(";"))
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .toList();
    }
}
