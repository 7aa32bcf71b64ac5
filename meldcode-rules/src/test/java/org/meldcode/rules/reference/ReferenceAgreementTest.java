package org.meldcode.rules.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.KnownNames;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Obligation;
import org.meldcode.engine.Result;
import org.meldcode.model.AccusedAndParentsInformed;
import org.meldcode.model.Action;
import org.meldcode.model.ActionType;
import org.meldcode.model.Actor;
import org.meldcode.model.AcuteDanger;
import org.meldcode.model.Advice;
import org.meldcode.model.BoardNotification;
import org.meldcode.model.Case;
import org.meldcode.model.Channel;
import org.meldcode.model.Closure;
import org.meldcode.model.Consultation;
import org.meldcode.model.ConversationSkip;
import org.meldcode.model.Decision;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.Event;
import org.meldcode.model.IbNotification;
import org.meldcode.model.InspectorConsultation;
import org.meldcode.model.LogEntry;
import org.meldcode.model.ParentsConversation;
import org.meldcode.model.PoliceReport;
import org.meldcode.model.Position;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.PupilConversation;
import org.meldcode.model.PupilReadinessCheck;
import org.meldcode.model.Report;
import org.meldcode.model.ReportConversation;
import org.meldcode.model.RiskAssessment;
import org.meldcode.model.Role;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.model.StaffSuspicion;
import org.meldcode.model.Substitution;
import org.meldcode.model.Suspect;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.model.Teller;
import org.meldcode.model.TellingArrangement;
import org.meldcode.model.Threat;
import org.meldcode.model.Topic;
import org.meldcode.protocol.Protocol;
import org.meldcode.rules.MeldcodeRules;
import org.meldcode.rules.Story;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The Drools engine against the independent {@link ReferenceEvaluator}: the same clause ids for every
 * proposed action and the same guidance (current step, closed, obligations), along the story paths with
 * probes of every kind of action by every role, and along random sequences of actions.
 *
 * <p>Where the two disagree and the reference is believed right, the disagreement can be listed in
 * {@link #KNOWN}: the general comparisons then report such cases without failing on them, while a
 * test of its own fails until the engine (or the reading) changes. The list is empty.
 *
 * <p>The paths and the generated sequences also walk the routes of issue 13: acute danger at any moment
 * by any staff role (and a report right after it, mostly by the teacher), skips that name a danger or
 * none, telling arrangements, and the staff route with suspects of several positions (also an IB and a
 * director who do not act in the case, so that the acting IB and director can be their substitutes).
 */
class ReferenceAgreementTest {

    private static final ReferenceEvaluator REFERENCE = new ReferenceEvaluator();
    private static final int EXAMPLES = Integer.getInteger("meldcode.examples", 1_000);
    private static final long SEED = Long.getLong("meldcode.seed", 20260907L);

    // ---------------------------------------------------------------------------------------------
    // Comparing one ruling and one guidance
    // ---------------------------------------------------------------------------------------------

    /**
     * A disagreement judged in favour of the reference (see the engine_disagrees_* tests): which rulings
     * and which guidances it explains. Either test may be null.
     */
    record Known(String id, RulingTest ruling, GuideTest guide) {}

    @FunctionalInterface
    interface RulingTest {
        boolean matches(Case c, Action a, Set<String> engine, Set<String> reference);
    }

    @FunctionalInterface
    interface GuideTest {
        boolean matches(Case c, ReferenceEvaluator.Guide engine, ReferenceEvaluator.Guide reference);
    }

    /**
     * Disagreements judged in favour of the reference and not yet resolved: none. K1 (SR-1.4, see
     * {@link #the_board_is_owed_informing_the_accused_and_the_parents_at_every_call}) was a rule that
     * Drools did not fire for the order of its patterns; it was fixed in the rules. Building the
     * reference found three before issue 13 (SP-3.3 a disclosure relayed by others, SP-5.7 the parents
     * told of a second report, SP-5.5 a deterioration logged after the re-weighing); the rules were
     * changed, and the tests that showed them now pin the agreed behaviour down.
     */
    static final List<Known> KNOWN = List.of();

    /** Disagreements met in the general comparisons that are already known, by id, with a first example. */
    private static final Map<String, String> KNOWN_SEEN = new ConcurrentHashMap<>();

    /** The engine's clause ids and the reference's, or empty when they agree or the case is known. */
    static Optional<String> compareRuling(Case c, Action a, Set<String> engine) {
        Set<String> reference = REFERENCE.refusals(c, a);
        if (engine.equals(reference)) {
            return Optional.empty();
        }
        String text = disagreement(c, a, engine, reference);
        Optional<Known> k = KNOWN.stream()
                .filter(kk -> kk.ruling() != null && kk.ruling().matches(c, a, engine, reference))
                .findFirst();
        if (k.isPresent()) {
            KNOWN_SEEN.putIfAbsent(k.get().id(), text);
            return Optional.empty();
        }
        return Optional.of(text);
    }

    static ReferenceEvaluator.Guide engineGuide(Case c) {
        Guidance g = Story.ENGINE.guide(c);
        Set<String> owed = new TreeSet<>();
        g.obligations().stream().map(Obligation::clause).forEach(cl -> owed.add(cl.id()));
        return new ReferenceEvaluator.Guide(g.currentStep().number(), g.closed(), owed);
    }

    static Optional<String> compareGuide(Case c) {
        ReferenceEvaluator.Guide engine = engineGuide(c);
        ReferenceEvaluator.Guide reference = REFERENCE.guide(c);
        if (engine.equals(reference)) {
            return Optional.empty();
        }
        String text = "GUIDANCE DISAGREES\n  events:\n" + events(c) + "  engine:    " + engine + "\n  reference: "
                + reference;
        Optional<Known> k = KNOWN.stream()
                .filter(kk -> kk.guide() != null && kk.guide().matches(c, engine, reference))
                .findFirst();
        if (k.isPresent()) {
            KNOWN_SEEN.putIfAbsent(k.get().id(), text);
            return Optional.empty();
        }
        return Optional.of(text);
    }

    static String disagreement(Case c, Action a, Set<String> engine, Set<String> reference) {
        return "RULING DISAGREES\n  events:\n" + events(c) + "  proposed:  " + a + "\n  engine:    " + engine
                + "\n  reference: " + reference;
    }

    static String events(Case c) {
        StringBuilder out = new StringBuilder();
        for (Event e : c.events()) {
            out.append("    ")
                    .append(e.sequence())
                    .append(". ")
                    .append(e.action())
                    .append('\n');
        }
        return out.toString();
    }

    @AfterAll
    static void listKnownDisagreementsMet() {
        KNOWN_SEEN.forEach((id, example) ->
                System.out.println("[reference] known disagreement " + id + " met, first example:\n" + example));
    }

    // ---------------------------------------------------------------------------------------------
    // (a) The story paths, each probed with every kind of action by every role
    // ---------------------------------------------------------------------------------------------

    private static final Actor T = Story.TEACHER;
    private static final Actor IB = Story.IB;
    private static final Actor DIR = Story.DIRECTOR;
    private static final Actor SMW = Story.SOCIAL_WORKER;
    private static final Actor ZT = Story.CARE_TEAM;
    private static final Actor BOARD = Story.BOARD;

    // The suspects of the staff route (issue 13, item 6: "the suspect can be anyone with tasks at the
    // school"). The IB and the director suspected here are not the IB and the director who act in the
    // stories and the generated sequences, so that those can act as the substitutes (item 7).
    private static final Suspect TEACHER_SUSPECT = Suspect.of(Story.OTHER_TEACHER);
    private static final Suspect CARETAKER_SUSPECT = Suspect.of("ct-701", Position.CARETAKER);
    private static final Suspect VOLUNTEER_SUSPECT = Suspect.of("vol-703", Position.VOLUNTEER);
    private static final Suspect IB_SUSPECT = Suspect.of("ib-suspect", Position.INTERN_BEGELEIDER);
    private static final Suspect DIR_SUSPECT = Suspect.of("dir-suspect", Position.DIRECTOR);
    /** The suspects as actors in the roles they hold, for probing that a suspect takes no part. */
    private static final List<Actor> SUSPECT_ACTORS = List.of(
            Story.OTHER_TEACHER,
            Actor.of(Role.INTERN_BEGELEIDER, IB_SUSPECT.staffId()),
            Actor.of(Role.DIRECTOR, DIR_SUSPECT.staffId()));

    /** Whom a skipped conversation would endanger: none, the relationship only, and persons. */
    private static final List<Set<Threat>> ENDANGERED = List.of(
            Set.of(),
            Set.of(Threat.RELATIONSHIP_OF_TRUST),
            Set.of(Threat.CHILD),
            Set.of(Threat.FAMILY),
            Set.of(Threat.PROFESSIONAL),
            Set.of(Threat.CHILD, Threat.RELATIONSHIP_OF_TRUST),
            Set.of(Threat.FAMILY, Threat.PROFESSIONAL));

    private static AcuteDanger acute(Instant at, Actor actor) {
        return new AcuteDanger(at, actor, "Pupil says she is afraid to go home tonight; visible fresh injuries.");
    }

    private static StaffSuspicion suspicion(Instant at, Suspect suspect, boolean sexualOffence) {
        return new StaffSuspicion(at, T, suspect, sexualOffence);
    }

    private static TellingArrangement arrangement(Instant at, Teller teller) {
        return new TellingArrangement(at, IB, teller, "Veilig Thuis tells the parents after its first home visit.");
    }

    private static RiskAssessment structuralWeighing(Instant at, SuspicionLevel level) {
        return new RiskAssessment(
                at, IB, Set.of(T, IB), level, false, true, true, "Weighed on what steps 1 to 3 brought.");
    }

    /** Acute danger recorded, the report made at once by the teacher, the steps recorded afterwards. */
    private static Story acuteReportedThenStepsRecorded() {
        return Story.newCase()
                .given(at -> acute(at, T))
                .given(at -> new Report(at, T, true, false))
                .given(at -> new IbNotification(at, T))
                .given(at -> Story.consultation(at, true))
                .given(at -> new ConversationSkip(at, IB, Set.of(Threat.CHILD), "The father threatened the pupil."))
                .given(at -> Story.weighing(at, SuspicionLevel.CONFIRMED, true, true));
    }

    /** The staff route to its end with a reasonable suspicion, beside the plan's steps 1 to 4. */
    private static Story policeReportedAfterStep4() {
        return Story.newCase()
                .boardInformed(true)
                .given(at -> new IbNotification(at, T))
                .given(at -> Story.consultation(at, true))
                .given(at -> Story.parentsConversation(at, IB, false))
                .given(at -> Story.weighing(at, SuspicionLevel.PRESENT, false, true))
                .given(at -> new InspectorConsultation(at, BOARD, true))
                .given(at -> new AccusedAndParentsInformed(at, BOARD))
                .given(at -> new PoliceReport(at, BOARD));
    }

    private static LogEntry disclosure(Instant at, Source source) {
        return new LogEntry(
                at,
                T,
                LocalDate.of(2026, 9, 7),
                Signal.DISCLOSURE,
                source,
                "Told after class: 'Dad hits me when he is angry.'",
                false);
    }

    /** The paths: Story's usual path and the branches the clauses care about. */
    static Map<String, Supplier<Story>> paths() {
        Map<String, Supplier<Story>> p = new LinkedHashMap<>();
        p.put("newCase", Story::newCase);
        p.put("signalLogged", () -> Story.newCase().signalLogged());
        p.put("ibInformed", () -> Story.newCase().ibInformed());
        p.put("ibAdvisedAtOnce", () -> Story.newCase().signalLogged().given(at -> Story.advice(at, IB, true)));
        p.put("consulted", () -> Story.newCase().consulted());
        p.put("consulted+readyYes", () -> Story.newCase().consulted().given(at -> Story.readiness(at, true)));
        p.put("consulted+readyNo", () -> Story.newCase().consulted().given(at -> Story.readiness(at, false)));
        p.put(
                "consulted+readyYes+No",
                () -> Story.newCase()
                        .consulted()
                        .given(at -> Story.readiness(at, true))
                        .given(at -> Story.readiness(at, false)));
        p.put(
                "pupilTalkedTo",
                () -> Story.newCase()
                        .consulted()
                        .given(at -> Story.readiness(at, true))
                        .given(at -> Story.pupilConversation(at, false)));
        p.put(
                "disclosedByPupil+ready",
                () -> Story.newCase()
                        .given(at -> disclosure(at, Source.PUPIL))
                        .consulted()
                        .given(at -> Story.readiness(at, true)));
        p.put(
                "disclosureOwnObservation+ready",
                () -> Story.newCase()
                        .given(at -> disclosure(at, Source.OWN_OBSERVATION))
                        .consulted()
                        .given(at -> Story.readiness(at, true)));
        for (Source source : List.of(Source.PARENTS, Source.OTHER_CHILD, Source.OTHER_ADULT)) {
            p.put(
                    "disclosureRelayedBy" + source + "+ready",
                    () -> Story.newCase()
                            .given(at -> disclosure(at, source))
                            .consulted()
                            .given(at -> Story.readiness(at, true)));
        }
        p.put("parentsTalkedTo", () -> Story.newCase().parentsTalkedTo());
        p.put(
                "suspicionRemoved",
                () -> Story.newCase().consulted().given(at -> Story.parentsConversation(at, IB, true)));
        p.put("step3Skipped", () -> Story.newCase().step3Skipped());
        p.put(
                "step3Skipped+weighed",
                () -> Story.newCase()
                        .step3Skipped()
                        .given(at -> Story.weighing(at, SuspicionLevel.VERY_STRONG, false, true)));
        for (SuspicionLevel level : SuspicionLevel.values()) {
            for (boolean acute : new boolean[] {false, true}) {
                p.put(
                        "weighed(" + level + "," + acute + ")",
                        () -> Story.newCase().weighed(level, acute));
            }
        }
        p.put(
                "weighedNotDiscussed",
                () -> Story.newCase()
                        .parentsTalkedTo()
                        .given(at -> Story.weighing(at, SuspicionLevel.VERY_STRONG, false, false)));
        p.put(
                "weighedDoubtful+advice",
                () -> Story.newCase().weighed(SuspicionLevel.DOUBTFUL, false).given(at -> Story.advice(at, T, true)));
        p.put("decidedToReport", () -> Story.newCase().decidedToReport());
        p.put("helpOrganised", () -> Story.newCase().helpOrganised());
        p.put(
                "helpOrganised+weighed",
                () -> Story.newCase()
                        .helpOrganised()
                        .given(at -> Story.weighing(at, SuspicionLevel.VERY_STRONG, false, true)));
        p.put(
                "helpOrganised+deterioration",
                () -> Story.newCase().helpOrganised().given(Story::deterioration));
        p.put(
                "helpOrganised+deterioration+weighed",
                () -> Story.newCase()
                        .helpOrganised()
                        .given(Story::deterioration)
                        .given(at -> Story.weighing(at, SuspicionLevel.VERY_STRONG, false, true)));
        p.put(
                "helpOrganised+deterioration+decidedToReport",
                () -> Story.newCase()
                        .helpOrganised()
                        .given(Story::deterioration)
                        .given(at -> Story.weighing(at, SuspicionLevel.VERY_STRONG, false, true))
                        .given(at -> Story.decision(at, DecisionKind.REPORT, true, true)));
        p.put(
                "helpOrganised+deterioration+reported",
                () -> Story.newCase()
                        .helpOrganised()
                        .given(Story::deterioration)
                        .given(at -> Story.weighing(at, SuspicionLevel.VERY_STRONG, false, true))
                        .given(at -> Story.decision(at, DecisionKind.REPORT, true, true))
                        .given(at -> new Report(at, IB, true, false)));
        p.put(
                "helpOrganised+acuteWeighing",
                () -> Story.newCase()
                        .helpOrganised()
                        .given(at -> Story.weighing(at, SuspicionLevel.VERY_STRONG, true, true)));
        p.put(
                "helpOrganised+deterioration+weighed+deterioration",
                () -> Story.newCase()
                        .helpOrganised()
                        .given(Story::deterioration)
                        .given(at -> Story.weighing(at, SuspicionLevel.VERY_STRONG, false, true))
                        .given(Story::deterioration));
        p.put("reported", () -> Story.newCase().reported());
        p.put("parentsToldOfReport", () -> Story.newCase().parentsToldOfReport());
        p.put(
                "parentsToldOfReport+reportedAgain",
                () -> Story.newCase().parentsToldOfReport().given(at -> new Report(at, IB, true, false)));
        p.put(
                "step3Skipped+parentsToldOfReport",
                () -> Story.newCase()
                        .step3Skipped()
                        .given(at -> Story.weighing(at, SuspicionLevel.CONFIRMED, false, true))
                        .given(at -> Story.decision(at, DecisionKind.REPORT, false, false))
                        .given(at -> new Report(at, IB, true, false))
                        .given(at -> arrangement(at, Teller.SCHOOL))
                        .given(at -> Story.reportConversation(at, Set.of(IB, DIR), true)));
        p.put(
                // a second conversation with the parents is refused as a repeat (issue 16); the
                // probes ask for it after the suspicion was removed and after a new signal
                "suspicionRemoved+logged",
                () -> Story.newCase()
                        .consulted()
                        .given(at -> Story.parentsConversation(at, IB, true))
                        .given(at -> Story.signal(at, Story.TEACHER)));
        p.put(
                "closedAfterReport",
                () -> Story.newCase()
                        .parentsToldOfReport()
                        .given(at -> new Closure(at, DIR, "Handed to Veilig Thuis.")));
        p.put(
                "closedAfterSuspicionRemoved",
                () -> Story.newCase()
                        .consulted()
                        .given(at -> Story.parentsConversation(at, IB, true))
                        .given(at -> new Closure(at, IB, "Suspicion removed.")));
        acutePaths(p);
        unsafetyPaths(p);
        staffPaths(p);
        return p;
    }

    /** The acute route (AR-1.1 to AR-1.4): acute danger at several moments, by several staff roles. */
    private static void acutePaths(Map<String, Supplier<Story>> p) {
        p.put("acute@newCase", () -> Story.newCase().given(at -> acute(at, T)));
        p.put(
                "acute@newCase+reportedByTeacher",
                () -> Story.newCase().given(at -> acute(at, T)).given(at -> new Report(at, T, true, false)));
        p.put(
                "acute(socialWorker)@signalLogged",
                () -> Story.newCase().signalLogged().given(at -> acute(at, SMW)));
        p.put(
                "acute(careTeam)@consulted+reportedByCareTeam",
                () -> Story.newCase()
                        .consulted()
                        .given(at -> acute(at, ZT))
                        .given(at -> new Report(at, ZT, true, false)));
        p.put(
                "acute(director)@suspicionRemoved",
                () -> Story.newCase()
                        .consulted()
                        .given(at -> Story.parentsConversation(at, IB, true))
                        .given(at -> acute(at, DIR)));
        // The notes, added later (SP-3.7): acute danger after the removal brings steps 4 and 5 back.
        p.put(
                "acute(director)@suspicionRemoved+reported",
                () -> Story.newCase()
                        .consulted()
                        .given(at -> Story.parentsConversation(at, IB, true))
                        .given(at -> acute(at, DIR))
                        .given(at -> new Report(at, DIR, true, false)));
        p.put(
                "acute(director)@suspicionRemoved+reported+weighed",
                () -> Story.newCase()
                        .consulted()
                        .given(at -> Story.parentsConversation(at, IB, true))
                        .given(at -> acute(at, DIR))
                        .given(at -> new Report(at, DIR, true, false))
                        .given(at -> Story.weighing(at, SuspicionLevel.CONFIRMED, true, true)));
        p.put(
                "acute@newCase+reported+arranged(SCHOOL)",
                () -> Story.newCase()
                        .given(at -> acute(at, T))
                        .given(at -> new Report(at, T, true, false))
                        .given(at -> arrangement(at, Teller.SCHOOL)));
        p.put(
                "acute@newCase+reported+arranged(SCHOOL)+told",
                () -> Story.newCase()
                        .given(at -> acute(at, T))
                        .given(at -> new Report(at, T, true, false))
                        .given(at -> arrangement(at, Teller.SCHOOL))
                        .given(at -> Story.reportConversation(at, Set.of(IB, DIR), true)));
        p.put(
                "acute@newCase+reported+arranged(VEILIG_THUIS)",
                () -> Story.newCase()
                        .given(at -> acute(at, IB))
                        .given(at -> new Report(at, IB, true, false))
                        .given(at -> arrangement(at, Teller.VEILIG_THUIS)));
        p.put(
                "acute+reported+acuteAgain",
                () -> Story.newCase()
                        .given(at -> acute(at, T))
                        .given(at -> new Report(at, T, true, false))
                        .given(at -> acute(at, DIR)));
        p.put("acute+reported+stepsRecordedAfterwards", ReferenceAgreementTest::acuteReportedThenStepsRecorded);
        p.put(
                "acute+reported+stepsRecordedAfterwards+decidedToReport",
                () -> acuteReportedThenStepsRecorded()
                        .given(at -> Story.decision(at, DecisionKind.REPORT, false, false)));
        p.put(
                "acute+reported+stepsRecordedAfterwards+arranged(VEILIG_THUIS)",
                () -> acuteReportedThenStepsRecorded().given(at -> arrangement(at, Teller.VEILIG_THUIS)));
        p.put(
                "acute+reported+stepsRecordedAfterwards+arranged(VEILIG_THUIS)+closed",
                () -> acuteReportedThenStepsRecorded()
                        .given(at -> arrangement(at, Teller.VEILIG_THUIS))
                        .given(at -> new Closure(at, IB, "Veilig Thuis took over.")));
        p.put("acute@helpOrganised", () -> Story.newCase().helpOrganised().given(at -> acute(at, T)));
        p.put(
                "acute@helpOrganised+reported",
                () -> Story.newCase()
                        .helpOrganised()
                        .given(at -> acute(at, T))
                        .given(at -> new Report(at, T, true, false)));
        p.put("acute@decidedToReport", () -> Story.newCase().decidedToReport().given(at -> acute(at, DIR)));
        p.put(
                "acute@parentsToldOfReport",
                () -> Story.newCase().parentsToldOfReport().given(at -> acute(at, T)));
        p.put("acute@staffSuspected", () -> Story.newCase().staffSuspected(true).given(at -> acute(at, T)));
        p.put(
                "acute@staffSuspected+reported",
                () -> Story.newCase()
                        .staffSuspected(true)
                        .given(at -> acute(at, T))
                        .given(at -> new Report(at, T, true, false)));
    }

    /** Issue 13, items 1 to 4: structural unsafety, the skip's danger, telling the parents when unsafe. */
    private static void unsafetyPaths(Map<String, Supplier<Story>> p) {
        for (SuspicionLevel level : List.of(SuspicionLevel.PRESENT, SuspicionLevel.CONFIRMED)) {
            p.put(
                    "weighedStructural(" + level + ")",
                    () -> Story.newCase().parentsTalkedTo().given(at -> structuralWeighing(at, level)));
        }
        p.put(
                "disclosedByPupil+weighedStructural(CONFIRMED)",
                () -> Story.newCase()
                        .given(at -> disclosure(at, Source.PUPIL))
                        .parentsTalkedTo()
                        .given(at -> structuralWeighing(at, SuspicionLevel.CONFIRMED)));
        p.put(
                "helpOrganised+structuralWeighing",
                () -> Story.newCase().helpOrganised().given(at -> structuralWeighing(at, SuspicionLevel.VERY_STRONG)));
        p.put(
                "helpOrganised+structuralWeighing+weighedAgain",
                () -> Story.newCase()
                        .helpOrganised()
                        .given(at -> structuralWeighing(at, SuspicionLevel.VERY_STRONG))
                        .given(at -> Story.weighing(at, SuspicionLevel.PRESENT, false, true)));
        for (Threat threat : List.of(Threat.FAMILY, Threat.PROFESSIONAL)) {
            p.put(
                    "step3Skipped(" + threat + ")",
                    () -> Story.newCase()
                            .consulted()
                            .given(at -> new ConversationSkip(
                                    at, DIR, Set.of(threat, Threat.RELATIONSHIP_OF_TRUST), "Threats after a talk.")));
        }
        p.put(
                "step3Skipped+arranged(SCHOOL)",
                () -> Story.newCase().step3Skipped().given(at -> arrangement(at, Teller.SCHOOL)));
        p.put(
                "step3Skipped+reported",
                () -> Story.newCase()
                        .step3Skipped()
                        .given(at -> Story.weighing(at, SuspicionLevel.CONFIRMED, false, true))
                        .given(at -> Story.decision(at, DecisionKind.REPORT, false, false))
                        .given(at -> new Report(at, IB, true, false)));
        for (Teller teller : Teller.values()) {
            p.put(
                    "step3Skipped+reported+arranged(" + teller + ")",
                    () -> Story.newCase()
                            .step3Skipped()
                            .given(at -> Story.weighing(at, SuspicionLevel.CONFIRMED, false, true))
                            .given(at -> Story.decision(at, DecisionKind.REPORT, false, false))
                            .given(at -> new Report(at, IB, true, false))
                            .given(at -> arrangement(at, teller)));
        }
        p.put(
                "weighedAcute+reported",
                () -> Story.newCase()
                        .weighed(SuspicionLevel.VERY_STRONG, true)
                        .given(at -> Story.decision(at, DecisionKind.REPORT, true, true))
                        .given(at -> new Report(at, IB, true, false)));
        p.put(
                "weighedAcute+weighedAgain+reported",
                () -> Story.newCase()
                        .weighed(SuspicionLevel.VERY_STRONG, true)
                        .given(at -> Story.weighing(at, SuspicionLevel.VERY_STRONG, false, true))
                        .given(at -> Story.decision(at, DecisionKind.REPORT, false, false))
                        .given(at -> new Report(at, IB, true, false)));
    }

    /** The staff route (SR-1.1 to SR-1.5): suspects of several positions, the board, the inspector. */
    private static void staffPaths(Map<String, Supplier<Story>> p) {
        p.put("staffSuspected(teacher)", () -> Story.newCase().staffSuspected(true));
        p.put("staffSuspected(teacher,notSexual)", () -> Story.newCase().staffSuspected(false));
        p.put(
                "staffSuspected(caretaker)",
                () -> Story.newCase().signalLogged().given(at -> suspicion(at, CARETAKER_SUSPECT, true)));
        p.put(
                "staffSuspected(volunteer)+boardInformed",
                () -> Story.newCase()
                        .signalLogged()
                        .given(at -> suspicion(at, VOLUNTEER_SUSPECT, true))
                        .given(at -> new BoardNotification(at, SMW, Channel.DIRECT)));
        p.put("boardInformed", () -> Story.newCase().boardInformed(true));
        for (boolean reasonable : new boolean[] {false, true}) {
            p.put(
                    "boardInformed+inspector(" + reasonable + ")",
                    () -> Story.newCase()
                            .boardInformed(true)
                            .given(at -> new InspectorConsultation(at, BOARD, reasonable)));
        }
        p.put(
                "boardInformed+inspector(true)+inspector(false)",
                () -> Story.newCase()
                        .boardInformed(true)
                        .given(at -> new InspectorConsultation(at, BOARD, true))
                        .given(at -> new InspectorConsultation(at, BOARD, false)));
        p.put(
                "boardInformed+inspector(true)+accusedInformed",
                () -> Story.newCase()
                        .boardInformed(true)
                        .given(at -> new InspectorConsultation(at, BOARD, true))
                        .given(at -> new AccusedAndParentsInformed(at, BOARD)));
        p.put(
                "boardInformed+inspector(true)+policeReported",
                () -> Story.newCase()
                        .boardInformed(true)
                        .given(at -> new InspectorConsultation(at, BOARD, true))
                        .given(at -> new AccusedAndParentsInformed(at, BOARD))
                        .given(at -> new PoliceReport(at, BOARD)));
        p.put("policeReportedAfterStep4", ReferenceAgreementTest::policeReportedAfterStep4);
        p.put(
                "policeReportedAfterStep4+closed",
                () -> policeReportedAfterStep4().given(at -> new Closure(at, DIR, "Police report filed.")));
        p.put(
                "boardInformed+inspector(false)+parentsToldOfReport",
                () -> Story.newCase()
                        .boardInformed(true)
                        .given(at -> new InspectorConsultation(at, BOARD, false))
                        .given(at -> new IbNotification(at, T))
                        .given(at -> Story.consultation(at, true))
                        .given(at -> Story.parentsConversation(at, IB, false))
                        .given(at -> Story.weighing(at, SuspicionLevel.VERY_STRONG, false, true))
                        .given(at -> Story.decision(at, DecisionKind.REPORT, false, false))
                        .given(at -> new Report(at, IB, true, false))
                        .given(at -> Story.reportConversation(at, Set.of(IB, DIR), true)));
        p.put("ibSuspected", () -> Story.newCase().signalLogged().given(at -> suspicion(at, IB_SUSPECT, true)));
        p.put(
                "ibSuspected+boardInformed",
                () -> Story.newCase()
                        .signalLogged()
                        .given(at -> suspicion(at, IB_SUSPECT, true))
                        .given(at -> new BoardNotification(at, T, Channel.DIRECT)));
        p.put(
                "ibSuspected+substituted",
                () -> Story.newCase()
                        .signalLogged()
                        .given(at -> suspicion(at, IB_SUSPECT, true))
                        .given(at -> new BoardNotification(at, T, Channel.DIRECT))
                        .given(at -> new Substitution(at, BOARD, Role.INTERN_BEGELEIDER, IB.staffId())));
        p.put(
                "ibSuspected+substituted+substituteInformed",
                () -> Story.newCase()
                        .signalLogged()
                        .given(at -> suspicion(at, IB_SUSPECT, true))
                        .given(at -> new BoardNotification(at, T, Channel.DIRECT))
                        .given(at -> new Substitution(at, BOARD, Role.INTERN_BEGELEIDER, IB.staffId()))
                        .given(at -> new IbNotification(at, T))
                        .given(at -> Story.consultation(at, true)));
        p.put(
                "ibSuspected(actingIb)",
                () -> Story.newCase().signalLogged().given(at -> suspicion(at, Suspect.of(IB), false)));
        p.put(
                "ibInformed+ibSuspected",
                () -> Story.newCase().ibInformed().given(at -> suspicion(at, IB_SUSPECT, true)));
        p.put("directorSuspected", () -> Story.newCase().consulted().given(at -> suspicion(at, DIR_SUSPECT, false)));
        p.put(
                "directorSuspected+substituted",
                () -> Story.newCase()
                        .consulted()
                        .given(at -> suspicion(at, DIR_SUSPECT, false))
                        .given(at -> new BoardNotification(at, IB, Channel.DIRECT))
                        .given(at -> new Substitution(at, BOARD, Role.DIRECTOR, DIR.staffId())));
        p.put(
                "directorSuspected(actingDirector)",
                () -> Story.newCase().consulted().given(at -> suspicion(at, Suspect.of(DIR), true)));
        p.put(
                "ibAndDirectorSuspected",
                () -> Story.newCase()
                        .signalLogged()
                        .given(at -> suspicion(at, IB_SUSPECT, true))
                        .given(at -> suspicion(at, DIR_SUSPECT, true)));
    }

    /** Every kind of action by every role, done right and done in the ways the clauses refuse. */
    static List<Action> probes(Instant at) {
        List<Action> out = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(at, ReferenceEvaluator.SCHOOL_ZONE);
        for (Role role : Role.values()) {
            Actor me = Actor.of(role, "probe-" + role.ordinal());
            out.add(new IbNotification(at, me));
            for (int days : new int[] {-1, 0, 1}) {
                for (boolean det : new boolean[] {false, true}) {
                    out.add(new LogEntry(
                            at,
                            me,
                            today.plusDays(days),
                            Signal.BEHAVIOUR,
                            Source.OWN_OBSERVATION,
                            "Synthetic observation.",
                            det));
                }
            }
            for (Source source : Source.values()) {
                out.add(new LogEntry(at, me, today, Signal.DISCLOSURE, source, "Synthetic disclosure.", false));
            }
            for (Set<Actor> with :
                    List.of(Set.of(T, IB, SMW), Set.of(T, IB, ZT), Set.of(T, IB), Set.of(T, SMW), Set.of(IB, ZT))) {
                for (boolean anonymous : new boolean[] {true, false}) {
                    out.add(new Consultation(at, me, plus(with, me), anonymous));
                }
            }
            for (Set<Actor> with : List.of(Set.of(T, IB), Set.of(IB), Set.of(T), Set.of(DIR))) {
                for (boolean canTalk : new boolean[] {true, false}) {
                    out.add(new PupilReadinessCheck(at, me, plus(with, me), canTalk));
                }
            }
            out.add(new PupilConversation(at, me, false));
            out.add(new PupilConversation(at, me, true));
            EnumSet<Topic> all = EnumSet.allOf(Topic.class);
            for (Set<Actor> with : List.of(Set.of(IB, DIR), Set.of(IB), Set.of(DIR), Set.of(IB, DIR, T))) {
                for (boolean removed : new boolean[] {false, true}) {
                    out.add(new ParentsConversation(at, me, plus(with, me), all, removed));
                }
            }
            out.add(new ParentsConversation(
                    at, me, plus(Set.of(IB, DIR), me), EnumSet.complementOf(EnumSet.of(Topic.FOLLOW_UP)), false));
            for (Set<Threat> endangered : ENDANGERED) {
                out.add(new ConversationSkip(at, me, endangered, "Synthetic danger."));
            }
            for (SuspicionLevel level : SuspicionLevel.values()) {
                out.add(new RiskAssessment(
                        at,
                        me,
                        plus(Set.of(T, IB), me),
                        level,
                        false,
                        false,
                        true,
                        "Weighed on what steps 1 to 3 brought."));
                out.add(new RiskAssessment(
                        at,
                        me,
                        plus(Set.of(T, IB), me),
                        level,
                        true,
                        true,
                        false,
                        "Weighed on what steps 1 to 3 brought."));
            }
            out.add(new RiskAssessment(
                    at,
                    me,
                    plus(Set.of(IB, DIR), me),
                    SuspicionLevel.PRESENT,
                    false,
                    true,
                    true,
                    "Weighed on what steps 1 to 3 brought."));
            out.add(new RiskAssessment(
                    at,
                    me,
                    plus(Set.of(T, IB), me),
                    SuspicionLevel.CONFIRMED,
                    false,
                    true,
                    true,
                    "Weighed on what steps 1 to 3 brought."));
            for (DecisionKind kind : DecisionKind.values()) {
                for (int fl = 0; fl < 4; fl++) {
                    out.add(new Decision(
                            at,
                            me,
                            plus(Set.of(IB, DIR), me),
                            kind,
                            true,
                            (fl & 1) == 1,
                            (fl & 1) == 1,
                            (fl & 2) == 2,
                            "Synthetic."));
                }
                out.add(new Decision(at, me, plus(Set.of(IB), me), kind, true, false, false, false, "Synthetic."));
                // issue 14, SP-5.2: help the school says it cannot offer is no help to accept
                out.add(new Decision(at, me, plus(Set.of(IB, DIR), me), kind, false, true, true, true, "Synthetic."));
            }
            out.add(new Report(at, me, true, false));
            out.add(new Report(at, me, true, true));
            out.add(new Report(at, me, false, false)); // issue 14, SP-5.6: the pupil unnamed
            for (Set<Actor> with : List.of(Set.of(IB, DIR), Set.of(IB), Set.of(DIR))) {
                out.add(new ReportConversation(at, me, plus(with, me), true));
            }
            out.add(new ReportConversation(at, me, plus(Set.of(IB, DIR), me), false));
            out.add(new Advice(at, me, true));
            out.add(new Advice(at, me, false));
            out.add(new Closure(at, me, "Synthetic."));
            // the acute route, telling the parents when unsafe, the staff route
            out.add(new AcuteDanger(at, me, "Synthetic danger."));
            for (Teller teller : Teller.values()) {
                out.add(new TellingArrangement(at, me, teller, "Synthetic agreement."));
            }
            for (Suspect suspect : List.of(
                    TEACHER_SUSPECT, CARETAKER_SUSPECT, IB_SUSPECT, DIR_SUSPECT, Suspect.of(IB), Suspect.of(me))) {
                out.add(new StaffSuspicion(at, me, suspect, true));
            }
            out.add(new StaffSuspicion(at, me, TEACHER_SUSPECT, false));
            for (Channel channel : Channel.values()) {
                out.add(new BoardNotification(at, me, channel));
            }
            out.add(new InspectorConsultation(at, me, true));
            out.add(new InspectorConsultation(at, me, false));
            out.add(new AccusedAndParentsInformed(at, me));
            out.add(new PoliceReport(at, me));
            for (Role substituted : List.of(Role.INTERN_BEGELEIDER, Role.DIRECTOR, Role.TEACHER)) {
                out.add(new Substitution(at, me, substituted, "af-801"));
            }
            out.add(new Substitution(at, me, Role.INTERN_BEGELEIDER, IB_SUSPECT.staffId()));
            out.add(new Substitution(at, me, Role.DIRECTOR, DIR_SUSPECT.staffId()));
        }
        // SR-1.1: the suspects themselves, and others with a suspect taking part
        for (Actor suspect : SUSPECT_ACTORS) {
            out.add(new IbNotification(at, suspect));
            out.add(new AcuteDanger(at, suspect, "Synthetic danger."));
            out.add(new Report(at, suspect, true, false));
            out.add(new Closure(at, suspect, "Synthetic."));
            out.add(new TellingArrangement(at, suspect, Teller.SCHOOL, "Synthetic agreement."));
            out.add(new Consultation(at, T, Set.of(T, IB, SMW, suspect), true));
            out.add(new ReportConversation(at, IB, Set.of(IB, DIR, suspect), true));
            out.add(new Decision(
                    at, IB, Set.of(IB, DIR, suspect), DecisionKind.REPORT, true, false, false, false, "Synthetic."));
            out.add(new Substitution(at, BOARD, suspect.role(), suspect.staffId()));
        }
        return out;
    }

    private static Set<Actor> plus(Set<Actor> people, Actor actor) {
        Set<Actor> s = new HashSet<>(people);
        s.add(actor);
        return s;
    }

    @TestFactory
    Stream<DynamicTest> along_the_story_paths_every_probe_is_ruled_alike_and_guidance_agrees() {
        return paths().entrySet().stream()
                .map(path -> DynamicTest.dynamicTest(path.getKey(), () -> {
                    Story story = path.getValue().get();
                    Case c = story.caseFile();
                    Instant at = story.next();
                    List<String> problems = new ArrayList<>();
                    compareGuide(c).ifPresent(problems::add);
                    for (Action a : probes(at)) {
                        compareRuling(c, a, Story.ENGINE.evaluate(c, a).clauseIds())
                                .ifPresent(problems::add);
                    }
                    assertThat(problems)
                            .as("engine and reference disagree on path %s (%d times)", path.getKey(), problems.size())
                            .isEmpty();
                }));
    }

    @Test
    void the_reference_table_of_steps_and_roles_is_the_catalogues() {
        Protocol protocol = Protocol.of(ProtocolRef.STAPPENPLAN_2021);
        for (ActionType type : ActionType.values()) {
            if (ReferenceEvaluator.STEP.containsKey(type)) {
                assertThat(protocol.stepOf(type)).as("step of %s", type).isEqualTo(ReferenceEvaluator.STEP.get(type));
                assertThat(protocol.rolesFor(type)).as("roles of %s", type).isEqualTo(ReferenceEvaluator.WHO.get(type));
            } else {
                // the national framework's own actions: the seed plan grants them to nobody
                assertThat(protocol.rolesFor(type)).as("roles of %s", type).isEmpty();
            }
        }
        for (int step = 1; step <= 5; step++) {
            assertThat(protocol.requiredBefore(step))
                    .as("prerequisite of step %d", step)
                    .isEqualTo(ReferenceEvaluator.REQUIRES.getOrDefault(step, 0));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // (b) Random sequences
    // ---------------------------------------------------------------------------------------------

    /**
     * One generated move: a kind of action, who takes it, bits that fill in its fields, and its mode.
     * A {@link #GUIDED} move takes the plan's next step along one of its usual paths (alt picks which),
     * by a role the plan names, with the people it needs; its bits still vary the yes/no fields so that
     * guided sequences reach doubt, acute unsafety, help, deterioration and removal. A {@link #RANDOM}
     * move is anything, by any role. A {@link #STAFF} move takes the staff route's next step (a
     * suspicion, which one in eight such moves starts; the board informed; a substitute; the inspector;
     * the accused and the parents; the police report), and is guided once there is none.
     */
    record Move(ActionType type, Role role, int bits, int alt, int mode) {}

    static final int GUIDED = 0;
    static final int RANDOM = 1;
    static final int STAFF = 2;

    /** The plan's usual paths; a guided move at position i takes one of the alternatives at i. */
    private static final List<List<ActionType>> PATH = List.of(
            List.of(ActionType.LOG_ENTRY),
            List.of(ActionType.IB_NOTIFICATION),
            List.of(ActionType.CONSULTATION),
            List.of(
                    ActionType.PARENTS_CONVERSATION,
                    ActionType.PARENTS_CONVERSATION,
                    ActionType.CONVERSATION_SKIP,
                    ActionType.PUPIL_READINESS_CHECK),
            List.of(ActionType.RISK_ASSESSMENT, ActionType.RISK_ASSESSMENT, ActionType.PUPIL_CONVERSATION),
            List.of(ActionType.DECISION, ActionType.DECISION, ActionType.ADVICE),
            List.of(ActionType.LOG_ENTRY, ActionType.REPORT),
            List.of(ActionType.RISK_ASSESSMENT, ActionType.REPORT_CONVERSATION, ActionType.TELLING_ARRANGEMENT),
            List.of(ActionType.DECISION, ActionType.REPORT),
            List.of(ActionType.REPORT, ActionType.REPORT_CONVERSATION, ActionType.TELLING_ARRANGEMENT),
            List.of(ActionType.REPORT_CONVERSATION, ActionType.CLOSURE, ActionType.TELLING_ARRANGEMENT),
            List.of(ActionType.CLOSURE, ActionType.REPORT_CONVERSATION));

    /**
     * The kinds of action the reference knows: the seed plan's own, the staff route (SR-*), the acute
     * route (AR-*) and the arrangement on telling the parents; the national framework's own actions
     * are compared in {@link ReferenceAgreementNationalTest}.
     */
    static final List<ActionType> TYPES = List.copyOf(ReferenceEvaluator.STEP.keySet());

    /** Every role: the seed plan's, and the school board of the staff route. */
    static final List<Role> ROLES = List.of(Role.values());

    private static Gen<Move> moves() {
        return Generate.pick(TYPES)
                .zip(
                        Generate.pick(ROLES),
                        Generate.range(0, (1 << 20) - 1),
                        Generate.range(0, 11),
                        Generate.range(0, 15).map(ReferenceAgreementTest::modeOf),
                        Move::new);
    }

    /** Half of the moves guided, five in sixteen random, three in sixteen along the staff route. */
    static int modeOf(int sixteenth) {
        return sixteenth < 8 ? GUIDED : sixteenth < 13 ? RANDOM : STAFF;
    }

    private static Gen<List<Move>> sequences() {
        return SourceDSL.lists().of(moves()).ofSizeBetween(1, 40);
    }

    private static boolean bit(int bits, int i) {
        return (bits >> i & 1) == 1;
    }

    /** An action chosen for a move, and whether it took the plan's path (then the path moves on). */
    record Chosen(Action action, boolean onPath) {}

    /** The action a move stands for, in a case, at a moment; guided moves follow the path at pathIndex. */
    static Chosen action(Move m, int pathIndex, Case c, Instant at) {
        if (m.mode() == STAFF) {
            Optional<Action> staff = staffStep(m.bits(), c, at);
            if (staff.isPresent()) {
                return new Chosen(staff.get(), false);
            }
        }
        if (m.mode() != RANDOM) {
            List<ActionType> options = PATH.get(Math.min(pathIndex, PATH.size() - 1));
            ActionType type = options.get(m.alt() % options.size());
            return new Chosen(guided(type, m.bits(), m.alt(), at), true);
        }
        return new Chosen(random(m.type(), m.role(), m.bits(), at), false);
    }

    private static Actor actorOf(Role role) {
        return switch (role) {
            case TEACHER -> T;
            case INTERN_BEGELEIDER -> IB;
            case DIRECTOR -> DIR;
            case SCHOOL_SOCIAL_WORKER -> SMW;
            case CARE_TEAM -> ZT;
            case BOARD -> Actor.of(Role.BOARD, "board-601");
        };
    }

    private static Set<Actor> people(Actor actor, int bits) {
        Set<Actor> people = new HashSet<>();
        people.add(actor);
        for (int i = 0; i < 5; i++) { // the staff roles; the board takes part in nothing
            if (bit(bits, i)) {
                people.add(actorOf(Role.values()[i]));
            }
        }
        if (bit(bits, 5)) {
            people.add(Story.OTHER_TEACHER);
        }
        return people;
    }

    /**
     * A suspect of the staff route: a teacher (another, or the acting one), a caretaker, a volunteer,
     * an IB or a director who do not act in the case, and now and then the acting IB or director.
     */
    private static Suspect suspect(int bits) {
        return switch (bits >> 8 & 7) {
            case 0 -> TEACHER_SUSPECT;
            case 1 -> Suspect.of(T);
            case 2 -> CARETAKER_SUSPECT;
            case 3 -> bit(bits, 12) ? VOLUNTEER_SUSPECT : CARETAKER_SUSPECT;
            case 4, 5 -> IB_SUSPECT;
            case 6 -> DIR_SUSPECT;
            default -> bit(bits, 12) ? Suspect.of(IB) : Suspect.of(DIR);
        };
    }

    /** A substitute for a role: the generated actor of that role, or now and then a suspect. */
    private static String substituteFor(Role role, int bits) {
        if (bit(bits, 13) && bit(bits, 14) && bit(bits, 15)) {
            return role == Role.DIRECTOR ? DIR_SUSPECT.staffId() : IB_SUSPECT.staffId();
        }
        return actorOf(role).staffId();
    }

    /** Anything: every field from the bits, any role. */
    static Action random(ActionType type, Role role, int bits, Instant at) {
        Actor actor = actorOf(role);
        LocalDate utcDay = LocalDate.ofInstant(at, ZoneOffset.UTC);
        int days = new int[] {-1, 0, 0, 1}[bits >> 6 & 3];
        return switch (type) {
            case IB_NOTIFICATION -> new IbNotification(at, actor);
            case LOG_ENTRY ->
                new LogEntry(
                        at,
                        actor,
                        utcDay.plusDays(days),
                        Signal.values()[(bits >> 8 & 7) % Signal.values().length],
                        Source.values()[(bits >> 11 & 7) % Source.values().length],
                        "Synthetic observation.",
                        bit(bits, 14));
            case CONSULTATION -> new Consultation(at, actor, people(actor, bits), bit(bits, 15));
            case PUPIL_READINESS_CHECK -> new PupilReadinessCheck(at, actor, people(actor, bits), bit(bits, 15));
            case PUPIL_CONVERSATION -> new PupilConversation(at, actor, bit(bits, 15) && bit(bits, 16));
            case PARENTS_CONVERSATION ->
                new ParentsConversation(
                        at,
                        actor,
                        people(actor, bits),
                        bit(bits, 15)
                                ? EnumSet.allOf(Topic.class)
                                : EnumSet.complementOf(EnumSet.of(Topic.values()[(bits >> 8 & 7) % 5])),
                        bit(bits, 16) && bit(bits, 17));
            case CONVERSATION_SKIP ->
                new ConversationSkip(
                        at, actor, ENDANGERED.get((bits >> 8 & 7) % ENDANGERED.size()), "Synthetic danger.");
            case RISK_ASSESSMENT ->
                new RiskAssessment(
                        at,
                        actor,
                        people(actor, bits),
                        SuspicionLevel.values()[bits >> 8 & 3],
                        bit(bits, 15) && bit(bits, 16),
                        bit(bits, 17),
                        bit(bits, 18) || bit(bits, 19),
                        "Weighed on what steps 1 to 3 brought.");
            case DECISION ->
                new Decision(
                        at,
                        actor,
                        people(actor, bits),
                        bit(bits, 15) ? DecisionKind.REPORT : DecisionKind.ORGANISE_HELP,
                        !(bit(bits, 18) && bit(bits, 19)),
                        bit(bits, 16),
                        bit(bits, 16),
                        bit(bits, 17),
                        "Synthetic.");
            case REPORT ->
                new Report(
                        at, actor, !(bit(bits, 17) && bit(bits, 18) && bit(bits, 19)), bit(bits, 15) && bit(bits, 16));
            case REPORT_CONVERSATION ->
                new ReportConversation(at, actor, people(actor, bits), bit(bits, 15) || bit(bits, 16));
            case ADVICE -> new Advice(at, actor, bit(bits, 15));
            case CLOSURE -> new Closure(at, actor, "Synthetic.");
            case STAFF_SUSPICION -> new StaffSuspicion(at, actor, suspect(bits), bit(bits, 16));
            case BOARD_NOTIFICATION ->
                new BoardNotification(at, actor, bit(bits, 15) ? Channel.VIA_SCHOOL_MANAGEMENT : Channel.DIRECT);
            case INSPECTOR_CONSULTATION -> new InspectorConsultation(at, actor, bit(bits, 15));
            case ACCUSED_AND_PARENTS_INFORMED -> new AccusedAndParentsInformed(at, actor);
            case POLICE_REPORT -> new PoliceReport(at, actor);
            case SUBSTITUTION -> {
                Role substituted = List.of(Role.INTERN_BEGELEIDER, Role.DIRECTOR, Role.INTERN_BEGELEIDER, Role.TEACHER)
                        .get(bits >> 16 & 3);
                yield new Substitution(at, actor, substituted, substituteFor(substituted, bits));
            }
            case ACUTE_DANGER -> new AcuteDanger(at, actor, "Synthetic danger.");
            case TELLING_ARRANGEMENT ->
                new TellingArrangement(
                        at, actor, bit(bits, 15) ? Teller.VEILIG_THUIS : Teller.SCHOOL, "Synthetic agreement.");
            default -> throw new IllegalArgumentException("not an action of the seed plan's table: " + type);
        };
    }

    /** The plan's next step done mostly right: the people it needs, a role it names. */
    static Action guided(ActionType type, int bits, int alt, Instant at) {
        boolean rarely = bit(bits, 18) && bit(bits, 19); // one in four: a yes/no field goes the other way
        LocalDate today = LocalDate.ofInstant(at, ReferenceEvaluator.SCHOOL_ZONE);
        return switch (type) {
            case LOG_ENTRY ->
                new LogEntry(
                        at,
                        bit(bits, 0) ? IB : T,
                        today,
                        Signal.values()[(bits >> 8 & 7) % Signal.values().length],
                        bit(bits, 11) ? Source.PUPIL : Source.OWN_OBSERVATION,
                        "Synthetic observation.",
                        bit(bits, 14) || bit(bits, 13));
            case IB_NOTIFICATION -> new IbNotification(at, T);
            case CONSULTATION -> {
                Actor actor = bit(bits, 0) ? IB : T;
                yield new Consultation(at, actor, Set.of(T, IB, bit(bits, 1) ? SMW : ZT), !rarely);
            }
            case PUPIL_READINESS_CHECK -> new PupilReadinessCheck(at, bit(bits, 0) ? IB : T, Set.of(T, IB), !rarely);
            case PUPIL_CONVERSATION -> new PupilConversation(at, bit(bits, 0) ? IB : T, rarely);
            case PARENTS_CONVERSATION ->
                new ParentsConversation(
                        at,
                        bit(bits, 0) ? IB : DIR,
                        Set.of(IB, DIR),
                        EnumSet.allOf(Topic.class),
                        bit(bits, 15) && bit(bits, 16) && bit(bits, 17));
            case CONVERSATION_SKIP ->
                // mostly a danger to a person (SP-3.1); now and then none, or the relationship only
                new ConversationSkip(
                        at,
                        List.of(T, IB, DIR).get(bits % 3),
                        rarely
                                ? ENDANGERED.get(bits >> 8 & 1)
                                : ENDANGERED.get(2 + (bits >> 8 & 7) % (ENDANGERED.size() - 2)),
                        "Synthetic danger.");
            case RISK_ASSESSMENT ->
                new RiskAssessment(
                        at,
                        bit(bits, 2)
                                ? List.of(T, IB, DIR).get(bits % 3)
                                : List.of(T, IB).get(bits % 2),
                        bit(bits, 2) ? Set.of(T, IB, DIR) : Set.of(T, IB),
                        SuspicionLevel.values()[bits >> 8 & 3],
                        bit(bits, 15) && bit(bits, 16),
                        bit(bits, 17),
                        !rarely,
                        "Weighed on what steps 1 to 3 brought.");
            case DECISION ->
                new Decision(
                        at,
                        bit(bits, 0) ? IB : DIR,
                        Set.of(IB, DIR),
                        bit(bits, 15) ? DecisionKind.REPORT : DecisionKind.ORGANISE_HELP,
                        !(rarely && bit(bits, 3) && bit(bits, 4)), // issue 14: the school cannot help
                        bit(bits, 16) || bit(bits, 12),
                        bit(bits, 16) || bit(bits, 12),
                        bit(bits, 17) || bit(bits, 13),
                        "Synthetic.");
            case REPORT -> new Report(at, IB, !(rarely && bit(bits, 2) && bit(bits, 3)), rarely && bit(bits, 1));
            case REPORT_CONVERSATION ->
                new ReportConversation(at, bit(bits, 0) ? IB : DIR, Set.of(IB, DIR), !(rarely && bit(bits, 1)));
            case TELLING_ARRANGEMENT ->
                new TellingArrangement(
                        at, IB, bit(bits, 15) && bit(bits, 16) ? Teller.VEILIG_THUIS : Teller.SCHOOL, "Synthetic.");
            case ADVICE -> new Advice(at, List.of(T, IB, DIR).get(bits % 3), bit(bits, 15));
            case CLOSURE -> new Closure(at, bit(bits, 0) ? IB : DIR, "Synthetic.");
            default -> throw new IllegalArgumentException("not on the seed plan's path: " + type);
        };
    }

    /**
     * The staff route's next step in the case, done mostly right; empty when the route has nothing
     * left (or, seven times in eight, when no suspicion is recorded yet: the route is then not started).
     * This reads the case only to choose what to propose; what is permitted is for the engine and the
     * reference to say.
     */
    static Optional<Action> staffStep(int bits, Case c, Instant at) {
        boolean rarely = bit(bits, 18) && bit(bits, 19);
        Actor staff = actorOf(Role.values()[bits % 5]);
        Actor board = actorOf(Role.BOARD);
        List<Action> done = c.events().stream().map(Event::action).toList();
        List<StaffSuspicion> suspicions = done.stream()
                .filter(StaffSuspicion.class::isInstance)
                .map(StaffSuspicion.class::cast)
                .toList();
        if (suspicions.isEmpty()) {
            return (bits >> 3 & 7) == 0
                    ? Optional.of(new StaffSuspicion(at, staff, suspect(bits), bit(bits, 16)))
                    : Optional.empty();
        }
        if (done.stream().noneMatch(a -> a instanceof BoardNotification n && n.channel() == Channel.DIRECT)) {
            return Optional.of(
                    new BoardNotification(at, staff, rarely ? Channel.VIA_SCHOOL_MANAGEMENT : Channel.DIRECT));
        }
        for (Role held : List.of(Role.INTERN_BEGELEIDER, Role.DIRECTOR)) {
            boolean holds = suspicions.stream()
                    .anyMatch(s -> s.suspect().position().role().orElse(null) == held);
            boolean substituted = done.stream().anyMatch(a -> a instanceof Substitution sub && sub.role() == held);
            if (holds && !substituted) {
                return Optional.of(new Substitution(at, board, held, substituteFor(held, bits)));
            }
        }
        Optional<InspectorConsultation> inspector = done.stream()
                .filter(InspectorConsultation.class::isInstance)
                .map(InspectorConsultation.class::cast)
                .reduce((first, second) -> second);
        if (inspector.isEmpty()) {
            return Optional.of(new InspectorConsultation(at, board, !(bit(bits, 16) && bit(bits, 17))));
        }
        if (inspector.get().reasonableSuspicion()) {
            if (done.stream().noneMatch(AccusedAndParentsInformed.class::isInstance)) {
                return Optional.of(rarely ? new PoliceReport(at, board) : new AccusedAndParentsInformed(at, board));
            }
            if (done.stream().noneMatch(PoliceReport.class::isInstance)) {
                return Optional.of(new PoliceReport(at, board));
            }
        }
        return Optional.empty();
    }

    /** AR-1.3: right after acute danger, a report by the teacher (now and then another staff role). */
    static Report reportAfterAcuteDanger(int bits, Instant at) {
        return new Report(at, bit(bits, 12) ? actorOf(Role.values()[bits % 5]) : T, true, false);
    }

    /** What the generated sequences reached, by the end of each, to show that they cover the routes. */
    enum Reached {
        STEP_5,
        ACUTE_DANGER,
        ACUTE_REPORT_NOT_BY_IB,
        CLOSED_AFTER_ACUTE_DANGER,
        SKIP_REFUSED_WITHOUT_DANGER,
        TELLING_ARRANGEMENT,
        STAFF_SUSPICION,
        IB_OR_DIRECTOR_SUSPECTED,
        SUBSTITUTION,
        REASONABLE_SUSPICION,
        POLICE_REPORT,
        CLOSED
    }

    @Test
    void along_random_sequences_every_ruling_and_every_guidance_agree() {
        Map<Reached, AtomicInteger> reached = new EnumMap<>(Reached.class);
        for (Reached r : Reached.values()) {
            reached.put(r, new AtomicInteger());
        }
        AtomicInteger rulings = new AtomicInteger();
        qt().withFixedSeed(SEED)
                .withExamples(EXAMPLES)
                .withShrinkCycles(Integer.getInteger("meldcode.shrinkCycles", 200))
                .forAll(sequences())
                .checkAssert(sequence -> {
                    Case c = Case.open("case-r", "pupil-r", ProtocolRef.STAPPENPLAN_2021);
                    // late in the evening by the end of a long sequence: the school's day and UTC's differ
                    Instant at = Instant.parse("2026-09-07T07:00:00Z");
                    int pathIndex = 0;
                    boolean skipRefused = false;
                    List<String> problems = new ArrayList<>();
                    compareGuide(c).ifPresent(problems::add);
                    for (Move m : sequence) {
                        at = at.plus(Duration.ofMinutes(30));
                        Chosen chosen = action(m, pathIndex, c, at);
                        List<Action> actions = new ArrayList<>(List.of(chosen.action()));
                        for (int i = 0; i < actions.size() && problems.isEmpty(); i++) {
                            Action action = actions.get(i);
                            Result result = Story.ENGINE.apply(c, action);
                            rulings.incrementAndGet();
                            compareRuling(c, action, result.ruling().clauseIds())
                                    .ifPresent(problems::add);
                            if (i == 0 && chosen.onPath() && result.permitted()) {
                                pathIndex++;
                            }
                            if (action instanceof ConversationSkip k && !k.namesDanger() && !result.permitted()) {
                                skipRefused = true;
                            }
                            c = result.caseFile();
                            compareGuide(c).ifPresent(problems::add);
                            if (action instanceof AcuteDanger && result.permitted() && bit(m.bits(), 11)) {
                                at = at.plus(Duration.ofMinutes(5));
                                actions.add(reportAfterAcuteDanger(m.bits(), at));
                            }
                        }
                        if (!problems.isEmpty()) {
                            break;
                        }
                    }
                    count(reached, c, skipRefused);
                    assertThat(problems)
                            .as("engine and reference disagree (seed %d)", SEED)
                            .isEmpty();
                });
        System.out.println("[reference] " + rulings.get() + " rulings compared over " + EXAMPLES
                + " sequences; sequences that reached: " + reached);
        assertThat(reached.get(Reached.STEP_5).get())
                .as("the generator reaches the later steps")
                .isGreaterThan(EXAMPLES / 10);
        for (Reached r : Reached.values()) {
            assertThat(reached.get(r).get()).as("the generator reaches %s", r).isGreaterThan(EXAMPLES / 400);
        }
    }

    private static void count(Map<Reached, AtomicInteger> reached, Case c, boolean skipRefused) {
        List<Action> done = c.events().stream().map(Event::action).toList();
        boolean acute = done.stream().anyMatch(AcuteDanger.class::isInstance);
        boolean closed = done.stream().anyMatch(Closure.class::isInstance);
        Map<Reached, Boolean> seen = new EnumMap<>(Reached.class);
        seen.put(Reached.STEP_5, REFERENCE.guide(c).currentStep() == 5);
        seen.put(Reached.ACUTE_DANGER, acute);
        seen.put(
                Reached.ACUTE_REPORT_NOT_BY_IB,
                done.stream().anyMatch(a -> a instanceof Report r && r.actor().role() != Role.INTERN_BEGELEIDER));
        seen.put(Reached.CLOSED_AFTER_ACUTE_DANGER, acute && closed);
        seen.put(Reached.SKIP_REFUSED_WITHOUT_DANGER, skipRefused);
        seen.put(Reached.TELLING_ARRANGEMENT, done.stream().anyMatch(TellingArrangement.class::isInstance));
        seen.put(Reached.STAFF_SUSPICION, done.stream().anyMatch(StaffSuspicion.class::isInstance));
        seen.put(
                Reached.IB_OR_DIRECTOR_SUSPECTED,
                done.stream()
                        .anyMatch(a -> a instanceof StaffSuspicion s
                                && (s.suspect().position() == Position.INTERN_BEGELEIDER
                                        || s.suspect().position() == Position.DIRECTOR)));
        seen.put(Reached.SUBSTITUTION, done.stream().anyMatch(Substitution.class::isInstance));
        seen.put(
                Reached.REASONABLE_SUSPICION,
                done.stream().anyMatch(a -> a instanceof InspectorConsultation k && k.reasonableSuspicion()));
        seen.put(Reached.POLICE_REPORT, done.stream().anyMatch(PoliceReport.class::isInstance));
        seen.put(Reached.CLOSED, closed);
        seen.forEach((r, yes) -> {
            if (yes) {
                reached.get(r).incrementAndGet();
            }
        });
    }

    // ---------------------------------------------------------------------------------------------
    // The disagreements judged for the reference: each fails until the engine follows it
    // ---------------------------------------------------------------------------------------------

    private static void assertRulingAgrees(Story story, Function<Instant, Action> proposed, String why) {
        Case c = story.caseFile();
        Action a = proposed.apply(story.next());
        Set<String> engine = Story.ENGINE.evaluate(c, a).clauseIds();
        Set<String> reference = REFERENCE.refusals(c, a);
        assertThat(engine)
                .as("%s%n%s", why, disagreement(c, a, engine, reference))
                .isEqualTo(reference);
    }

    private static void assertGuideAgrees(Story story, String why) {
        Case c = story.caseFile();
        assertThat(engineGuide(c)).as("%s%n  events:%n%s", why, events(c)).isEqualTo(REFERENCE.guide(c));
    }

    /**
     * D1 (SP-3.3). Stap 3: "tenzij de leerling dit zelf in een eerder stadium aan iemand van de school
     * verteld heeft". A disclosure that reached the school through another child (or the parents) is
     * not the pupil telling someone of the school; the engine lets any logbook entry of kind DISCLOSURE,
     * whatever its source, open the exception. Reference: SP-3.3; engine: permitted.
     */
    @Test
    void a_disclosure_relayed_by_another_child_does_not_allow_naming_the_suspicion() {
        Story story = Story.newCase()
                .given(at -> disclosure(at, Source.OTHER_CHILD))
                .consulted()
                .given(at -> Story.readiness(at, true));
        assertRulingAgrees(
                story,
                at -> Story.pupilConversation(at, true),
                "D1: \"tenzij de leerling dit ZELF ... aan iemand van de school verteld heeft\": a disclosure "
                        + "relayed by another child does not allow naming the suspicion to the pupil");
    }

    /**
     * D2 (SP-5.7). Stap 5: "... en stelt de ouders van de leerling in een persoonlijk gesprek (directie
     * en intern begeleider) op de hoogte van de melding." A second report after the parents were told of the
     * first is told too: closing is refused (SP-5.7) and SP-5.7 is owed (once a disagreement, D2).
     */
    @Test
    void the_case_does_not_close_before_the_parents_are_told_of_a_second_report() {
        Story story = Story.newCase().parentsToldOfReport().given(at -> new Report(at, IB, true, false));
        assertRulingAgrees(
                story,
                at -> new Closure(at, DIR, "Handed to Veilig Thuis."),
                "D2: \"stelt de ouders ... op de hoogte van de melding\": of every report");
    }

    @Test
    void the_parents_are_owed_a_conversation_about_a_second_report() {
        Story story = Story.newCase().parentsToldOfReport().given(at -> new Report(at, IB, true, false));
        assertGuideAgrees(story, "D2: the parents are told of every report (SP-5.7 owed)");
    }

    /**
     * D3 (SP-5.5). Stap 5: "... blijft de leerkracht een logboek bijhouden zodat een verslechtering van
     * de thuissituatie meteen opgemerkt wordt en er alsnog een melding gedaan kan worden"; owed text:
     * "A deterioration was logged: weigh the risk again." After help, a deterioration, a new weighing
     * and then a second deterioration, the engine owes only the decision; the reference also owes the
     * weighing of the second deterioration (stap 4: "op basis van alle informatie").
     */
    @Test
    void a_deterioration_logged_after_the_reweighing_is_to_be_weighed_again() {
        Story story = Story.newCase()
                .helpOrganised()
                .given(Story::deterioration)
                .given(at -> Story.weighing(at, SuspicionLevel.VERY_STRONG, false, true))
                .given(Story::deterioration);
        assertGuideAgrees(story, "D3: every logged deterioration is weighed again (SP-5.5 owed)");
    }

    /**
     * K1 (SR-1.4), fixed in the rules (the order of the owed rule's patterns; see staff.drl). Clause text: "With a reasonable suspicion the board informs the accused and the
     * parents and files a police report at once ... the case does not close before"; owed text
     * owed.sr.inform-accused-and-parents: "The board informs the accused and the parents of the police
     * report." WPO art. 4a lid 2 and "Vooraf stelt het bevoegd gezag de aangeklaagde en de ouders van de
     * klager op de hoogte." Once the inspector's consultation found a reasonable suspicion, that is owed
     * until they are informed. The engine's guidance for one and the same case answers differently from
     * call to call: in a fresh JVM it leaves SR-1.4 out on every call; after other cases were evaluated it
     * alternates (with, without, with, ...), also for a newly built engine. The reference owes it on every
     * call. Because the engine's answer depends on what the JVM did before, the test asks both here and
     * in a JVM of its own ({@link FreshEngineGuide}).
     */
    @Test
    void the_board_is_owed_informing_the_accused_and_the_parents_at_every_call() throws Exception {
        Case c = FreshEngineGuide.reasonableSuspicionFound();
        Case closed = Story.newCase()
                .parentsToldOfReport()
                .given(at -> new Closure(at, DIR, "Handed to Veilig Thuis."))
                .caseFile();
        Action elsewhere = new IbNotification(Instant.parse("2026-09-30T10:00:00Z"), T);
        List<String> answers = new ArrayList<>();
        for (int call = 1; call <= 40; call++) {
            if (call > 20) {
                Story.ENGINE.evaluate(closed, elsewhere); // another case ruled on between two calls
            }
            answers.add(engineGuide(c).obligations().toString());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process fresh = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), FreshEngineGuide.class.getName())
                .redirectErrorStream(true)
                .start();
        String output = new String(fresh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(fresh.waitFor(2, TimeUnit.MINUTES)).as("the fresh JVM ends").isTrue();
        List<String> freshLines =
                output.lines().filter(line -> line.startsWith("guide ")).toList();
        assertThat(freshLines).as("the fresh JVM's answers:%n%s", output).hasSize(4);
        for (String line : freshLines) {
            String[] engineAndReference = line.substring("guide ".length()).split("(?<=\\]) ");
            answers.add("fresh JVM: " + engineAndReference[0]);
            assertThat(engineAndReference[1])
                    .isEqualTo(REFERENCE.guide(c).obligations().toString());
        }
        String expected = REFERENCE.guide(c).obligations().toString();
        assertThat(answers)
                .as(
                        "K1: the engine's guidance on 40 calls (the last 20 each after a ruling on another case) and"
                                + " on 4 calls in a fresh JVM, for%n%s",
                        events(c))
                .allMatch(answer -> answer.endsWith(expected));
    }

    // ---------------------------------------------------------------------------------------------
    // Readings where the reference agrees with the engine, pinned down
    // ---------------------------------------------------------------------------------------------

    @Test
    void the_day_of_a_logbook_entry_is_the_schools_day() {
        Case c = Story.newCase().caseFile();
        for (String time : List.of("2026-09-07T21:30:00Z", "2026-09-07T22:30:00Z")) {
            LogEntry e = new LogEntry(
                    Instant.parse(time),
                    T,
                    LocalDate.of(2026, 9, 8),
                    Signal.OTHER,
                    Source.OWN_OBSERVATION,
                    "Synthetic.",
                    false);
            assertThat(Story.ENGINE.evaluate(c, e).clauseIds())
                    .as("entry at %s", time)
                    .isEqualTo(REFERENCE.refusals(c, e));
            // 23:30 in Almere is still 7 September, 00:30 is 8 September
            assertThat(REFERENCE.refusals(c, e).isEmpty()).isEqualTo(time.startsWith("2026-09-07T22"));
        }
    }

    @Test
    void a_known_name_in_the_logbook_is_refused_alike() {
        KnownNames names = KnownNames.of(List.of("Zoë Testkind", "Bram"));
        MeldcodeEngine engine = MeldcodeRules.builder().knownNames(names).build();
        ReferenceEvaluator reference = new ReferenceEvaluator(names);
        Case c = Story.newCase().caseFile();
        for (String text :
                List.of("zoe testkind said so.", "Another child said so; Brammetje is a toy.", "BRAM said so.")) {
            LogEntry e = new LogEntry(
                    Instant.parse("2026-09-07T09:00:00Z"),
                    T,
                    LocalDate.of(2026, 9, 7),
                    Signal.STATEMENT,
                    Source.OTHER_CHILD,
                    text,
                    false);
            assertThat(engine.evaluate(c, e).clauseIds()).as(text).isEqualTo(reference.refusals(c, e));
        }
    }
}
