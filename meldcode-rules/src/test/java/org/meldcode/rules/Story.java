package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Result;
import org.meldcode.engine.Ruling;
import org.meldcode.model.Action;
import org.meldcode.model.ActionType;
import org.meldcode.model.Actor;
import org.meldcode.model.Advice;
import org.meldcode.model.BoardNotification;
import org.meldcode.model.Case;
import org.meldcode.model.Channel;
import org.meldcode.model.Consultation;
import org.meldcode.model.ConversationSkip;
import org.meldcode.model.Decision;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.ExceptionKind;
import org.meldcode.model.HelpAgreement;
import org.meldcode.model.HelpEvaluation;
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
import org.meldcode.model.SafetyException;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.model.StaffSuspicion;
import org.meldcode.model.Suspect;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.model.Threat;
import org.meldcode.model.Topic;
import org.meldcode.rules.facts.Dates;

/**
 * A fictional case told step by step for tests: each {@code given} step is applied through the
 * engine and must be permitted, so every story also checks the path it walks. Synthetic data only.
 */
public final class Story {

    public static final MeldcodeEngine ENGINE = MeldcodeRules.engine();

    public static final Actor TEACHER = Actor.of(Role.TEACHER, "t-101");
    public static final Actor OTHER_TEACHER = Actor.of(Role.TEACHER, "t-102");
    public static final Actor IB = Actor.of(Role.INTERN_BEGELEIDER, "ib-201");
    public static final Actor DIRECTOR = Actor.of(Role.DIRECTOR, "dir-301");
    public static final Actor SOCIAL_WORKER = Actor.of(Role.SCHOOL_SOCIAL_WORKER, "smw-401");
    public static final Actor CARE_TEAM = Actor.of(Role.CARE_TEAM, "zt-501");
    public static final Actor BOARD = Actor.of(Role.BOARD, "bg-601");
    /** The staff member who, in stories of the staff route, is the suspected perpetrator. */
    public static final Actor SUSPECT = OTHER_TEACHER;

    private final MeldcodeEngine engine;
    private Case caseFile;
    private Instant clock = Instant.parse("2026-09-07T07:30:00Z");

    private Story(MeldcodeEngine engine, ProtocolRef protocol) {
        this.engine = engine;
        this.caseFile = Case.open("case-0001", "pupil-0001", protocol);
    }

    /** A new case of the seed plan with no events, ruled by the default engine. */
    public static Story newCase() {
        return new Story(ENGINE, ProtocolRef.STAPPENPLAN_2021);
    }

    /** A new case of the seed plan ruled by the given engine. */
    public static Story newCase(MeldcodeEngine engine) {
        return new Story(engine, ProtocolRef.STAPPENPLAN_2021);
    }

    /**
     * A new case of the given protocol, ruled by the default engine. The usual path below (signal,
     * IB, consultation, conversation with the parents, weighing, decision) is permitted by both
     * protocols.
     */
    public static Story newCase(ProtocolRef protocol) {
        return new Story(ENGINE, protocol);
    }

    /** A new case of the national framework for education, ruled by the default engine. */
    public static Story national() {
        return new Story(ENGINE, ProtocolRef.LANDELIJK_2019);
    }

    /** Moves the story's clock on, as time passes between two steps. */
    public Story later(Duration time) {
        clock = clock.plus(time);
        return this;
    }

    /** The guidance for the case as it stands. */
    public Guidance guidance() {
        return engine.guide(caseFile);
    }

    /** The case as it stands. */
    public Case caseFile() {
        return caseFile;
    }

    /** The next moment: an hour after the previous one. */
    public Instant next() {
        clock = clock.plus(Duration.ofHours(1));
        return clock;
    }

    /** Applies an action that the story expects to be permitted. */
    public Story given(Function<Instant, Action> step) {
        Action action = step.apply(next());
        Result result = engine.apply(caseFile, action);
        assertThat(result.ruling().findings())
                .as("the story's step %s must be permitted", action.type())
                .isEmpty();
        caseFile = result.caseFile();
        return this;
    }

    /** Rules on an action at the next moment, without applying it. */
    public Ruling when(Function<Instant, Action> step) {
        return engine.evaluate(caseFile, step.apply(next()));
    }

    // --- the usual path through the plan ---

    public Story signalLogged() {
        return given(at -> signal(at, TEACHER));
    }

    // Each step of the path is taken once: a step already on record is not repeated (the rules refuse
    // repeats that change nothing, such as informing the IB twice), so the helpers can be chained.

    public Story ibInformed() {
        return has(ActionType.IB_NOTIFICATION) ? this : signalLogged().given(at -> new IbNotification(at, TEACHER));
    }

    public Story consulted() {
        return has(ActionType.CONSULTATION) ? this : ibInformed().given(at -> consultation(at, true));
    }

    public Story parentsTalkedTo() {
        return has(ActionType.PARENTS_CONVERSATION)
                ? this
                : consulted().given(at -> parentsConversation(at, IB, false));
    }

    private boolean has(ActionType type) {
        return caseFile.events().stream().anyMatch(e -> e.action().type() == type);
    }

    public Story step3Skipped() {
        return has(ActionType.CONVERSATION_SKIP)
                ? this
                : consulted()
                        .given(at -> new ConversationSkip(
                                at, IB, Set.of(Threat.CHILD), "Father threatened the pupil after a previous talk."));
    }

    public Story weighed(SuspicionLevel level, boolean acute) {
        return parentsTalkedTo().given(at -> weighing(at, level, acute, true));
    }

    public Story decidedToReport() {
        return weighed(SuspicionLevel.VERY_STRONG, false).given(at -> decision(at, DecisionKind.REPORT, false, false));
    }

    public Story helpOrganised() {
        return weighed(SuspicionLevel.PRESENT, false).given(at -> decision(at, DecisionKind.ORGANISE_HELP, true, true));
    }

    public Story reported() {
        return decidedToReport().given(at -> new Report(at, IB, true, false));
    }

    public Story parentsToldOfReport() {
        return reported().given(at -> reportConversation(at, Set.of(IB, DIRECTOR), true));
    }

    // --- the national framework: help agreed and evaluated (afwegingskader questions 4 and 5) ---

    /** Help organised and agreed with a deadline two weeks ahead and the IB as case manager. */
    public Story helpAgreed() {
        return helpOrganised().given(at -> helpAgreement(at, 14));
    }

    /** Help agreed, and the deadline passed. */
    public Story helpDeadlinePassed() {
        return helpAgreed().later(Duration.ofDays(15));
    }

    // --- the staff-perpetrator route ---

    /** A staff member suspected of a possible sexual offence, recorded by the IB after the signal. */
    public Story staffSuspected(boolean sexualOffence) {
        return signalLogged().given(at -> new StaffSuspicion(at, IB, Suspect.of(SUSPECT), sexualOffence));
    }

    /** A staff member suspected and the board informed. */
    public Story boardInformed(boolean sexualOffence) {
        return staffSuspected(sexualOffence).given(at -> new BoardNotification(at, IB, Channel.DIRECT));
    }

    // --- actions done the way the plan asks ---

    public static LogEntry signal(Instant at, Actor author) {
        return new LogEntry(
                at,
                author,
                LocalDate.of(2026, 9, 7),
                Signal.INJURY,
                Source.OWN_OBSERVATION,
                "Bruise on the left upper arm, about 3 cm, seen during gym class.",
                false);
    }

    public static LogEntry deterioration(Instant at) {
        return new LogEntry(
                at,
                TEACHER,
                LocalDate.of(2026, 9, 7),
                Signal.NEGLECT,
                Source.OWN_OBSERVATION,
                "Came to school without breakfast for the third day in a row.",
                true);
    }

    public static Consultation consultation(Instant at, boolean anonymous) {
        return new Consultation(at, TEACHER, Set.of(TEACHER, IB, SOCIAL_WORKER), anonymous);
    }

    public static ParentsConversation parentsConversation(Instant at, Actor actor, boolean suspicionRemoved) {
        return new ParentsConversation(at, actor, Set.of(IB, DIRECTOR), EnumSet.allOf(Topic.class), suspicionRemoved);
    }

    public static PupilReadinessCheck readiness(Instant at, boolean canTalk) {
        return new PupilReadinessCheck(at, IB, Set.of(TEACHER, IB), canTalk);
    }

    public static PupilConversation pupilConversation(Instant at, boolean suspicionNamed) {
        return new PupilConversation(at, TEACHER, suspicionNamed);
    }

    public static RiskAssessment weighing(Instant at, SuspicionLevel level, boolean acute, boolean discussed) {
        return new RiskAssessment(
                at, IB, Set.of(TEACHER, IB), level, acute, false, discussed, "Weighed on what steps 1 to 3 brought.");
    }

    public static Decision decision(Instant at, DecisionKind kind, boolean accept, boolean contact) {
        return new Decision(
                at,
                IB,
                Set.of(IB, DIRECTOR),
                kind,
                true,
                accept,
                accept,
                contact,
                "Weighed by teacher and IB, discussed with management.");
    }

    public static ReportConversation reportConversation(Instant at, Set<Actor> people, boolean inPerson) {
        return new ReportConversation(at, IB, people, inPerson);
    }

    public static Advice advice(Instant at, Actor actor, boolean anonymous) {
        return new Advice(at, actor, anonymous);
    }

    /** Help agreed with a deadline the given number of days after its day, the IB as case manager. */
    public static HelpAgreement helpAgreement(Instant at, int days) {
        return new HelpAgreement(
                at,
                IB,
                LocalDate.ofInstant(at, Dates.SCHOOL_ZONE).plusDays(days),
                IB,
                "Parenting support through the local youth team; weekly contact with the IB.");
    }

    public static HelpEvaluation evaluation(Instant at, boolean safetyReached) {
        return new HelpEvaluation(
                at, IB, safetyReached, "Evaluated with the parents and the youth team; follow-up in six weeks.");
    }

    public static SafetyException exception(Instant at, ExceptionKind kind, Threat threat) {
        return new SafetyException(at, IB, kind, threat, "Father threatened the teacher after an earlier talk.");
    }
}
