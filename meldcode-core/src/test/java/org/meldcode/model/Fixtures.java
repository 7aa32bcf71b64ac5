package org.meldcode.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** Synthetic test data for the model: opaque ids, no real people. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2024-03-04T08:30:00Z");
    static final LocalDate DAY = LocalDate.of(2024, 3, 4);
    static final Actor TEACHER = Actor.of(Role.TEACHER, "staff-001");
    static final Actor IB = Actor.of(Role.INTERN_BEGELEIDER, "staff-002");
    static final Actor DIRECTOR = Actor.of(Role.DIRECTOR, "staff-003");
    static final String FACT = "Zoë Testkind had op maandag een blauwe plek op de linkerarm.";

    private Fixtures() {}

    static Instant minutes(long m) {
        return T0.plusSeconds(60 * m);
    }

    static LogEntry logEntry(Instant at) {
        return new LogEntry(at, TEACHER, DAY, Signal.INJURY, Source.OWN_OBSERVATION, FACT, false);
    }

    static IbNotification ibNotification(Instant at) {
        return new IbNotification(at, TEACHER);
    }

    static Case openCase() {
        return Case.open("case-2024-001", "pupil-7f3a", ProtocolRef.STAPPENPLAN_2021);
    }

    static Decision decision(String grounds) {
        return new Decision(T0, IB, Set.of(IB, DIRECTOR), DecisionKind.REPORT, true, false, false, false, grounds);
    }
}
