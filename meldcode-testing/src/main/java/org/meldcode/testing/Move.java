package org.meldcode.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.meldcode.model.Substitution;
import org.meldcode.model.Suspect;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.model.Teller;
import org.meldcode.model.TellingArrangement;
import org.meldcode.model.Threat;
import org.meldcode.model.Topic;
import org.meldcode.protocol.Protocol;

/**
 * One generated move: a kind of action, the role that takes it, and bits that fill in its fields
 * (who takes part, yes/no fields, levels). A <em>guided</em> move instead takes the plan's next
 * usual step, by a role the plan names, with the people the step needs (its bits still decide the
 * yes/no fields), so that generated sequences also reach the later steps.
 *
 * <p>Bits 0–4 add a participant of each {@link Role} (in the enum's order), bits 5–6 choose a
 * suspicion level, bits 7–9 fill the yes/no fields. Bits 10–12 give the national framework's answers
 * a "no" where they are set: the school cannot help (10), those involved are not willing to work on
 * the help (11), the report leaves the pupil unnamed (11), the help's deadline is two weeks ahead
 * instead of a day (12). {@link Generators#moves()} keeps to bits 0–9, so its moves are what they
 * always were; {@link Generators#nationalMoves()} sets these too. Synthetic data only: staff ids such
 * as {@code a-1}, texts such as "Synthetic observation.".
 *
 * @param type   the kind of action
 * @param role   the role that takes it
 * @param bits   the bits that fill in its fields
 * @param guided whether the move follows the plan's usual path instead
 */
public record Move(ActionType type, Role role, int bits, boolean guided) {

    /** The seed plan's usual path; a guided move takes the next of these. */
    public static final List<ActionType> PATH = List.of(
            ActionType.LOG_ENTRY,
            ActionType.IB_NOTIFICATION,
            ActionType.CONSULTATION,
            ActionType.PARENTS_CONVERSATION,
            ActionType.RISK_ASSESSMENT,
            ActionType.DECISION,
            ActionType.LOG_ENTRY,
            ActionType.RISK_ASSESSMENT,
            ActionType.DECISION,
            ActionType.REPORT,
            ActionType.REPORT_CONVERSATION,
            ActionType.CLOSURE);

    /**
     * The national framework's usual path: help agreed and evaluated (question 4 and 5), then a
     * report when it fails; a guided move in a case of that protocol takes the next of these.
     */
    public static final List<ActionType> NATIONAL_PATH = List.of(
            ActionType.LOG_ENTRY,
            ActionType.IB_NOTIFICATION,
            ActionType.CONSULTATION,
            ActionType.PARENTS_CONVERSATION,
            ActionType.RISK_ASSESSMENT,
            ActionType.DECISION,
            ActionType.HELP_AGREEMENT,
            ActionType.HELP_EVALUATION,
            ActionType.DECISION,
            ActionType.REPORT,
            ActionType.REPORT_CONVERSATION,
            ActionType.CLOSURE);

    /** The usual path of a protocol: the national framework's, or the seed plan's. */
    public static List<ActionType> pathOf(Protocol protocol) {
        return protocol.ref().equals(ProtocolRef.LANDELIJK_2019) ? NATIONAL_PATH : PATH;
    }

    /** Whether bit i is set. */
    public boolean bit(int i) {
        return (bits >> i & 1) == 1;
    }

    /**
     * The move as it is taken at a point of the usual path: a guided move becomes that step of the
     * path, taken the way the plan asks; an unguided move stays as it is.
     *
     * @param pathIndex how many guided moves were permitted so far
     * @param protocol  the protocol, for the roles it names
     */
    public Move resolve(int pathIndex, Protocol protocol) {
        if (!guided) {
            return this;
        }
        List<ActionType> path = pathOf(protocol);
        ActionType next = path.get(Math.min(pathIndex, path.size() - 1));
        List<Role> roles = List.copyOf(protocol.rolesFor(next));
        Role who = next == ActionType.REPORT ? Role.INTERN_BEGELEIDER : roles.get(bits % roles.size());
        int people = switch (next) {
            case CONSULTATION -> 0b01011; // teacher, IB, school social worker
            case PARENTS_CONVERSATION, DECISION, REPORT_CONVERSATION -> 0b00110; // IB, director
            case RISK_ASSESSMENT, PUPIL_READINESS_CHECK -> 0b00011; // teacher, IB
            default -> 0;
        };
        int topics = next == ActionType.PARENTS_CONVERSATION ? 0b10000000 : 0;
        return new Move(next, who, (bits & ~0b11111) | people | topics, true);
    }

    /** The action this move stands for, at the given moment. */
    public Action action(Instant at) {
        Actor actor = Actor.of(role, "a-" + role.ordinal());
        return switch (type) {
            case IB_NOTIFICATION -> new IbNotification(at, actor);
            case LOG_ENTRY ->
                new LogEntry(
                        at,
                        actor,
                        LocalDate.of(2026, 9, 6).plusDays(bits % 3), // now and then a date not yet reached
                        Signal.values()[bits % Signal.values().length],
                        Source.values()[(bits >> 3) % Source.values().length],
                        bit(5)
                                ? "Synthetic observation; " + Generators.KNOWN_NAMES.get(0) + " said so."
                                : "Synthetic observation.",
                        bit(9));
            case CONSULTATION -> new Consultation(at, actor, people(actor), bit(8));
            case PUPIL_READINESS_CHECK -> new PupilReadinessCheck(at, actor, people(actor), bit(8));
            case PUPIL_CONVERSATION -> new PupilConversation(at, actor, bit(8));
            case PARENTS_CONVERSATION ->
                new ParentsConversation(
                        at,
                        actor,
                        people(actor),
                        bit(7) ? EnumSet.allOf(Topic.class) : EnumSet.of(Topic.PURPOSE),
                        bit(8) && bit(9));
            case CONVERSATION_SKIP ->
                new ConversationSkip(
                        at,
                        actor,
                        bit(8) && bit(9)
                                ? (bit(7) ? Set.of(Threat.RELATIONSHIP_OF_TRUST) : Set.of())
                                : Set.of(Threat.values()[bits % 3]),
                        "Synthetic danger.");
            case RISK_ASSESSMENT ->
                new RiskAssessment(
                        at,
                        actor,
                        people(actor),
                        SuspicionLevel.values()[(bits >> 5) % 4],
                        bit(8),
                        bit(9),
                        bit(7),
                        "Weighed on what steps 1 to 3 brought.");
            case DECISION ->
                new Decision(
                        at,
                        actor,
                        people(actor),
                        bit(7) ? DecisionKind.REPORT : DecisionKind.ORGANISE_HELP,
                        !bit(10),
                        bit(8),
                        bit(8) && !bit(11),
                        bit(9),
                        "Synthetic grounds.");
            case REPORT -> new Report(at, actor, !bit(11), bit(8) && bit(9));
            case REPORT_CONVERSATION -> new ReportConversation(at, actor, people(actor), bit(8));
            case ADVICE -> new Advice(at, actor, bit(8));
            case CLOSURE -> new Closure(at, actor, "Synthetic reason.");
            case HELP_AGREEMENT ->
                new HelpAgreement(
                        at,
                        actor,
                        LocalDate.ofInstant(at, SCHOOL_ZONE).plusDays(bit(12) ? 14 : bit(8) ? 1 : 0),
                        Actor.of(Role.INTERN_BEGELEIDER, "a-1"),
                        "Synthetic agreements.");
            case HELP_EVALUATION -> new HelpEvaluation(at, actor, bit(8), "Synthetic findings.");
            case SAFETY_EXCEPTION ->
                new SafetyException(
                        at,
                        actor,
                        bit(8) ? ExceptionKind.PARENTS_NOT_TOLD : ExceptionKind.REPORTER_WITHHELD,
                        Threat.values()[bits % Threat.values().length],
                        "Synthetic grounds.");
            case STAFF_SUSPICION -> new StaffSuspicion(at, actor, suspect(), bit(7));
            case BOARD_NOTIFICATION ->
                new BoardNotification(at, actor, bit(8) && bit(9) ? Channel.VIA_SCHOOL_MANAGEMENT : Channel.DIRECT);
            case INSPECTOR_CONSULTATION -> new InspectorConsultation(at, actor, bit(8));
            case ACCUSED_AND_PARENTS_INFORMED -> new AccusedAndParentsInformed(at, actor);
            case POLICE_REPORT -> new PoliceReport(at, actor);
            case SUBSTITUTION -> {
                Role taken = bit(8) ? Role.DIRECTOR : Role.INTERN_BEGELEIDER;
                String who = bit(7) && bit(9) ? "ib-suspect" : "a-" + taken.ordinal();
                yield new Substitution(at, actor, taken, who);
            }
            case ACUTE_DANGER -> new AcuteDanger(at, actor, "Synthetic danger.");
            case TELLING_ARRANGEMENT ->
                new TellingArrangement(at, actor, bit(8) ? Teller.VEILIG_THUIS : Teller.SCHOOL, "Synthetic agreement.");
        };
    }

    /**
     * The suspect of a staff suspicion: the generated teacher who acts (so that a suspect who acts
     * is refused), the IB or a director who do not act themselves (so that their roles pass to a
     * substitute, SR-1.5), or someone without a role in the protocol (a caretaker).
     */
    private Suspect suspect() {
        return switch (bits % 5) {
            case 0 -> Suspect.of("a-0", Position.TEACHER);
            case 1 -> Suspect.of("ib-suspect", Position.INTERN_BEGELEIDER);
            case 2 -> Suspect.of("dir-suspect", Position.DIRECTOR);
            case 3 -> Suspect.of("suspect-1", Position.CARETAKER);
            default -> Suspect.of("suspect-1", Position.TEACHER);
        };
    }

    /** The roles that bits 0–4 add as participants: the school's own staff, not the board. */
    private static final int STAFF_ROLES = 5;

    private static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Amsterdam");

    private Set<Actor> people(Actor actor) {
        Set<Actor> people = new HashSet<>();
        people.add(actor);
        Role[] roles = Role.values();
        for (int i = 0; i < STAFF_ROLES; i++) { // the board takes part in nothing
            if (bit(i)) {
                people.add(Actor.of(roles[i], "p-" + i));
            }
        }
        return people;
    }
}
