package org.meldcode.rules.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
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
import org.meldcode.model.Action;
import org.meldcode.model.ActionType;
import org.meldcode.model.Actor;
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
import org.meldcode.model.Suspect;
import org.meldcode.model.SuspicionLevel;
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
 */
class ReferenceAgreementTest {

    private static final ReferenceEvaluator REFERENCE = new ReferenceEvaluator();
    private static final int EXAMPLES = Integer.getInteger("meldcode.examples", 10_000);
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
     * Disagreements judged in favour of the reference and not yet resolved: none. Building the
     * reference found three (SP-3.3 a disclosure relayed by others, SP-5.7 the parents told of a
     * second report, SP-5.5 a deterioration logged after the re-weighing); the rules were changed,
     * and the tests that showed them now pin the agreed behaviour down.
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
                        .given(at -> new Report(at, IB, false)));
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
                () -> Story.newCase().parentsToldOfReport().given(at -> new Report(at, IB, false)));
        p.put(
                "step3Skipped+parentsToldOfReport",
                () -> Story.newCase()
                        .step3Skipped()
                        .given(at -> Story.weighing(at, SuspicionLevel.CONFIRMED, false, true))
                        .given(at -> Story.decision(at, DecisionKind.REPORT, false, false))
                        .given(at -> new Report(at, IB, false))
                        .given(at -> Story.reportConversation(at, Set.of(IB, DIR), true)));
        p.put(
                "suspicionRemoved+talkedAgain",
                () -> Story.newCase()
                        .consulted()
                        .given(at -> Story.parentsConversation(at, IB, true))
                        .given(at -> Story.parentsConversation(at, DIR, false)));
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
        return p;
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
            out.add(new ConversationSkip(at, me, Set.of(Threat.CHILD), "Synthetic danger."));
            for (SuspicionLevel level : SuspicionLevel.values()) {
                out.add(new RiskAssessment(at, me, plus(Set.of(T, IB), me), level, false, false, true));
                out.add(new RiskAssessment(at, me, plus(Set.of(T, IB), me), level, true, true, false));
            }
            out.add(new RiskAssessment(at, me, plus(Set.of(IB, DIR), me), SuspicionLevel.PRESENT, false, true, true));
            for (DecisionKind kind : DecisionKind.values()) {
                for (int fl = 0; fl < 4; fl++) {
                    out.add(new Decision(
                            at, me, plus(Set.of(IB, DIR), me), kind, (fl & 1) == 1, (fl & 2) == 2, "Synthetic."));
                }
                out.add(new Decision(at, me, plus(Set.of(IB), me), kind, false, false, "Synthetic."));
            }
            out.add(new Report(at, me, false));
            out.add(new Report(at, me, true));
            for (Set<Actor> with : List.of(Set.of(IB, DIR), Set.of(IB), Set.of(DIR))) {
                out.add(new ReportConversation(at, me, plus(with, me), true));
            }
            out.add(new ReportConversation(at, me, plus(Set.of(IB, DIR), me), false));
            out.add(new Advice(at, me, true));
            out.add(new Advice(at, me, false));
            out.add(new Closure(at, me, "Synthetic."));
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
     * One generated move: a kind of action, who takes it, bits that fill in its fields, and whether it
     * is guided. A guided move takes the plan's next step along one of its usual paths (alt picks
     * which), by a role the plan names, with the people it needs; its bits still vary the yes/no fields
     * so that guided sequences reach doubt, acute unsafety, help, deterioration and removal.
     */
    record Move(ActionType type, Role role, int bits, int alt, boolean guided) {}

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
            List.of(ActionType.RISK_ASSESSMENT, ActionType.REPORT_CONVERSATION),
            List.of(ActionType.DECISION, ActionType.REPORT),
            List.of(ActionType.REPORT, ActionType.REPORT_CONVERSATION),
            List.of(ActionType.REPORT_CONVERSATION, ActionType.CLOSURE),
            List.of(ActionType.CLOSURE));

    /**
     * The kinds of action the reference knows: the seed plan's own and the staff-perpetrator route
     * (SR-*); the national framework's own actions have their own tests and scenarios.
     */
    static final List<ActionType> TYPES = List.copyOf(ReferenceEvaluator.STEP.keySet());

    /** Every role: the seed plan's, and the school board of the staff-perpetrator route. */
    static final List<Role> ROLES = List.of(Role.values());

    private static Gen<Move> moves() {
        return Generate.pick(TYPES)
                .zip(
                        Generate.pick(ROLES),
                        Generate.range(0, (1 << 20) - 1),
                        Generate.range(0, 11),
                        Generate.range(0, 9).map(i -> i < 6),
                        Move::new);
    }

    private static Gen<List<Move>> sequences() {
        return SourceDSL.lists().of(moves()).ofSizeBetween(1, 40);
    }

    private static boolean bit(int bits, int i) {
        return (bits >> i & 1) == 1;
    }

    /** The action a move stands for, at a moment; guided moves follow the path at pathIndex. */
    static Action action(Move m, int pathIndex, Instant at) {
        if (m.guided()) {
            List<ActionType> options = PATH.get(Math.min(pathIndex, PATH.size() - 1));
            ActionType type = options.get(m.alt() % options.size());
            return guided(type, m.bits(), m.alt(), at);
        }
        return random(m.type(), m.role(), m.bits(), at);
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
            case CONVERSATION_SKIP -> new ConversationSkip(at, actor, Set.of(Threat.CHILD), "Synthetic danger.");
            case RISK_ASSESSMENT ->
                new RiskAssessment(
                        at,
                        actor,
                        people(actor, bits),
                        SuspicionLevel.values()[bits >> 8 & 3],
                        bit(bits, 15) && bit(bits, 16),
                        bit(bits, 17),
                        bit(bits, 18) || bit(bits, 19));
            case DECISION ->
                new Decision(
                        at,
                        actor,
                        people(actor, bits),
                        bit(bits, 15) ? DecisionKind.REPORT : DecisionKind.ORGANISE_HELP,
                        bit(bits, 16),
                        bit(bits, 17),
                        "Synthetic.");
            case REPORT -> new Report(at, actor, bit(bits, 15) && bit(bits, 16));
            case REPORT_CONVERSATION ->
                new ReportConversation(at, actor, people(actor, bits), bit(bits, 15) || bit(bits, 16));
            case ADVICE -> new Advice(at, actor, bit(bits, 15));
            case CLOSURE -> new Closure(at, actor, "Synthetic.");
            case STAFF_SUSPICION ->
                new StaffSuspicion(at, actor, Suspect.of(bit(bits, 15) ? Story.OTHER_TEACHER : T), bit(bits, 16));
            case BOARD_NOTIFICATION -> new BoardNotification(at, actor, Channel.DIRECT);
            case INSPECTOR_CONSULTATION -> new InspectorConsultation(at, actor, false);
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
                new ConversationSkip(at, List.of(T, IB, DIR).get(bits % 3), Set.of(Threat.CHILD), "Synthetic danger.");
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
                        !rarely);
            case DECISION ->
                new Decision(
                        at,
                        bit(bits, 0) ? IB : DIR,
                        Set.of(IB, DIR),
                        bit(bits, 15) ? DecisionKind.REPORT : DecisionKind.ORGANISE_HELP,
                        bit(bits, 16) || bit(bits, 12),
                        bit(bits, 17) || bit(bits, 13),
                        "Synthetic.");
            case REPORT -> new Report(at, IB, rarely && bit(bits, 1));
            case REPORT_CONVERSATION ->
                new ReportConversation(at, bit(bits, 0) ? IB : DIR, Set.of(IB, DIR), !(rarely && bit(bits, 1)));
            case ADVICE -> new Advice(at, List.of(T, IB, DIR).get(bits % 3), bit(bits, 15));
            case CLOSURE -> new Closure(at, bit(bits, 0) ? IB : DIR, "Synthetic.");
            default -> throw new IllegalArgumentException("not on the seed plan's path: " + type);
        };
    }

    @Test
    void along_random_sequences_every_ruling_and_every_guidance_agree() {
        AtomicInteger reachedStep5 = new AtomicInteger();
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
                    List<String> problems = new ArrayList<>();
                    compareGuide(c).ifPresent(problems::add);
                    for (Move m : sequence) {
                        at = at.plus(Duration.ofMinutes(30));
                        Action action = action(m, pathIndex, at);
                        Result result = Story.ENGINE.apply(c, action);
                        rulings.incrementAndGet();
                        compareRuling(c, action, result.ruling().clauseIds()).ifPresent(problems::add);
                        if (m.guided() && result.permitted()) {
                            pathIndex++;
                        }
                        c = result.caseFile();
                        compareGuide(c).ifPresent(problems::add);
                        if (!problems.isEmpty()) {
                            break;
                        }
                    }
                    if (REFERENCE.guide(c).currentStep() == 5) {
                        reachedStep5.incrementAndGet();
                    }
                    assertThat(problems)
                            .as("engine and reference disagree (seed %d)", SEED)
                            .isEmpty();
                });
        System.out.println("[reference] " + rulings.get() + " rulings compared; " + reachedStep5.get()
                + " of the sequences ended in step 5");
        assertThat(reachedStep5.get())
                .as("the generator reaches the later steps")
                .isGreaterThan(EXAMPLES / 10);
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
        Story story = Story.newCase().parentsToldOfReport().given(at -> new Report(at, IB, false));
        assertRulingAgrees(
                story,
                at -> new Closure(at, DIR, "Handed to Veilig Thuis."),
                "D2: \"stelt de ouders ... op de hoogte van de melding\": of every report");
    }

    @Test
    void the_parents_are_owed_a_conversation_about_a_second_report() {
        Story story = Story.newCase().parentsToldOfReport().given(at -> new Report(at, IB, false));
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
