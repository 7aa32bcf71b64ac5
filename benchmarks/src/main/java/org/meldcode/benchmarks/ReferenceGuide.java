package org.meldcode.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.meldcode.model.IbNotification;
import org.meldcode.model.InspectorConsultation;
import org.meldcode.model.LogEntry;
import org.meldcode.model.ParentsConversation;
import org.meldcode.model.PoliceReport;
import org.meldcode.model.Position;
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
import org.meldcode.protocol.ActionSpec;
import org.meldcode.protocol.Protocol;
import org.meldcode.rules.reference.ReferenceEvaluator;

/**
 * The plain-Java floor of {@code MeldcodeEngine.guide}: the reference's guide (step, closed,
 * obligations) <em>and</em> who may do what next, found as the engine finds it: each kind of
 * action, by each role the plan names, done the way the plan asks, ruled on by the reference.
 * The candidates are the ones of {@code org.meldcode.rules.Candidates} (package-private there), so
 * both sides answer the same questions.
 */
public final class ReferenceGuide {

    private static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Amsterdam");

    /** The reference's guide and the roles that may take each kind of action now. */
    public record Answer(ReferenceEvaluator.Guide guide, Map<ActionType, Set<Role>> next) {}

    private final ReferenceEvaluator reference;

    public ReferenceGuide(ReferenceEvaluator reference) {
        this.reference = reference;
    }

    /** Where the case stands and who may do what next. */
    public Answer guide(Case c) {
        Protocol protocol = Protocol.of(c.protocol());
        Instant at = c.lastEventAt().orElse(Instant.EPOCH);
        Map<ActionType, Set<Role>> next = new EnumMap<>(ActionType.class);
        for (ActionSpec spec : protocol.actions().values()) {
            // in acute danger any staff member may report (AR-1.3): a report is asked of every
            // role that may record acute danger too
            Set<Role> roles = EnumSet.copyOf(spec.roles());
            if (spec.type() == ActionType.REPORT && protocol.actions().containsKey(ActionType.ACUTE_DANGER)) {
                roles.addAll(protocol.rolesFor(ActionType.ACUTE_DANGER));
            }
            for (Role role : roles) {
                for (Action a : candidates(spec.type(), role, at)) {
                    if (reference.refusals(c, a).isEmpty()) {
                        next.computeIfAbsent(spec.type(), t -> EnumSet.noneOf(Role.class))
                                .add(role);
                    }
                }
            }
        }
        return new Answer(reference.guide(c), next);
    }

    static List<Action> candidates(ActionType type, Role role, Instant at) {
        Actor actor = placeholder(role);
        return switch (type) {
            case IB_NOTIFICATION -> List.of(new IbNotification(at, actor));
            case LOG_ENTRY ->
                List.of(new LogEntry(
                        at,
                        actor,
                        LocalDate.ofInstant(at, SCHOOL_ZONE),
                        Signal.OTHER,
                        Source.OWN_OBSERVATION,
                        "guide",
                        false));
            case CONSULTATION ->
                List.of(new Consultation(
                        at, actor, with(actor, Role.TEACHER, Role.INTERN_BEGELEIDER, Role.SCHOOL_SOCIAL_WORKER), true));
            case PUPIL_READINESS_CHECK ->
                List.of(new PupilReadinessCheck(at, actor, with(actor, Role.TEACHER, Role.INTERN_BEGELEIDER), true));
            case PUPIL_CONVERSATION -> List.of(new PupilConversation(at, actor, false));
            case PARENTS_CONVERSATION ->
                List.of(new ParentsConversation(
                        at,
                        actor,
                        with(actor, Role.INTERN_BEGELEIDER, Role.DIRECTOR),
                        EnumSet.allOf(Topic.class),
                        false));
            case CONVERSATION_SKIP -> List.of(new ConversationSkip(at, actor, Set.of(Threat.CHILD), "guide"));
            case RISK_ASSESSMENT ->
                List.of(new RiskAssessment(
                        at,
                        actor,
                        with(actor, Role.TEACHER, Role.INTERN_BEGELEIDER),
                        SuspicionLevel.PRESENT,
                        false,
                        false,
                        true,
                        "Weighed on what steps 1 to 3 brought."));
            case DECISION -> {
                Set<Actor> deciders = with(actor, Role.INTERN_BEGELEIDER, Role.DIRECTOR);
                yield List.of(
                        new Decision(at, actor, deciders, DecisionKind.REPORT, true, false, false, false, "guide"),
                        new Decision(at, actor, deciders, DecisionKind.ORGANISE_HELP, true, true, true, true, "guide"));
            }
            case REPORT -> List.of(new Report(at, actor, true, false));
            case REPORT_CONVERSATION ->
                List.of(new ReportConversation(at, actor, with(actor, Role.INTERN_BEGELEIDER, Role.DIRECTOR), true));
            case ADVICE -> List.of(new Advice(at, actor, true));
            case CLOSURE -> List.of(new Closure(at, actor, "guide"));
            case STAFF_SUSPICION ->
                List.of(new StaffSuspicion(at, actor, Suspect.of("guide-suspect", Position.TEACHER), true));
            case BOARD_NOTIFICATION -> List.of(new BoardNotification(at, actor, Channel.DIRECT));
            case INSPECTOR_CONSULTATION ->
                List.of(new InspectorConsultation(at, actor, true), new InspectorConsultation(at, actor, false));
            case ACCUSED_AND_PARENTS_INFORMED -> List.of(new AccusedAndParentsInformed(at, actor));
            case POLICE_REPORT -> List.of(new PoliceReport(at, actor));
            case SUBSTITUTION ->
                List.of(
                        new Substitution(at, actor, Role.INTERN_BEGELEIDER, "guide-substitute"),
                        new Substitution(at, actor, Role.DIRECTOR, "guide-substitute"));
            case ACUTE_DANGER -> List.of(new AcuteDanger(at, actor, "guide"));
            case TELLING_ARRANGEMENT ->
                List.of(
                        new TellingArrangement(at, actor, Teller.VEILIG_THUIS, "guide"),
                        new TellingArrangement(at, actor, Teller.SCHOOL, "guide"));
            // the national framework's own actions: the seed plan's reference does not rule on them
            case HELP_AGREEMENT, HELP_EVALUATION, SAFETY_EXCEPTION -> List.of();
        };
    }

    /** How many candidate actions one guide rules on. */
    public static int candidateCount(Protocol protocol) {
        int n = 0;
        for (ActionSpec spec : protocol.actions().values()) {
            // in acute danger any staff member may report (AR-1.3): a report is asked of every
            // role that may record acute danger too
            Set<Role> roles = EnumSet.copyOf(spec.roles());
            if (spec.type() == ActionType.REPORT && protocol.actions().containsKey(ActionType.ACUTE_DANGER)) {
                roles.addAll(protocol.rolesFor(ActionType.ACUTE_DANGER));
            }
            for (Role role : roles) {
                n += candidates(spec.type(), role, Instant.EPOCH).size();
            }
        }
        return n;
    }

    private static Actor placeholder(Role role) {
        return new Actor(role, "guide-" + role.ordinal());
    }

    private static Set<Actor> with(Actor actor, Role... roles) {
        Set<Actor> people = new HashSet<>();
        people.add(actor);
        for (Role r : roles) {
            if (actor.role() != r) {
                people.add(placeholder(r));
            }
        }
        return people;
    }
}
