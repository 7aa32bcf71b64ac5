package org.meldcode.rules.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.meldcode.model.Action;
import org.meldcode.model.ActionType;
import org.meldcode.model.Actor;
import org.meldcode.model.Advice;
import org.meldcode.model.Case;
import org.meldcode.model.Closure;
import org.meldcode.model.Consultation;
import org.meldcode.model.ConversationSkip;
import org.meldcode.model.Decision;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.Event;
import org.meldcode.model.ExceptionKind;
import org.meldcode.model.HelpAgreement;
import org.meldcode.model.HelpEvaluation;
import org.meldcode.model.IbNotification;
import org.meldcode.model.LogEntry;
import org.meldcode.model.ParentsConversation;
import org.meldcode.model.PupilConversation;
import org.meldcode.model.Report;
import org.meldcode.model.ReportConversation;
import org.meldcode.model.RiskAssessment;
import org.meldcode.model.Role;
import org.meldcode.model.SafetyException;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.model.TellingArrangement;
import org.meldcode.protocol.Message;
import org.meldcode.rules.reference.ReferenceEvaluator.Guide;
import org.meldcode.rules.reference.ReferenceEvaluator.Sink;
import org.meldcode.rules.reference.ReferenceEvaluator.State;

/**
 * An independent, plain-Java reading of the national model meldcode for education with its
 * afwegingskader ({@code landelijk@2019-01}), written from the library's readings of issue 14
 * (notes/issue14-readings.md, "the readings" below), the clause, refusal and obligation texts
 * (messages_en.properties), the catalogue (landelijk-2019-01.properties) and the domain brief, without
 * the rules' DRL; it is an oracle for the Drools rules, not a copy of them.
 *
 * <p>What both protocols share is read once, in {@link ReferenceEvaluator}: the state derived from the
 * events ({@link State}), the staff route (SR-1.1 to SR-1.5) and the acute route (AR-1.1 to AR-1.4).
 * The national reading adds its own table, its steps 1 to 4 and the afwegingskader's five questions,
 * open reporting (LK-5.7) and the identity in a report (LK-5.8).
 *
 * <p>Unlike the seed reading, each finding names the key of its text as well as its clause: several
 * rules of step 5 cite the same clause (LK-5.5 alone has five), so the clause ids would hide which
 * rule refused or what is owed. A finding reads {@code "LK-5.4 refusal.lk.help-deadline-not-ahead
 * [2026-09-07]"}: the clause, the key, and the text's arguments where it has any ({@link #entry}).
 */
public final class NationalReferenceEvaluator {

    // ---------------------------------------------------------------------------------------------
    // The catalogue's table: "action.X=step:ROLES"
    // ---------------------------------------------------------------------------------------------

    /** The step of each kind of action (0: any step); the kinds not in the table are absent. */
    static final Map<ActionType, Integer> STEP = new EnumMap<>(ActionType.class);

    /** The roles of each kind of action (LK-0.2); a kind not in the table has none. */
    static final Map<ActionType, Set<Role>> WHO = new EnumMap<>(ActionType.class);

    /**
     * LK-0.1 — "The steps are taken in order: 1, 2, 3 (or skipped), 4, 5." The readings: "an action of
     * step N (N>=2) waits until step N-1 is done; step-0 actions any time".
     */
    static final Map<Integer, Integer> REQUIRES = Map.of(2, 1, 3, 2, 4, 3, 5, 4);

    private static final Role T = Role.TEACHER;
    private static final Role IB = Role.INTERN_BEGELEIDER;
    private static final Role DIR = Role.DIRECTOR;
    private static final Role SMW = Role.SCHOOL_SOCIAL_WORKER;
    private static final Role ZT = Role.CARE_TEAM;

    static {
        // Catalogue: "the library's roles: signals are logged by the teacher, the IB and management;
        // the IB stands for the aandachtsfunctionaris, who, with management, records the weighing's
        // outcome, the decisions, the report, the help and the exceptions. The teacher may join the
        // conversations of step 3 ... The pupil readiness check is the seed plan's own and not part of
        // this protocol."
        put(ActionType.IB_NOTIFICATION, 1, T, IB, DIR);
        put(ActionType.LOG_ENTRY, 1, T, IB, DIR);
        put(ActionType.CONSULTATION, 2, T, IB, DIR);
        put(ActionType.PUPIL_CONVERSATION, 3, T, IB, DIR);
        put(ActionType.PARENTS_CONVERSATION, 3, T, IB, DIR);
        put(ActionType.CONVERSATION_SKIP, 3, IB, DIR);
        put(ActionType.RISK_ASSESSMENT, 4, T, IB, DIR);
        put(ActionType.DECISION, 5, IB, DIR);
        put(ActionType.REPORT, 5, IB, DIR);
        put(ActionType.REPORT_CONVERSATION, 5, IB, DIR);
        put(ActionType.SAFETY_EXCEPTION, 5, IB, DIR);
        put(ActionType.HELP_AGREEMENT, 5, IB, DIR);
        put(ActionType.HELP_EVALUATION, 5, IB, DIR);
        put(ActionType.ADVICE, 0, T, IB, DIR);
        put(ActionType.CLOSURE, 0, IB, DIR);
        // The staff-perpetrator route, the same in every protocol.
        put(ActionType.STAFF_SUSPICION, 0, T, IB, DIR, SMW, ZT);
        put(ActionType.BOARD_NOTIFICATION, 0, T, IB, DIR, SMW, ZT);
        put(ActionType.INSPECTOR_CONSULTATION, 0, Role.BOARD);
        put(ActionType.ACCUSED_AND_PARENTS_INFORMED, 0, Role.BOARD);
        put(ActionType.POLICE_REPORT, 0, Role.BOARD);
        put(ActionType.SUBSTITUTION, 0, Role.BOARD);
        // AR-1.1 — "Any staff member records acute danger at any moment."
        put(ActionType.ACUTE_DANGER, 0, T, IB, DIR, SMW, ZT);
        // The readings (LK-5.7): "Roles: TELLING_ARRANGEMENT = step 0 : INTERN_BEGELEIDER, DIRECTOR".
        put(ActionType.TELLING_ARRANGEMENT, 0, IB, DIR);
    }

    private static void put(ActionType type, int step, Role... roles) {
        STEP.put(type, step);
        WHO.put(type, Collections.unmodifiableSet(EnumSet.copyOf(List.of(roles))));
    }

    // ---------------------------------------------------------------------------------------------
    // Findings as text
    // ---------------------------------------------------------------------------------------------

    /**
     * A finding or an obligation as one comparable line: the clause, the text's key and, when the text
     * has arguments, their values ({@link #arg}) in brackets.
     */
    public static String entry(String clause, String key, List<?> args) {
        if (args.isEmpty()) {
            return clause + " " + key;
        }
        List<String> values = new ArrayList<>();
        for (Object a : args) {
            values.add(arg(a));
        }
        return clause + " " + key + " " + values;
    }

    /** An argument's value: a collection as its values sorted, a nested text as its key and arguments. */
    static String arg(Object a) {
        if (a instanceof Message m) {
            return entry("", m.key(), m.args()).trim();
        }
        if (a instanceof Collection<?> items) {
            List<String> values = new ArrayList<>();
            for (Object item : items) {
                values.add(arg(item));
            }
            Collections.sort(values);
            return values.toString();
        }
        return String.valueOf(a);
    }

    private static Sink into(Set<String> out) {
        return (clause, key, args) -> out.add(entry(clause, key, List.of(args)));
    }

    // ---------------------------------------------------------------------------------------------
    // Refusals
    // ---------------------------------------------------------------------------------------------

    /** The ids of every clause the proposed action breaks in the case; empty when it is permitted. */
    public Set<String> refusals(Case c, Action a) {
        Set<String> ids = new TreeSet<>();
        for (String f : findings(c, a)) {
            ids.add(f.substring(0, f.indexOf(' ')));
        }
        return ids;
    }

    /** Every finding ({@link #entry}) on the proposed action in the case; empty when it is permitted. */
    public Set<String> findings(Case c, Action a) {
        State s = new State(c);
        National n = new National(s);
        Set<String> out = new TreeSet<>();
        Sink broken = into(out);
        ActionType type = a.type();
        Role role = a.actor().role();
        int step = STEP.getOrDefault(type, 0);

        // AR-1.3 — "In acute danger any staff member may report at once, without consultation,
        // conversation, weighing or decision first." The readings: "Acute route exemptions as in the
        // seed": once acute danger is on record a report by any staff role (not the board) waits for no
        // step (LK-0.1), no role of the table (LK-0.2), no decision (LK-5.6: "unless the acute route
        // exempts the report (AR-1.3, as in the seed oracle)") and not for the board (SR-1.2). It still
        // names the pupil and needs its exception to withhold the reporter (LK-5.8), a closed case stays
        // closed (LK-0.3) and a suspect takes no part (SR-1.1).
        boolean exemptReport = a instanceof Report && s.acuteDanger() && role != Role.BOARD;
        // As in the seed: once acute danger was recorded and a report was made, telling the parents of
        // it waits for no step (LK-0.1) and not for the board (SR-1.2); who tells them (LK-0.2) and
        // LK-5.7's own conditions still hold.
        boolean exemptTelling = a instanceof ReportConversation && s.acuteDanger() && s.reported();
        boolean exempt = exemptReport || exemptTelling;

        // LK-0.3 — "A closed case accepts nothing more."
        if (s.closed) {
            broken.add("LK-0.3", "refusal.closed", closedOn(s));
        }

        // LK-0.2 — "Each action is taken by a role the meldcode assigns to it." The text names the role,
        // the action and the roles it is for.
        Set<Role> who = WHO.getOrDefault(type, Set.of());
        if (!who.contains(role) && !exemptReport) {
            broken.add("LK-0.2", "refusal.role", role, type, who);
        }

        // LK-0.1 — "The steps are taken in order: 1, 2, 3 (or skipped), 4, 5." (refusal.order: "This
        // action belongs to step {0}, but step {1} is not completed yet.") LK-1.1: "step 2 waits for
        // that" is this same order: step 1 is done once the signals reached the IB.
        Integer required = REQUIRES.get(step);
        if (required != null && !s.stepDone(required) && !exempt) {
            broken.add("LK-0.1", "refusal.order", step, required);
        }

        if (a instanceof LogEntry e) {
            logEntry(e, broken);
        } else if (a instanceof Consultation k) {
            consultation(k, broken);
        } else if (a instanceof PupilConversation || a instanceof ParentsConversation) {
            conversation(s, a, broken);
        } else if (a instanceof ConversationSkip k) {
            skip(s, n, k, broken);
        } else if (a instanceof IbNotification) {
            // LK-1.1 — issue 16, repeats that change nothing: once the signals reached the IB, another
            // notification brings them to no one new; except where the IB is the suspect (SR-1.5).
            if (s.ibInformed && !s.heldBySuspect(Role.INTERN_BEGELEIDER)) {
                broken.add("LK-1.1", "refusal.ib-already-informed");
            }
        } else if (a instanceof RiskAssessment w) {
            weighing(w, broken);
        } else if (a instanceof Decision d) {
            decision(s, n, d, broken);
        } else if (a instanceof Report r) {
            report(s, n, r, exemptReport, broken);
        } else if (a instanceof ReportConversation) {
            reportConversation(s, n, broken);
        } else if (a instanceof TellingArrangement) {
            tellingArrangement(n, broken);
        } else if (a instanceof HelpAgreement h) {
            helpAgreement(s, h, broken);
        } else if (a instanceof HelpEvaluation v) {
            helpEvaluation(n, v, broken);
        } else if (a instanceof Closure) {
            closure(s, n, broken);
        } else if (a instanceof SafetyException || a instanceof Advice) {
            // SAFETY_EXCEPTION: order, roles and closure only; what it allows is read where it counts
            // (LK-5.7 telling unsafe, LK-5.8 the reporter withheld). ADVICE: any step, by the teacher,
            // the IB or management (LK-2.1: "advice from Veilig Thuis may be anonymous").
        }
        ReferenceEvaluator.staffRoute(s, a, step, exempt, broken);
        return out;
    }

    private static void logEntry(LogEntry e, Sink broken) {
        // LK-1.1 — "Signals are recorded, dated and factual". The readings: "A LogEntry whose
        // observedOn is after the day of `at` (the school's day) is refused
        // (refusal.log-date-in-future, arg observedOn)".
        LocalDate day = LocalDate.ofInstant(e.at(), ReferenceEvaluator.SCHOOL_ZONE);
        if (e.observedOn().isAfter(day)) {
            broken.add("LK-1.1", "refusal.log-date-in-future", e.observedOn());
        }
    }

    private static void consultation(Consultation k, Sink broken) {
        // LK-2.1 — "The signals are discussed with at least one colleague". The readings: "A
        // consultation with fewer than 2 participants is refused (refusal.lk.consultation-alone)".
        if (k.participants().size() < 2) {
            broken.add("LK-2.1", "refusal.lk.consultation-alone");
        }
    }

    private static void conversation(State s, Action a, Sink broken) {
        // LK-3.1 — issue 16: a second conversation of the same kind completes nothing new.
        if (a instanceof PupilConversation && s.any(ActionType.PUPIL_CONVERSATION)) {
            broken.add("LK-3.1", "refusal.pupil-conversation-again");
        }
        if (a instanceof ParentsConversation && s.any(ActionType.PARENTS_CONVERSATION)) {
            broken.add("LK-3.1", "refusal.lk.parents-conversation-again");
        }
        // LK-3.1 — "A conversation with the pupil and/or the parents follows, unless that endangers
        // safety; then it is skipped". The readings: "After any skip, a pupil or parents conversation is
        // refused (refusal.conversation-after-skip)".
        if (s.skipped()) {
            broken.add("LK-3.1", "refusal.conversation-after-skip");
        }
    }

    private static void skip(State s, National n, ConversationSkip k, Sink broken) {
        // LK-3.1 — issue 16, repeats that change nothing: a skip once step 3 was skipped, or after the
        // parents were told (a conversation of step 3, or of the report). READING (docs/protocol.md):
        // not while the latest weighing found no suspicion and nothing overturned it, where a skip says
        // that a conversation would now endanger someone and stands in the way of closing (LK-5.1).
        if (!n.noSuspicion()) {
            if (s.skipped()) {
                broken.add("LK-3.1", "refusal.skip-again");
            }
            // not where the skip completes step 3 (the acute route records the steps afterwards)
            if (s.any(ActionType.PARENTS_CONVERSATION) || (s.any(ActionType.REPORT_CONVERSATION) && s.stepDone(3))) {
                broken.add("LK-3.1", "refusal.lk.skip-after-parents-told");
            }
        }
        // LK-3.1 — "... recording who would be endangered and why." The shared skip rule (issue 13,
        // reading 3): a skip naming no danger to the pupil, a family member or the staff member
        // (nobody, or only the relationship of trust) is refused.
        if (!k.namesDanger()) {
            broken.add("LK-3.1", "refusal.skip-without-danger");
        }
    }

    private static void weighing(RiskAssessment w, Sink broken) {
        // LK-4.1 — "The risk is weighed with the afwegingskader, with the designated safeguarding
        // officer." The readings: "A weighing without an INTERN_BEGELEIDER among its participants is
        // refused (refusal.missing-participants, arg: the missing roles)".
        boolean ib = false;
        for (Actor p : w.participants()) {
            ib |= p.role() == IB;
        }
        if (!ib) {
            broken.add("LK-4.1", "refusal.missing-participants", List.of(IB));
        }
        // LK-5.1 — the readings: "A RiskAssessment with level NONE and (acuteUnsafety or
        // structuralUnsafety): refused LK-5.1 refusal.lk.no-suspicion-with-unsafety" ("A weighing that
        // finds no suspicion cannot find acute or structural unsafety").
        if (w.level() == SuspicionLevel.NONE && (w.acuteUnsafety() || w.structuralUnsafety())) {
            broken.add("LK-5.1", "refusal.lk.no-suspicion-with-unsafety");
        }
    }

    private static void decision(State s, National n, Decision d, Sink broken) {
        RiskAssessment latest = s.latestWeighing;
        boolean help = d.kind() == DecisionKind.ORGANISE_HELP;

        // LK-5.2 — "Framework question 2: acute or structural unsafety, or doubt, means the school
        // reports". The readings: "A DECISION of kind ORGANISE_HELP is refused when the latest weighing
        // found acuteUnsafety or structuralUnsafety or has level DOUBTFUL
        // (refusal.lk.help-despite-unsafety)".
        if (help
                && latest != null
                && (latest.acuteUnsafety()
                        || latest.structuralUnsafety()
                        || latest.level() == SuspicionLevel.DOUBTFUL)) {
            broken.add("LK-5.2", "refusal.lk.help-despite-unsafety");
        }
        // LK-5.2 — "... so does the pupil's own disclosure". The readings: "The pupil disclosed = any
        // LogEntry with signal DISCLOSURE and source PUPIL or OWN_OBSERVATION (anywhere in the case)";
        // help then is refused (refusal.lk.help-despite-disclosure).
        if (help && s.pupilDisclosedAtSchool) {
            broken.add("LK-5.2", "refusal.lk.help-despite-disclosure");
        }
        // LK-5.2 — "in doubt it consults Veilig Thuis first". The readings: "a DECISION (any kind) is
        // refused (refusal.lk.decision-in-doubt-without-advice) when the latest weighing has level
        // DOUBTFUL and no ADVICE event comes after that weighing".
        // "... and nothing was reported yet."
        if (latest != null
                && latest.level() == SuspicionLevel.DOUBTFUL
                && !s.adviceAfterLatestWeighing()
                && !s.reported()) {
            broken.add("LK-5.2", "refusal.lk.decision-in-doubt-without-advice");
        }
        // LK-5.3 — "Framework question 3: when the school cannot offer or organise effective help, it
        // reports". The readings: "A DECISION ORGANISE_HELP with schoolCanHelp == false: refused
        // refusal.lk.help-school-cannot".
        if (help && !d.schoolCanHelp()) {
            broken.add("LK-5.3", "refusal.lk.help-school-cannot");
        }
        // LK-5.4 — "Framework question 4: when those involved do not accept the help, or are not
        // willing to work on it, the school reports". The readings: "helpAccepted == false or
        // willingToWork == false: refused refusal.lk.help-not-accepted" (contactWithHelpAllowed is the
        // seed's field; the national framework ignores it).
        if (help && (!d.helpAccepted() || !d.willingToWork())) {
            broken.add("LK-5.4", "refusal.lk.help-not-accepted");
        }
        // LK-5.5 — "Framework question 5: when the help does not reach safety in time, the school
        // reports (again)". The readings: "A DECISION ORGANISE_HELP after help failed: refused
        // refusal.lk.help-again-after-failure" ("Help failed": any evaluation that found no safety).
        if (help && n.helpFailed()) {
            broken.add("LK-5.5", "refusal.lk.help-again-after-failure");
        }
        // LK-5.6 — "a report follows a decision to report, which is not reversed". The readings: "A
        // DECISION is refused (refusal.decision-after-report-decision) when the latest decision is
        // REPORT."
        if (n.latestDecisionIsReport()) {
            broken.add(
                    "LK-5.6",
                    "refusal.decision-after-report-decision",
                    LocalDate.ofInstant(s.latestDecision.at(), org.meldcode.rules.facts.Dates.SCHOOL_ZONE));
        }
        // AR-1.3 — no help in place of the report while acute danger waits for it (both protocols).
        ReferenceEvaluator.acuteHelp(s, d, broken);
    }

    private static void report(State s, National n, Report r, boolean exempt, Sink broken) {
        // LK-5.6 — "a report follows a decision to report". The readings: "A REPORT is refused
        // (refusal.report-without-decision) when the latest decision is not REPORT — unless the acute
        // route exempts the report (AR-1.3, as in the seed oracle)."
        if (!n.latestDecisionIsReport() && !exempt) {
            broken.add("LK-5.6", "refusal.report-without-decision");
        }
        // LK-5.8 — "A report names the pupil (without the name it is advice)". The readings: "A REPORT
        // with pupilIdentified == false: refused refusal.report-pupil-not-named (always, also in acute
        // danger)."
        if (!r.pupilIdentified()) {
            broken.add("LK-5.8", "refusal.report-pupil-not-named");
        }
        // LK-5.8 — "Veilig Thuis keeping the reporter's identity from the family is only a recorded
        // exception." The readings: "A REPORT with reporterWithheldFromFamily == true and no
        // SAFETY_EXCEPTION of kind REPORTER_WITHHELD before it: refused
        // refusal.lk.anonymous-without-exception."
        if (r.reporterWithheldFromFamily() && !n.exception(ExceptionKind.REPORTER_WITHHELD)) {
            broken.add("LK-5.8", "refusal.lk.anonymous-without-exception");
        }
    }

    private static void reportConversation(State s, National n, Sink broken) {
        // LK-5.7 — "Open reporting unless: the school discusses the intended report with the parents, or
        // tells them of it". The readings: "REPORT_CONVERSATION refused refusal.lk.no-intended-report
        // when the latest decision is not REPORT and nothing was reported (open melden: the intended
        // report may be discussed before it is made, once decided)."
        if (!n.latestDecisionIsReport() && !s.reported()) {
            broken.add("LK-5.7", "refusal.lk.no-intended-report");
        }
        // LK-5.7 — "where that could endanger someone, it agrees with Veilig Thuis who tells them and
        // when". The readings: "REPORT_CONVERSATION refused refusal.lk.tell-before-arrangement when
        // telling is unsafe and not arranged."
        if (n.tellingUnsafe() && !n.arranged()) {
            broken.add("LK-5.7", "refusal.lk.tell-before-arrangement");
        }
        // The readings: "REPORT_CONVERSATION refused refusal.veilig-thuis-tells when Veilig Thuis tells"
        // (the latest arrangement says VEILIG_THUIS).
        if (s.veiligThuisTells()) {
            broken.add("LK-5.7", "refusal.veilig-thuis-tells");
        }
        // LK-5.7 — issue 16, a repeat that changes nothing: the parents were told of the latest report
        // (or of the intended one, before it).
        if (n.parentsTold()) {
            broken.add("LK-5.7", "refusal.parents-already-told");
        }
    }

    private static void tellingArrangement(National n, Sink broken) {
        // LK-5.7 — the readings: "TELLING_ARRANGEMENT refused refusal.lk.arrangement-not-needed when
        // telling is not unsafe" ("Telling the parents of the report endangers no one here: the school
        // tells them itself.")
        if (!n.tellingUnsafe()) {
            broken.add("LK-5.7", "refusal.lk.arrangement-not-needed");
        }
    }

    private static void helpAgreement(State s, HelpAgreement h, Sink broken) {
        // LK-5.3 — "help follows a decision that it can". The readings: "A HELP_AGREEMENT with no
        // decision at all: refused refusal.lk.help-without-decision"; "when the latest decision has
        // schoolCanHelp == false: refused refusal.lk.help-agreed-school-cannot. (Help beside a decision
        // to REPORT is allowed when that decision's schoolCanHelp is true.)"
        if (s.latestDecision == null) {
            broken.add("LK-5.3", "refusal.lk.help-without-decision");
        } else if (!s.latestDecision.schoolCanHelp()) {
            broken.add("LK-5.3", "refusal.lk.help-agreed-school-cannot");
        }
        // LK-5.4 — "help is agreed with a deadline and a case manager". The readings: "A HELP_AGREEMENT
        // whose deadline is not after the (school's) day of `at`: refused
        // refusal.lk.help-deadline-not-ahead (arg deadline)."
        LocalDate day = LocalDate.ofInstant(h.at(), ReferenceEvaluator.SCHOOL_ZONE);
        if (!h.deadline().isAfter(day)) {
            broken.add("LK-5.4", "refusal.lk.help-deadline-not-ahead", h.deadline());
        }
    }

    private static void helpEvaluation(National n, HelpEvaluation v, Sink broken) {
        // LK-5.5 — the readings: "A HELP_EVALUATION with no HELP_AGREEMENT before it: refused
        // refusal.lk.evaluation-without-help."
        if (n.latestAgreement == null) {
            broken.add("LK-5.5", "refusal.lk.evaluation-without-help");
            return;
        }
        // LK-5.5 — "when the help does not reach safety in time ...". The readings: "A HELP_EVALUATION
        // with safetyReached == true whose day is before the latest agreement's deadline: refused
        // refusal.lk.safety-before-deadline (arg deadline)."
        LocalDate day = LocalDate.ofInstant(v.at(), ReferenceEvaluator.SCHOOL_ZONE);
        if (v.safetyReached() && day.isBefore(n.latestAgreement.deadline())) {
            broken.add("LK-5.5", "refusal.lk.safety-before-deadline", n.latestAgreement.deadline());
        }
    }

    private static void closure(State s, National n, Sink broken) {
        boolean policeReport = s.any(ActionType.POLICE_REPORT);
        RiskAssessment latest = s.latestWeighing;
        // LK-0.4 — "A case closes only at one of the framework's ends: a weighing that found no
        // suspicion, a report ..., or help that reached safety"; and (the readings, ends (d)) the staff
        // route's end, a police report filed.
        // LK-5.1 — "without such a weighing it does not [close]". The readings: "Closure with step 4
        // not done (no weighing) and not reported: refused LK-5.1 refusal.lk.close-before-question-1"
        // (the staff route's end, too, needs the weighing).
        if (latest == null && !s.reported()) {
            broken.add("LK-5.1", "refusal.lk.close-before-question-1");
        }
        // LK-0.4 — the readings: "Closure with step 4 done, latest weighing level != NONE, not
        // reported, not safety reached, no police report filed: refused LK-0.4
        // refusal.lk.close-before-end."
        if (latest != null
                && latest.level() != SuspicionLevel.NONE
                && !s.reported()
                && !n.safetyReached()
                && !policeReport) {
            broken.add("LK-0.4", "refusal.lk.close-before-end");
        }
        // LK-5.1 — the readings: "Closure when the latest weighing is NONE but 'no suspicion' does not
        // hold (overtaken), not reported, no police report filed: refused LK-5.1
        // refusal.lk.no-suspicion-overtaken."
        if (latest != null
                && latest.level() == SuspicionLevel.NONE
                && !n.noSuspicion()
                && !s.reported()
                && !policeReport) {
            broken.add("LK-5.1", "refusal.lk.no-suspicion-overtaken");
        }
        // LK-5.6 — "a report follows a decision to report, which is not reversed". The readings:
        // "CLOSURE refused refusal.lk.close-before-decided-report when the latest decision is REPORT and
        // nothing was reported."
        if (n.latestDecisionIsReport() && !s.reported()) {
            broken.add("LK-5.6", "refusal.lk.close-before-decided-report");
        }
        // LK-5.7 — the readings: "CLOSURE refused refusal.lk.close-before-parents-told when reported,
        // parents not told, and Veilig Thuis does not tell."
        if (s.reported() && !n.parentsTold() && !s.veiligThuisTells()) {
            broken.add("LK-5.7", "refusal.lk.close-before-parents-told");
        }
        // AR-1.4, AR-1.2 — the acute route's conditions on closing (the readings, ends (e)).
        ReferenceEvaluator.acuteClosure(s, broken);
        // SR-1.2 to SR-1.4 on closing: in the staff route (ReferenceEvaluator.staffRoute).
    }

    // ---------------------------------------------------------------------------------------------
    // Guidance
    // ---------------------------------------------------------------------------------------------

    /** Where the case stands; a closed case owes nothing. Obligations as {@link #entry} lines. */
    public Guide guide(Case c) {
        State s = new State(c);
        National n = new National(s);
        int current = 5;
        for (int step = 1; step <= 5; step++) {
            if (!s.stepDone(step)) {
                current = step;
                break;
            }
        }
        if (s.closed) {
            return new Guide(current, true, Set.of());
        }
        Set<String> out = new TreeSet<>();
        Sink owed = into(out);
        RiskAssessment latest = s.latestWeighing;

        // AR-1.2 — contact Veilig Thuis now, until a report follows the latest acute danger.
        ReferenceEvaluator.acuteOwed(s, owed);

        // LK-1.1 — the readings: "Owed owed.lk.map-signals (order 1) while step 1 is not done, the case
        // not closed, and the IB is not a suspect holding the IB role (staff route SR-1.5)."
        if (!s.stepDone(1) && !s.heldBySuspect(IB)) {
            owed.add("LK-1.1", "owed.lk.map-signals");
        }
        // SR-1.5 — a substitute for a suspect IB or director; then the substitute is informed.
        ReferenceEvaluator.substitutesOwed(s, owed);
        // LK-2.1 — the readings: "Owed owed.lk.consult (order 2) when step 1 is done and step 2 not."
        if (s.stepDone(1) && !s.stepDone(2)) {
            owed.add("LK-2.1", "owed.lk.consult");
        }
        // LK-3.1 — the readings: "Owed owed.conversation (order 3) when step 2 is done and step 3 not."
        if (s.stepDone(2) && !s.stepDone(3)) {
            owed.add("LK-3.1", "owed.conversation");
        }
        // LK-4.1 — the readings: "Owed owed.lk.weigh (order 4) when step 3 is done and step 4 not."
        if (s.stepDone(3) && !s.stepDone(4)) {
            owed.add("LK-4.1", "owed.lk.weigh");
        }
        // LK-5.1 — the readings: "Owed owed.lk.close-no-suspicion (LK-5.1, order 5) while 'no
        // suspicion' holds, not reported, the latest decision is not REPORT, not closed."
        if (n.noSuspicion() && !s.reported() && !n.latestDecisionIsReport()) {
            owed.add("LK-5.1", "owed.lk.close-no-suspicion");
        }
        // LK-5.2 — the readings: "Owed owed.lk.advice-in-doubt (order 5) when the latest weighing is
        // DOUBTFUL, no ADVICE after it, the latest decision is not REPORT, not reported, not closed."
        if (latest != null
                && latest.level() == SuspicionLevel.DOUBTFUL
                && !s.adviceAfterLatestWeighing()
                && !n.latestDecisionIsReport()
                && !s.reported()) {
            owed.add("LK-5.2", "owed.lk.advice-in-doubt");
        }
        // LK-5.4 — the readings: "Owed owed.lk.agree-help (order 5): the latest decision is
        // ORGANISE_HELP, no HELP_AGREEMENT after it, not closed."
        if (s.latestDecision != null
                && s.latestDecision.kind() == DecisionKind.ORGANISE_HELP
                && s.lastIndexOf(ActionType.HELP_AGREEMENT) < s.latestDecisionIndex) {
            owed.add("LK-5.4", "owed.lk.agree-help");
        }
        // LK-5.5 — the readings: "Owed owed.lk.evaluate-help (order 5, arg deadline of the latest
        // agreement): an agreement exists with no evaluation after it, not closed." (If any agreement
        // has no evaluation after it, neither has the latest.)
        if (n.latestAgreement != null && s.lastIndexOf(ActionType.HELP_EVALUATION) < n.latestAgreementIndex) {
            owed.add("LK-5.5", "owed.lk.evaluate-help", n.latestAgreement.deadline());
        }
        // LK-5.5 — the readings: "Owed owed.lk.report-again (order 5): a failed evaluation exists, the
        // latest decision is not REPORT, not closed."
        if (n.helpFailed() && !n.latestDecisionIsReport()) {
            owed.add("LK-5.5", "owed.lk.report-again");
        }
        // LK-5.5 — the readings: "Owed owed.lk.report-again-beside-help (order 5): a failed evaluation
        // at sequence s, the latest decision is REPORT and came before s, no REPORT after s, not
        // closed."
        if (n.latestDecisionIsReport()
                && n.failedEvaluationAfter(s.latestDecisionIndex, s.lastIndexOf(ActionType.REPORT))) {
            owed.add("LK-5.5", "owed.lk.report-again-beside-help");
        }
        // LK-5.6 — the readings: "Owed owed.lk.decide (order 5): the latest weighing has level != NONE,
        // no decision after it, the latest decision is not REPORT, not closed."
        if (latest != null
                && latest.level() != SuspicionLevel.NONE
                && s.latestDecisionIndex < s.latestWeighingIndex
                && !n.latestDecisionIsReport()) {
            owed.add("LK-5.6", "owed.lk.decide");
        }
        // LK-5.6 — the readings: "Owed owed.lk.report (order 5): the latest decision is REPORT, not
        // reported, not closed."
        if (n.latestDecisionIsReport() && !s.reported()) {
            owed.add("LK-5.6", "owed.lk.report");
        }
        // LK-5.7 — the readings: "Owed owed.lk.tell-parents-of-report (order 5): reported, parents not
        // told, NOT (telling unsafe and not arranged), Veilig Thuis does not tell, not closed."
        boolean unarranged = n.tellingUnsafe() && !n.arranged();
        if (s.reported() && !n.parentsTold() && !unarranged && !s.veiligThuisTells()) {
            owed.add("LK-5.7", "owed.lk.tell-parents-of-report");
        }
        // LK-5.7 — the readings: "Owed owed.lk.agree-telling-with-veilig-thuis (order 5): reported,
        // telling unsafe, parents not told, not arranged, not closed."
        if (s.reported() && unarranged && !n.parentsTold()) {
            owed.add("LK-5.7", "owed.lk.agree-telling-with-veilig-thuis");
        }
        // SR-1.2 to SR-1.4 — the staff route's obligations, as in every protocol.
        ReferenceEvaluator.staffRouteOwed(s, owed);
        return new Guide(current, false, out);
    }

    // ---------------------------------------------------------------------------------------------
    // What the national framework derives from the events, beside the shared state
    // ---------------------------------------------------------------------------------------------

    /** The afwegingskader's facts; indexes are 0-based positions in the case, -1 when absent. */
    static final class National {
        private final State s;
        final HelpAgreement latestAgreement;
        final int latestAgreementIndex;

        National(State s) {
            this.s = s;
            HelpAgreement agreement = null;
            int index = -1;
            for (int i = 0; i < s.events.size(); i++) {
                if (s.events.get(i).action() instanceof HelpAgreement h) {
                    agreement = h;
                    index = i;
                }
            }
            latestAgreement = agreement;
            latestAgreementIndex = index;
        }

        /** The latest decision is to report ("Latest decision" = the last DECISION event). */
        boolean latestDecisionIsReport() {
            return s.latestDecision != null && s.latestDecision.kind() == DecisionKind.REPORT;
        }

        /**
         * LK-5.1 — the readings: "'No suspicion' holds when the latest weighing has level NONE and,
         * after that weighing, there is no LogEntry with signal DISCLOSURE and source PUPIL or
         * OWN_OBSERVATION, and no CONVERSATION_SKIP."
         */
        boolean noSuspicion() {
            if (s.latestWeighing == null || s.latestWeighing.level() != SuspicionLevel.NONE) {
                return false;
            }
            // "... and no ACUTE_DANGER anywhere in the case (acute danger is never 'no suspicion')."
            if (s.any(ActionType.ACUTE_DANGER)) {
                return false;
            }
            for (int i = s.latestWeighingIndex + 1; i < s.events.size(); i++) {
                Action a = s.events.get(i).action();
                if (a instanceof ConversationSkip || (a instanceof LogEntry e && State.isDisclosureAtSchool(e))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * LK-5.5 — the readings: "'Safety reached': some HELP_EVALUATION with safetyReached == true with
         * no later HELP_EVALUATION, RISK_ASSESSMENT or DECISION." Only the latest evaluation has no
         * later one.
         */
        boolean safetyReached() {
            int last = s.lastIndexOf(ActionType.HELP_EVALUATION);
            return last >= 0
                    && ((HelpEvaluation) s.events.get(last).action()).safetyReached()
                    && s.lastIndexOf(ActionType.RISK_ASSESSMENT) < last
                    && s.lastIndexOf(ActionType.DECISION) < last;
        }

        /** LK-5.5 — the readings: "'Help failed': any HELP_EVALUATION with safetyReached == false." */
        boolean helpFailed() {
            return failedEvaluationAfter(-1, -1);
        }

        /** Some evaluation that found no safety comes after both positions. */
        boolean failedEvaluationAfter(int first, int second) {
            for (int i = Math.max(first, second) + 1; i < s.events.size(); i++) {
                if (s.events.get(i).action() instanceof HelpEvaluation v && !v.safetyReached()) {
                    return true;
                }
            }
            return false;
        }

        /** A safety exception of this kind is on record (before the action proposed now). */
        boolean exception(ExceptionKind kind) {
            for (Event e : s.events) {
                if (e.action() instanceof SafetyException x && x.kind() == kind) {
                    return true;
                }
            }
            return false;
        }

        /**
         * LK-5.7 — the readings: "'Telling unsafe' = a SAFETY_EXCEPTION of kind PARENTS_NOT_TOLD exists,
         * or any CONVERSATION_SKIP exists, or any weighing (not only the latest) found acuteUnsafety, or
         * acute danger was recorded (any ACUTE_DANGER)." The shared state reads the last three as the
         * seed's SP-5.7 does.
         */
        boolean tellingUnsafe() {
            return exception(ExceptionKind.PARENTS_NOT_TOLD) || s.tellingUnsafe();
        }

        /** LK-5.7 — the readings: "'Arranged' = any TELLING_ARRANGEMENT exists." */
        boolean arranged() {
            return s.any(ActionType.TELLING_ARRANGEMENT);
        }

        /**
         * LK-5.7 — the readings: "'Parents told' (each report is told) = a REPORT_CONVERSATION comes
         * after the latest REPORT; OR the latest decision is of kind REPORT, a REPORT_CONVERSATION comes
         * after that decision with no REPORT before the conversation, and there are fewer than two
         * REPORT events in the case."
         */
        boolean parentsTold() {
            int lastReport = s.lastIndexOf(ActionType.REPORT);
            int reports = 0;
            for (Event e : s.events) {
                if (e.action() instanceof Report) {
                    reports++;
                }
            }
            for (int i = 0; i < s.events.size(); i++) {
                if (!(s.events.get(i).action() instanceof ReportConversation)) {
                    continue;
                }
                if (lastReport >= 0 && i > lastReport) {
                    return true;
                }
                boolean beforeAnyReport =
                        s.firstIndexOf(ActionType.REPORT) < 0 || i < s.firstIndexOf(ActionType.REPORT);
                if (latestDecisionIsReport() && i > s.latestDecisionIndex && beforeAnyReport && reports < 2) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The day the case was closed, as the refusal of a closed case names it. */
    private static LocalDate closedOn(ReferenceEvaluator.State s) {
        return s.events.stream()
                .filter(e -> e.action() instanceof org.meldcode.model.Closure)
                .map(e -> LocalDate.ofInstant(e.action().at(), org.meldcode.rules.facts.Dates.SCHOOL_ZONE))
                .findFirst()
                .orElseThrow();
    }
}
