package org.meldcode.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.meldcode.model.AccusedAndParentsInformed;
import org.meldcode.model.Action;
import org.meldcode.model.ActionType;
import org.meldcode.model.Actor;
import org.meldcode.model.AcuteDanger;
import org.meldcode.model.Advice;
import org.meldcode.model.BoardNotification;
import org.meldcode.model.Channel;
import org.meldcode.model.Closure;
import org.meldcode.model.Consultation;
import org.meldcode.model.ConversationSkip;
import org.meldcode.model.Decision;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.ExceptionKind;
import org.meldcode.model.HelpAgreement;
import org.meldcode.model.HelpEvaluation;
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
import org.meldcode.model.SafetyException;
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
import org.meldcode.rules.facts.Dates;

/**
 * The actions {@code guide} asks the rules about: for each kind of action and each role, the
 * action done the way the protocol asks (all required people present, all points covered, named
 * where it must be named). If such an action is refused, it is the state of the case or the role
 * that forbids it, not the way it was filled in.
 */
final class Candidates {

    private Candidates() {}

    /** One candidate with the role and kind it stands for. */
    record Candidate(ActionType type, Role role, Action action) {}

    static List<Candidate> of(ActionType type, Role role, Instant at) {
        Actor actor = placeholder(role);
        List<Candidate> out = new ArrayList<>(2);
        for (Action a : actions(type, actor, at)) {
            out.add(new Candidate(type, role, a));
        }
        return out;
    }

    private static List<Action> actions(ActionType type, Actor actor, Instant at) {
        return switch (type) {
            case IB_NOTIFICATION -> List.of(new IbNotification(at, actor));
            case LOG_ENTRY ->
                List.of(new LogEntry(
                        at,
                        actor,
                        LocalDate.ofInstant(at, Dates.SCHOOL_ZONE),
                        Signal.OTHER,
                        Source.OWN_OBSERVATION,
                        DroolsEngine.CANDIDATE_TEXT,
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
            case HELP_AGREEMENT ->
                List.of(new HelpAgreement(
                        at,
                        actor,
                        LocalDate.ofInstant(at, Dates.SCHOOL_ZONE).plusWeeks(6),
                        placeholder(Role.INTERN_BEGELEIDER),
                        "guide"));
            case HELP_EVALUATION ->
                List.of(new HelpEvaluation(at, actor, true, "guide"), new HelpEvaluation(at, actor, false, "guide"));
            case SAFETY_EXCEPTION ->
                List.of(new SafetyException(at, actor, ExceptionKind.PARENTS_NOT_TOLD, Threat.CHILD, "guide"));
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
        };
    }

    /** One placeholder person per role, built once: a candidate's actor and participants. */
    private static final Actor[] PLACEHOLDERS = placeholders();

    private static Actor[] placeholders() {
        Role[] roles = Role.values();
        Actor[] actors = new Actor[roles.length];
        for (Role role : roles) {
            actors[role.ordinal()] = new Actor(role, "guide-" + role.ordinal());
        }
        return actors;
    }

    private static Actor placeholder(Role role) {
        return PLACEHOLDERS[role.ordinal()];
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
