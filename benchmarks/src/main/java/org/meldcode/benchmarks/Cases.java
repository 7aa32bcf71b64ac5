package org.meldcode.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.meldcode.model.Action;
import org.meldcode.model.Actor;
import org.meldcode.model.Advice;
import org.meldcode.model.Case;
import org.meldcode.model.Closure;
import org.meldcode.model.Consultation;
import org.meldcode.model.ConversationSkip;
import org.meldcode.model.Decision;
import org.meldcode.model.IbNotification;
import org.meldcode.model.LogEntry;
import org.meldcode.model.ParentsConversation;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.PupilConversation;
import org.meldcode.model.PupilReadinessCheck;
import org.meldcode.model.Report;
import org.meldcode.model.ReportConversation;
import org.meldcode.model.RiskAssessment;
import org.meldcode.model.Role;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.model.Threat;
import org.meldcode.model.Topic;

/**
 * The synthetic cases every benchmark uses (no pupil data: ids such as {@code t-101}, texts such
 * as "Synthetic observation ...").
 *
 * <p>A case walks the plan's usual path to the point where long logbooks arise: a signal, the IB
 * informed, an anonymous consultation, the conversation with the parents, a weighing, and a
 * decision to organise help that the parents accept with contact; after that the teacher keeps
 * logging (SP-5.5). The logbook entries are plain observations, every 25th records the pupil's
 * own disclosure (a fact the rules read, SP-3.3). The <em>typical</em> case has 50 events: the 6
 * of the path and 44 logbook entries, as in the spike that measured 48.
 *
 * <p>Cases are built with {@link Case#append} only, as a host builds them.
 */
public final class Cases {

    public static final Actor TEACHER = Actor.of(Role.TEACHER, "t-101");
    public static final Actor IB = Actor.of(Role.INTERN_BEGELEIDER, "ib-201");
    public static final Actor DIRECTOR = Actor.of(Role.DIRECTOR, "dir-301");
    public static final Actor SOCIAL_WORKER = Actor.of(Role.SCHOOL_SOCIAL_WORKER, "smw-401");

    /** Events of the usual path before the logbook entries. */
    public static final int PATH_EVENTS = 6;

    /** Events of the typical case. */
    public static final int TYPICAL_EVENTS = 50;

    /** Every n-th logbook entry records a disclosure by the pupil, which the rules read. */
    public static final int DISCLOSURE_EVERY = 25;

    private static final Instant START = Instant.parse("2026-09-07T07:30:00Z");

    private Cases() {}

    /** The typical case: the usual path and 44 logbook entries, 50 events. */
    public static Case typical() {
        return withEntries(TYPICAL_EVENTS - PATH_EVENTS + 1);
    }

    /**
     * A case with the given number of logbook entries in all (the first signal included): the
     * usual path up to help organised, then {@code entries - 1} further entries.
     *
     * @param entries how many logbook entries, 1 or more
     */
    public static Case withEntries(int entries) {
        if (entries < 1) {
            throw new IllegalArgumentException("entries must be 1 or more, was " + entries);
        }
        Case c = Case.open("case-bench", "pupil-bench", ProtocolRef.STAPPENPLAN_2021);
        Instant at = START;
        c = c.append(entry(at, 0));
        c = c.append(new IbNotification(at = next(at), TEACHER));
        c = c.append(new Consultation(at = next(at), TEACHER, Set.of(TEACHER, IB, SOCIAL_WORKER), true));
        c = c.append(
                new ParentsConversation(at = next(at), IB, Set.of(IB, DIRECTOR), EnumSet.allOf(Topic.class), false));
        c = c.append(RiskAssessment.by(IB)
                .at(at = next(at))
                .with(TEACHER)
                .level(SuspicionLevel.PRESENT)
                .discussedWithManagement()
                .grounds("Weighed on what steps 1 to 3 brought.")
                .build());
        c = c.append(Decision.by(IB)
                .at(at = next(at))
                .with(DIRECTOR)
                .toOrganiseHelp()
                .schoolCanHelp()
                .helpAccepted()
                .willingToWork()
                .contactWithHelpAllowed()
                .grounds("Synthetic grounds.")
                .build());
        for (int i = 1; i < entries; i++) {
            c = c.append(entry(at = next(at), i));
        }
        return c;
    }

    /** The moment after the case's last event, for actions proposed on it. */
    public static Instant after(Case c) {
        return next(c.lastEventAt().orElse(START));
    }

    /**
     * One proposed action of every kind, by a role the plan names, at the given moment: the
     * mix a ruling benchmark cycles through (some are permitted in the typical case, most are
     * refused, each for its own clauses).
     */
    public static List<Action> proposals(Instant at) {
        return List.of(
                entry(at, 1),
                new IbNotification(at, TEACHER),
                new Consultation(at, TEACHER, Set.of(TEACHER, IB, SOCIAL_WORKER), false),
                new PupilReadinessCheck(at, IB, Set.of(TEACHER, IB), true),
                new PupilConversation(at, TEACHER, true),
                new ParentsConversation(at, IB, Set.of(IB, DIRECTOR), EnumSet.allOf(Topic.class), false),
                new ConversationSkip(at, IB, Set.of(Threat.CHILD), "Synthetic danger."),
                RiskAssessment.by(IB)
                        .at(at)
                        .with(TEACHER)
                        .level(SuspicionLevel.VERY_STRONG)
                        .discussedWithManagement()
                        .grounds("Weighed on what steps 1 to 3 brought.")
                        .build(),
                Decision.by(IB)
                        .at(at)
                        .with(DIRECTOR)
                        .toReport()
                        .schoolCanHelp()
                        .grounds("Synthetic grounds.")
                        .build(),
                Report.by(IB).at(at).pupilIdentified().build(),
                new ReportConversation(at, IB, Set.of(IB, DIRECTOR), true),
                new Advice(at, IB, true),
                new Closure(at, IB, "Synthetic reason."));
    }

    /** The action a host applies most often: a plain logbook entry by the teacher. */
    public static LogEntry entry(Instant at, int n) {
        boolean disclosure = n > 0 && n % DISCLOSURE_EVERY == 0;
        return new LogEntry(
                at,
                TEACHER,
                LocalDate.of(2026, 9, 7),
                disclosure ? Signal.DISCLOSURE : Signal.values()[n % 4],
                disclosure ? Source.PUPIL : Source.OWN_OBSERVATION,
                "Synthetic observation " + n + ".",
                false);
    }

    private static Instant next(Instant at) {
        return at.plus(Duration.ofMinutes(30));
    }
}
