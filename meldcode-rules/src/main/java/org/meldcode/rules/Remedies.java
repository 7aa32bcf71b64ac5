package org.meldcode.rules;

import static org.meldcode.model.ActionType.ACCUSED_AND_PARENTS_INFORMED;
import static org.meldcode.model.ActionType.ACUTE_DANGER;
import static org.meldcode.model.ActionType.ADVICE;
import static org.meldcode.model.ActionType.BOARD_NOTIFICATION;
import static org.meldcode.model.ActionType.CLOSURE;
import static org.meldcode.model.ActionType.CONSULTATION;
import static org.meldcode.model.ActionType.CONVERSATION_SKIP;
import static org.meldcode.model.ActionType.DECISION;
import static org.meldcode.model.ActionType.HELP_AGREEMENT;
import static org.meldcode.model.ActionType.HELP_EVALUATION;
import static org.meldcode.model.ActionType.IB_NOTIFICATION;
import static org.meldcode.model.ActionType.INSPECTOR_CONSULTATION;
import static org.meldcode.model.ActionType.LOG_ENTRY;
import static org.meldcode.model.ActionType.PARENTS_CONVERSATION;
import static org.meldcode.model.ActionType.POLICE_REPORT;
import static org.meldcode.model.ActionType.PUPIL_CONVERSATION;
import static org.meldcode.model.ActionType.PUPIL_READINESS_CHECK;
import static org.meldcode.model.ActionType.REPORT;
import static org.meldcode.model.ActionType.REPORT_CONVERSATION;
import static org.meldcode.model.ActionType.RISK_ASSESSMENT;
import static org.meldcode.model.ActionType.SAFETY_EXCEPTION;
import static org.meldcode.model.ActionType.STAFF_SUSPICION;
import static org.meldcode.model.ActionType.SUBSTITUTION;
import static org.meldcode.model.ActionType.TELLING_ARRANGEMENT;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meldcode.engine.Finding;
import org.meldcode.engine.Remedy;
import org.meldcode.model.Action;
import org.meldcode.model.ActionType;
import org.meldcode.model.Consultation;
import org.meldcode.model.Decision;
import org.meldcode.model.HelpAgreement;
import org.meldcode.model.ParentsConversation;
import org.meldcode.model.PupilReadinessCheck;
import org.meldcode.model.ReportConversation;
import org.meldcode.model.RiskAssessment;
import org.meldcode.model.Role;
import org.meldcode.model.Substitution;
import org.meldcode.protocol.Message;
import org.meldcode.protocol.Protocol;
import org.meldcode.settings.SchoolSettings;

/**
 * The way forward from each refusal the rules raise, as data, by the key of the refusal's text:
 * the knowledge behind {@link Finding#way()}. The roles are worked out for the case at hand (the
 * school's settings, the refusal's arguments). A test checks that every refusal key in the rule
 * files has an entry here, and a property checks on generated cases that every way forward leads
 * somewhere permitted.
 */
final class Remedies {

    /** What a refusal's way forward is, before the roles are worked out for the case. */
    record Way(Remedy.Kind kind, Set<ActionType> actions, Set<String> fields, Set<Role> parts) {

        static Way first(ActionType... actions) {
            return new Way(Remedy.Kind.TAKE_FIRST, EnumSet.of(actions[0], actions), Set.of(), Set.of());
        }

        static Way instead(ActionType... actions) {
            return new Way(Remedy.Kind.TAKE_INSTEAD, EnumSet.of(actions[0], actions), Set.of(), Set.of());
        }

        static Way change(String... fields) {
            return new Way(Remedy.Kind.CHANGE_THIS_ATTEMPT, Set.of(), Set.of(fields), Set.of());
        }

        static Way changeWith(Set<Role> parts, String... fields) {
            return new Way(Remedy.Kind.CHANGE_THIS_ATTEMPT, Set.of(), Set.of(fields), parts);
        }

        static Way anotherRole() {
            return new Way(Remedy.Kind.ANOTHER_ROLE, Set.of(), Set.of(), Set.of());
        }

        static Way none() {
            return new Way(Remedy.Kind.NONE, Set.of(), Set.of(), Set.of());
        }
    }

    private static final Set<Role> IB_AND_DIRECTOR = EnumSet.of(Role.INTERN_BEGELEIDER, Role.DIRECTOR);

    /** The refusals' keys and their ways forward. */
    static final Map<String, Way> BY_KEY = Map.ofEntries(
            // the case is closed: nothing can be added; new worries open a new case
            Map.entry("refusal.closed", Way.none()),
            Map.entry("refusal.role", Way.anotherRole()),
            Map.entry("refusal.order", Way.first(IB_NOTIFICATION)), // the actions of the step owed: see of()
            Map.entry("refusal.ib-not-informed", Way.first(IB_NOTIFICATION)),
            Map.entry("refusal.log-date-in-future", Way.change("observedOn")),
            Map.entry("refusal.log-names-others", Way.change("text")),
            Map.entry("refusal.consultation-participants", Way.change("participants")),
            Map.entry("refusal.consultation-named", Way.change("anonymous")),
            Map.entry("refusal.conversation-after-skip", Way.instead(RISK_ASSESSMENT)),
            Map.entry("refusal.pupil-not-judged-ready", Way.first(PUPIL_READINESS_CHECK)),
            Map.entry("refusal.missing-participants", Way.change("participants")),
            Map.entry("refusal.suspicion-named-to-pupil", Way.change("suspicionNamed")),
            Map.entry("refusal.teacher-at-parents-conversation", Way.changeWith(IB_AND_DIRECTOR, "participants")),
            Map.entry("refusal.topics-missing", Way.change("topics")),
            Map.entry("refusal.suspicion-removed-after-weighing", Way.change("suspicionRemoved")),
            Map.entry("refusal.suspicion-removed", Way.instead(CLOSURE)),
            Map.entry("refusal.weighing-not-discussed", Way.first(RISK_ASSESSMENT)),
            Map.entry("refusal.report-without-decision", Way.first(DECISION)),
            Map.entry("refusal.help-without-acceptance", Way.change("kind")),
            Map.entry("refusal.decision-after-report-decision", Way.instead(REPORT)),
            Map.entry("refusal.report-not-by-ib", Way.anotherRole()),
            Map.entry("refusal.report-despite-help", Way.instead(LOG_ENTRY, RISK_ASSESSMENT)),
            Map.entry("refusal.decision-after-help-without-deterioration", Way.first(LOG_ENTRY, RISK_ASSESSMENT)),
            Map.entry("refusal.anonymous-report", Way.change("reporterWithheldFromFamily")),
            Map.entry("refusal.no-report-to-tell", Way.first(REPORT)),
            Map.entry("refusal.report-told-not-in-person", Way.change("inPerson")),
            Map.entry("refusal.close-before-parents-told", Way.first(REPORT_CONVERSATION)),
            Map.entry("refusal.close-before-end", Way.first(DECISION, REPORT, PARENTS_CONVERSATION)),
            Map.entry("refusal.decision-in-doubt-without-advice", Way.first(ADVICE)),
            Map.entry("refusal.advice-before-ib", Way.first(IB_NOTIFICATION)),
            Map.entry("refusal.help-despite-unsafety", Way.change("kind")),
            Map.entry("refusal.report-while-help-organised", Way.first(LOG_ENTRY, RISK_ASSESSMENT)),
            Map.entry("refusal.skip-without-danger", Way.change("endangered")),
            Map.entry("refusal.arrangement-not-needed", Way.instead(REPORT_CONVERSATION)),
            Map.entry("refusal.tell-before-arrangement", Way.first(TELLING_ARRANGEMENT)),
            Map.entry("refusal.veilig-thuis-tells", Way.first(TELLING_ARRANGEMENT)),
            Map.entry("refusal.report-pupil-not-named", Way.change("pupilIdentified")),
            Map.entry("refusal.suspicion-removed-after-acute-danger", Way.change("suspicionRemoved")),
            Map.entry(
                    "refusal.ar.close-before-steps",
                    Way.first(
                            IB_NOTIFICATION,
                            CONSULTATION,
                            PUPIL_CONVERSATION,
                            PARENTS_CONVERSATION,
                            CONVERSATION_SKIP,
                            RISK_ASSESSMENT)),
            Map.entry("refusal.ar.close-before-contact", Way.first(REPORT)),
            Map.entry("refusal.ar.help-before-report", Way.first(REPORT)),
            Map.entry("refusal.lk.consultation-alone", Way.change("participants")),
            Map.entry("refusal.lk.close-before-end", Way.first(DECISION, REPORT, HELP_EVALUATION)),
            Map.entry("refusal.lk.close-before-question-1", Way.first(RISK_ASSESSMENT)),
            Map.entry("refusal.lk.help-despite-unsafety", Way.change("kind")),
            Map.entry("refusal.lk.help-despite-disclosure", Way.change("kind")),
            Map.entry("refusal.lk.help-without-decision", Way.first(DECISION)),
            Map.entry("refusal.lk.help-not-accepted", Way.change("kind")),
            Map.entry("refusal.lk.help-deadline-not-ahead", Way.change("deadline")),
            Map.entry("refusal.lk.evaluation-without-help", Way.first(HELP_AGREEMENT)),
            Map.entry("refusal.lk.safety-before-deadline", Way.change("safetyReached")),
            Map.entry("refusal.lk.help-again-after-failure", Way.change("kind")),
            Map.entry("refusal.lk.close-before-parents-told", Way.first(REPORT_CONVERSATION, TELLING_ARRANGEMENT)),
            Map.entry("refusal.lk.anonymous-without-exception", Way.change("reporterWithheldFromFamily")),
            Map.entry("refusal.lk.no-suspicion-overtaken", Way.first(RISK_ASSESSMENT)),
            Map.entry("refusal.lk.no-suspicion-with-unsafety", Way.change("acuteUnsafety", "structuralUnsafety")),
            Map.entry("refusal.lk.decision-in-doubt-without-advice", Way.first(ADVICE)),
            Map.entry("refusal.lk.help-school-cannot", Way.change("kind")),
            Map.entry("refusal.lk.help-agreed-school-cannot", Way.instead(REPORT)),
            Map.entry("refusal.lk.no-intended-report", Way.first(DECISION)),
            Map.entry("refusal.lk.arrangement-not-needed", Way.instead(REPORT_CONVERSATION)),
            Map.entry("refusal.lk.tell-before-arrangement", Way.first(TELLING_ARRANGEMENT)),
            Map.entry("refusal.lk.close-before-decided-report", Way.first(REPORT)),
            // the suspect may be in any of the action's people: see peopleIn()
            Map.entry("refusal.sr.suspect-takes-part", Way.change("actor")),
            Map.entry("refusal.sr.suspect-records-self", Way.anotherRole()),
            Map.entry("refusal.sr.board-first", Way.first(BOARD_NOTIFICATION)),
            Map.entry("refusal.sr.board-first-closure", Way.first(BOARD_NOTIFICATION)),
            Map.entry("refusal.sr.no-staff-suspicion", Way.first(STAFF_SUSPICION)),
            Map.entry("refusal.sr.inspector-before-board", Way.first(BOARD_NOTIFICATION)),
            Map.entry("refusal.sr.close-before-inspector", Way.first(INSPECTOR_CONSULTATION)),
            Map.entry("refusal.sr.board-not-direct", Way.change("channel")),
            Map.entry("refusal.sr.no-reasonable-suspicion", Way.first(INSPECTOR_CONSULTATION)),
            Map.entry("refusal.sr.police-report-before-informing", Way.first(ACCUSED_AND_PARENTS_INFORMED)),
            Map.entry("refusal.sr.close-before-police-report", Way.first(ACCUSED_AND_PARENTS_INFORMED, POLICE_REPORT)),
            // no suspect holds the role: there is no one to replace, and so nothing to do instead
            Map.entry("refusal.sr.no-role-to-substitute", Way.none()),
            Map.entry("refusal.sr.ib-suspected", Way.first(SUBSTITUTION)),
            // repeats that change nothing (docs/protocol.md): what is new goes into the logbook
            Map.entry("refusal.ib-already-informed", Way.instead(LOG_ENTRY)),
            Map.entry("refusal.skip-again", Way.instead(RISK_ASSESSMENT)),
            Map.entry("refusal.skip-after-parents-told", Way.instead(ACUTE_DANGER, RISK_ASSESSMENT)),
            Map.entry("refusal.lk.skip-after-parents-told", Way.instead(SAFETY_EXCEPTION, ACUTE_DANGER)),
            Map.entry("refusal.pupil-conversation-again", Way.instead(LOG_ENTRY)),
            Map.entry("refusal.parents-conversation-again", Way.instead(LOG_ENTRY)),
            Map.entry("refusal.lk.parents-conversation-again", Way.instead(LOG_ENTRY)),
            Map.entry("refusal.readiness-after-pupil-conversation", Way.instead(LOG_ENTRY)),
            Map.entry("refusal.readiness-repeated", Way.change("pupilCanTalk")),
            Map.entry("refusal.parents-already-told", Way.instead(LOG_ENTRY)));

    private Remedies() {}

    /**
     * The way forward from one refusal of an action, with the roles worked out for the case.
     *
     * @param protocol the case's protocol
     * @param settings the school's settings (who may take which kind of action)
     * @param action   the refused action
     * @param key      the key of the refusal's text
     * @param args     the text's arguments
     * @return the remedy; a key not known here gets no way forward (a test checks every key the
     *     rules use is known)
     */
    static Remedy of(Protocol protocol, SchoolSettings settings, Action action, String key, List<Object> args) {
        Message text = Finding.remedyText(new Message(key, args));
        Way way = BY_KEY.get(key);
        if (way == null) {
            return Remedy.none(text);
        }
        return switch (way.kind()) {
            case TAKE_FIRST, TAKE_INSTEAD -> {
                Set<ActionType> actions = EnumSet.noneOf(ActionType.class);
                actions.addAll("refusal.order".equals(key) ? completing(protocol, args) : way.actions());
                actions.retainAll(protocol.actions().keySet());
                if (actions.isEmpty()) {
                    yield Remedy.none(text);
                }
                Set<Role> roles = EnumSet.noneOf(Role.class);
                actions.forEach(t -> roles.addAll(settings.rolesFor(protocol, t)));
                yield way.kind() == Remedy.Kind.TAKE_FIRST
                        ? Remedy.takeFirst(text, actions, roles)
                        : Remedy.takeInstead(text, actions, roles);
            }
            case ANOTHER_ROLE -> {
                Set<Role> roles = EnumSet.noneOf(Role.class);
                if ("refusal.role".equals(key) && args.size() > 2 && args.get(2) instanceof Collection<?> allowed) {
                    allowed.forEach(r -> roles.add((Role) r));
                } else if ("refusal.report-not-by-ib".equals(key)) {
                    roles.add(Role.INTERN_BEGELEIDER);
                } else {
                    roles.addAll(settings.rolesFor(protocol, action.type()));
                }
                yield roles.isEmpty() ? Remedy.none(text) : Remedy.anotherRole(text, roles);
            }
            case CHANGE_THIS_ATTEMPT -> {
                if ("refusal.sr.suspect-takes-part".equals(key)) {
                    yield Remedy.change(text, Set.of(), peopleIn(action));
                }
                Set<Role> parts = EnumSet.noneOf(Role.class);
                parts.addAll(way.parts());
                if (!args.isEmpty() && args.get(0) instanceof Collection<?> missing) {
                    missing.stream().filter(Role.class::isInstance).forEach(r -> parts.add((Role) r));
                }
                yield Remedy.change(text, parts, way.fields().toArray(String[]::new));
            }
            case NONE -> Remedy.none(text);
        };
    }

    /**
     * The fields of an action that name people (its actor, participants, case manager or
     * substitute): where the suspect of the staff route may appear.
     */
    static String[] peopleIn(Action action) {
        if (action instanceof HelpAgreement) {
            return new String[] {"actor", "caseManager"};
        }
        if (action instanceof Substitution) {
            return new String[] {"actor", "substituteId"};
        }
        if (action instanceof Consultation
                || action instanceof PupilReadinessCheck
                || action instanceof ParentsConversation
                || action instanceof RiskAssessment
                || action instanceof Decision
                || action instanceof ReportConversation) {
            return new String[] {"actor", "participants"};
        }
        return new String[] {"actor"};
    }

    /** The kinds of action that complete the step an action of the wrong order waits for. */
    private static Set<ActionType> completing(Protocol protocol, List<Object> args) {
        Set<ActionType> completing = EnumSet.noneOf(ActionType.class);
        if (args.size() > 1 && args.get(1) instanceof Number step) {
            for (ActionType t : ActionType.values()) {
                if (protocol.completes(t) == step.intValue()) {
                    completing.add(t);
                }
            }
        }
        return completing;
    }
}
