package org.meldcode.rules.reference;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.meldcode.engine.KnownNames;
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
import org.meldcode.model.HelpAgreement;
import org.meldcode.model.IbNotification;
import org.meldcode.model.InspectorConsultation;
import org.meldcode.model.LogEntry;
import org.meldcode.model.ParentsConversation;
import org.meldcode.model.PoliceReport;
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
import org.meldcode.model.SuspicionLevel;
import org.meldcode.model.Teller;
import org.meldcode.model.TellingArrangement;
import org.meldcode.model.Topic;

/**
 * An independent, plain-Java reading of the school's stappenplan meldcode (September 2021), written
 * from the plan's text, the clause catalogue and the texts of the library's refusals and obligations
 * only; it is an oracle for the Drools rules, not a copy of them.
 *
 * <p>Each clause is introduced by the plan's own words (Dutch) and then coded, Catala-style. Where the
 * text allows more than one reading the choice is marked {@code READING:}; where the project's
 * documented readings (docs/protocol.md, "AMBIGUITY:") decide, they are cited.
 *
 * <p>Issue 13 adds, from the text, the library's readings for it (the brief), the domain brief
 * and the clause, refusal and obligation texts: structural unsafety reported (SP-5.2, SP-5.4), a
 * refused report that names SP-5.5 (not SP-5.1), a skip that names whom it protects (SP-3.1), telling
 * the parents as agreed with Veilig Thuis where that is unsafe (SP-5.7), step 1 started by the IB or
 * a director, the acute route (AR-1.1 to AR-1.4) and the staff route by the law (SR-1.1 to SR-1.5).
 * The readings added later: no closing (AR-1.2) and no decision to organise help (AR-1.3) while acute
 * danger waits for its report; acute danger is not talked away (SP-3.7); and agreeing with Veilig
 * Thuis how the parents are told is owed only while they were not told of the latest report (SP-5.7).
 *
 * <p>A ruling is the set of clause ids that the proposed action breaks, judged against the state derived
 * from all events of the case; several clauses may apply at once.
 *
 * <p>Issue 14: what every protocol shares — the state derived from the events ({@link State}), the
 * staff route ({@link #staffRoute}, {@link #substitutesOwed}, {@link #staffRouteOwed}) and the acute
 * route ({@link #acuteClosure}, {@link #acuteHelp}, {@link #acuteOwed}) — is read here once and used by
 * the national reading too ({@link NationalReferenceEvaluator}); these parts report through a
 * {@link Sink} the key of each refusal's or obligation's text as well, which the seed reading drops.
 * Issue 14's changes to the seed plan: a report names the pupil (SP-5.6) and help the school says it
 * cannot offer is refused (SP-5.2).
 */
public final class ReferenceEvaluator {

    /** Where a case stands: the first step not completed, whether it is closed, the open obligations. */
    public record Guide(int currentStep, boolean closed, Set<String> obligations) {
        public Guide {
            obligations = Collections.unmodifiableSet(new TreeSet<>(obligations));
        }
    }

    /**
     * Where a check shared by both protocols (the staff route, the acute route) reports what it finds:
     * the clause, the key of the refusal's or the obligation's text, and that text's arguments. The
     * seed reading keeps the clause ids only; the national reading ({@link NationalReferenceEvaluator})
     * compares the keys as well.
     */
    @FunctionalInterface
    interface Sink {
        void add(String clause, String key, Object... args);
    }

    /** A sink that keeps only the clause ids. */
    static Sink ids(Set<String> into) {
        return (clause, key, args) -> into.add(clause);
    }

    /**
     * READING: "the day of the entry" (SP-1.2) is the calendar day at the school, a Dutch school in
     * Almere, not the UTC day: a teacher writing at 23:30 on 8 September may log what she saw that
     * day.
     */
    static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Amsterdam");

    // ---------------------------------------------------------------------------------------------
    // The plan's table: "Stap | Wat? | Wie? | Hoe?"
    // ---------------------------------------------------------------------------------------------

    /** The step of each kind of action; 0 for the two that may happen in any step. */
    static final Map<ActionType, Integer> STEP = new EnumMap<>(ActionType.class);

    /** "Wie?": the roles of each kind of action (SP-0.2). */
    static final Map<ActionType, Set<Role>> WHO = new EnumMap<>(ActionType.class);

    /** The step that must be completed before a step (SP-0.1); step 2 waits for the IB (SP-1.1). */
    static final Map<Integer, Integer> REQUIRES = Map.of(3, 2, 4, 3, 5, 4);

    private static final Role T = Role.TEACHER;
    private static final Role IB = Role.INTERN_BEGELEIDER;
    private static final Role DIR = Role.DIRECTOR;

    static {
        // Stap 1, "Leerkracht en intern begeleider":
        // "De leerkracht informeert de intern begeleider altijd direct ..."
        // Issue 13, item 8: "Step 1 can start where the signal arrives. ... The IB (or the substitute)
        // records their own knowledge of the signals; a director who hears it informs the IB."
        // READING (the brief's table): the teacher, the IB and a director record that the IB knows.
        put(ActionType.IB_NOTIFICATION, 1, T, IB, DIR);
        // "De leerkracht houdt een logboek bij" (the step's "Wie?" names the IB as well)
        put(ActionType.LOG_ENTRY, 1, T, IB);
        // Stap 2: "De leerkracht en de intern begeleider bespreken de signalen met de
        // Schoolmaatschappelijk werker of het zorg team." The teacher or the IB records it.
        put(ActionType.CONSULTATION, 2, T, IB);
        // Stap 3, "Leerkracht, intern begeleider en directie":
        // "De leerkracht en de intern begeleider schatten in of de leerling in staat is ..."
        put(ActionType.PUPIL_READINESS_CHECK, 3, T, IB);
        // "De leerkracht of de intern begeleider gaat een open gesprek aan met de leerling."
        put(ActionType.PUPIL_CONVERSATION, 3, T, IB);
        // "De intern begeleider en een directielid gaan het gesprek met de ouders aan."
        put(ActionType.PARENTS_CONVERSATION, 3, IB, DIR);
        // "... wordt stap 3 overgeslagen": anyone the step names may record the skip.
        put(ActionType.CONVERSATION_SKIP, 3, T, IB, DIR);
        // Stap 4, "Leerkracht, intern begeleider en directie".
        put(ActionType.RISK_ASSESSMENT, 4, T, IB, DIR);
        // Stap 5, "Intern begeleider en directie".
        put(ActionType.DECISION, 5, IB, DIR);
        put(ActionType.REPORT, 5, IB, DIR);
        put(ActionType.REPORT_CONVERSATION, 5, IB, DIR);
        // AMBIGUITY SP-0.2 (docs/protocol.md): advice by teacher, IB or director; closing by IB or
        // director, who hold the case. Neither belongs to one step.
        put(ActionType.ADVICE, 0, T, IB, DIR);
        put(ActionType.CLOSURE, 0, IB, DIR);
        // The staff-perpetrator route, which the library adds to every protocol (SR-*): any staff
        // member records the suspicion and informs the board; the board consults the inspector.
        put(ActionType.STAFF_SUSPICION, 0, T, IB, DIR, Role.SCHOOL_SOCIAL_WORKER, Role.CARE_TEAM);
        put(ActionType.BOARD_NOTIFICATION, 0, T, IB, DIR, Role.SCHOOL_SOCIAL_WORKER, Role.CARE_TEAM);
        put(ActionType.INSPECTOR_CONSULTATION, 0, Role.BOARD);
        // Issue 13, item 6: "with a reasonable suspicion the board informs the accused and the
        // parents, then files a police report (aangifte) at once"; item 7: "The suspect's protocol
        // roles pass to a substitute (... whom the board designates, recorded as an action)".
        put(ActionType.ACCUSED_AND_PARENTS_INFORMED, 0, Role.BOARD);
        put(ActionType.POLICE_REPORT, 0, Role.BOARD);
        put(ActionType.SUBSTITUTION, 0, Role.BOARD);
        // AR-1.1 — "Any staff member records acute danger at any moment." (the board is no staff
        // member of the school: it is the bevoegd gezag, not someone who sees the pupil).
        put(ActionType.ACUTE_DANGER, 0, T, IB, DIR, Role.SCHOOL_SOCIAL_WORKER, Role.CARE_TEAM);
        // SP-5.7 (issue 13, item 4): "telling the parents of the report follows an arrangement agreed
        // with Veilig Thuis (who tells them, and when; a new action recorded by the IB)".
        put(ActionType.TELLING_ARRANGEMENT, 0, IB);
    }

    private static void put(ActionType type, int step, Role... roles) {
        STEP.put(type, step);
        WHO.put(type, Collections.unmodifiableSet(EnumSet.copyOf(List.of(roles))));
    }

    private final KnownNames knownNames;

    /** A reference that knows no names of other children or parents (as the default engine). */
    public ReferenceEvaluator() {
        this(KnownNames.NONE);
    }

    /** A reference with the host's lookup of names the logbook must not contain (SP-1.3). */
    public ReferenceEvaluator(KnownNames knownNames) {
        this.knownNames = Objects.requireNonNull(knownNames, "knownNames");
    }

    // ---------------------------------------------------------------------------------------------
    // Refusals
    // ---------------------------------------------------------------------------------------------

    /** The ids of every clause the proposed action breaks in the case; empty when it is permitted. */
    public Set<String> refusals(Case c, Action a) {
        State s = new State(c);
        Set<String> broken = new TreeSet<>();
        ActionType type = a.type();
        Role role = a.actor().role();
        int step = STEP.getOrDefault(type, 0); // the national framework's own actions: no step here

        // AR-1.3 — "In acute danger any staff member may report at once, without consultation,
        // conversation, weighing or decision first." Domain brief: "a child in acute danger is not
        // left waiting for steps 1-4. Staff act at once (Veilig Thuis 0800-2000, 24/7, or 112), and
        // the steps are recorded afterwards."
        // READING (the brief, AR-1.3): once acute danger is on record, a report by any staff role is
        // exempt from what makes a report wait or limits who makes it: the step order (SP-0.1), the
        // "Wie?" column (SP-0.2), the IB first (SP-1.1), a suspicion removed (SP-3.7), the decision
        // first (SP-5.1), help organised (SP-5.5), the IB makes the contact (SP-5.3) and the board
        // first (SR-1.2). It is still never anonymous (SP-5.6), a closed case stays closed (SP-0.3),
        // and a suspect takes no part (SR-1.1). The board is no staff member: its report is not exempt.
        boolean exemptReport = a instanceof Report && s.acuteDanger() && role != Role.BOARD;
        // READING (the brief, AR-1.3): once acute danger was recorded and a report was made, telling
        // the parents of it does not wait for the steps either (step order, SP-1.1, SP-3.7, SR-1.2);
        // who tells them and how (SP-0.2, SP-5.7) still holds.
        boolean exemptTelling = a instanceof ReportConversation && s.acuteDanger() && s.reported();
        boolean exempt = exemptReport || exemptTelling;

        // SP-0.3 — Stap 3: "worden de volgende stappen van het stappenplan niet meer gezet";
        // a closed case accepts nothing more.
        if (s.closed) {
            broken.add("SP-0.3");
        }

        // SP-0.2 — kolom "Wie?" bij elke stap.
        if (!WHO.getOrDefault(type, Set.of()).contains(role) && !exemptReport) { // and no roles: SP-0.2
            broken.add("SP-0.2");
        }

        // SP-0.1 — kolom "Stap": 1 tot en met 5, "wordt stap 3 overgeslagen" de enige sprong.
        Integer required = REQUIRES.get(step);
        if (required != null && !s.stepDone(required) && !exempt) {
            broken.add("SP-0.1");
        }

        // SP-1.1 — "De leerkracht informeert de intern begeleider altijd direct wanneer er een
        // vermoeden ... is." Step 2 and later wait for that.
        // READING: the clause says "step 2 and later", so every action of steps 2 to 5 breaks it
        // while the IB is not informed (a step-3 action then breaks SP-0.1 as well).
        if (step >= 2 && !s.ibInformed && !exempt) {
            broken.add("SP-1.1");
        }

        // SP-3.7 — "Wanneer door het gesprek het vermoeden ... wordt weggenomen, worden de volgende
        // stappen van het stappenplan niet meer gezet." Steps 4 and 5 are not taken.
        if (s.suspicionRemoved() && step >= 4 && !exempt) {
            broken.add("SP-3.7");
        }

        if (a instanceof LogEntry e) {
            logEntry(s, e, broken);
        } else if (a instanceof Consultation k) {
            consultation(s, k, broken);
        } else if (a instanceof PupilReadinessCheck r) {
            readiness(s, r, broken);
        } else if (a instanceof PupilConversation p) {
            pupilConversation(s, p, broken);
        } else if (a instanceof ParentsConversation p) {
            parentsConversation(s, p, broken);
        } else if (a instanceof ConversationSkip k) {
            conversationSkip(s, k, broken);
        } else if (a instanceof RiskAssessment w) {
            weighing(w, broken);
        } else if (a instanceof Decision d) {
            decision(s, d, broken);
        } else if (a instanceof Report r) {
            report(s, r, exemptReport, broken);
        } else if (a instanceof ReportConversation r) {
            reportConversation(s, r, broken);
        } else if (a instanceof TellingArrangement) {
            tellingArrangement(s, broken);
        } else if (a instanceof Advice v) {
            advice(s, v, broken);
        } else if (a instanceof Closure z) {
            closure(s, broken);
        } else if (a instanceof IbNotification) {
            // SP-1.1 — issue 16: "repeats that change nothing are refused". READING (docs/protocol.md,
            // "Repeats that change nothing"): once the IB knows, another notification informs no one
            // new; except where the IB is the suspect (SR-1.5), whose substitute may not know yet.
            if (s.ibInformed && !s.heldBySuspect(IB)) {
                broken.add("SP-1.1");
            }
        } else if (a instanceof AcuteDanger) {
            // IbNotification: order, roles, closure, and the IB as suspect (SR-1.5, below).
            // AR-1.1 — "Any staff member records acute danger at any moment": step 0, so nothing of
            // the order, the IB or the board holds it back; only roles, closure and SR-1.1 apply.
        }
        staffRoute(s, a, step, exempt, ids(broken));
        return broken;
    }

    /**
     * The staff route the library adds to every protocol (domain brief, the law on a possible sexual
     * offence by anyone working at the school; issue 13, items 6 and 7; clauses SR-1.1 to SR-1.5).
     */
    static void staffRoute(State s, Action a, int step, boolean exempt, Sink broken) {
        // SR-1.1 — "Anyone with tasks at the school can be the suspected perpetrator; the suspect
        // takes no part in the case." Not as actor, participant, or as the substitute the board
        // designates (issue 13, item 7: "someone else ... takes that role").
        for (StaffSuspicion suspicion : s.staffSuspicions) {
            if (involves(a, suspicion.suspect().staffId())) {
                broken.add("SR-1.1", "refusal.sr.suspect-takes-part");
            }
        }
        // refusal.sr.suspect-records-self: "A staff member does not record a suspicion against
        // themselves."
        if (a instanceof StaffSuspicion own
                && own.suspect().staffId().equals(a.actor().staffId())) {
            broken.add("SR-1.1", "refusal.sr.suspect-records-self");
        }

        // SR-1.2 — "Whoever suspects someone working at the school informs the school board at once
        // and directly (telling school management only is not enough); steps 2 to 5 wait for it."
        // Rijksoverheid: "Het is niet voldoende om een tussenpersoon te informeren, zoals een lid van
        // de schoolleiding." A notification via management is refused and does not count.
        boolean suspected = !s.staffSuspicions.isEmpty();
        if (suspected && !s.boardInformed() && step >= 2 && !exempt) {
            broken.add("SR-1.2", "refusal.sr.board-first", a.type());
        }
        if (suspected && !s.boardInformed() && a instanceof Closure) {
            broken.add("SR-1.2", "refusal.sr.board-first-closure");
        }
        if (a instanceof BoardNotification n) {
            if (!suspected) {
                broken.add("SR-1.2", "refusal.sr.no-staff-suspicion");
            }
            if (n.channel() == Channel.VIA_SCHOOL_MANAGEMENT) {
                broken.add("SR-1.2", "refusal.sr.board-not-direct");
            }
        }

        // SR-1.3 — "After a possible sexual offence the board consults the confidential inspector at
        // once and records the outcome ... The case does not close before." The board consults once
        // it has been informed (refusal.sr.inspector-before-board).
        if (a instanceof InspectorConsultation && !s.boardInformed()) {
            broken.add("SR-1.3", "refusal.sr.inspector-before-board");
        }
        if (a instanceof Closure && s.sexualOffence() && !s.any(ActionType.INSPECTOR_CONSULTATION)) {
            broken.add("SR-1.3", "refusal.sr.close-before-inspector");
        }

        // SR-1.4 — "With a reasonable suspicion the board informs the accused and the parents and
        // files a police report at once, whatever objections are raised; the case does not close
        // before." WPO art. 4a lid 2; "Vooraf stelt het bevoegd gezag de aangeklaagde en de ouders
        // van de klager op de hoogte."
        // READING (the brief): the reasonable suspicion is the outcome of the latest consultation.
        if (a instanceof AccusedAndParentsInformed && !s.reasonableSuspicion()) {
            broken.add("SR-1.4", "refusal.sr.no-reasonable-suspicion");
        }
        if (a instanceof PoliceReport) {
            if (!s.reasonableSuspicion()) {
                broken.add("SR-1.4", "refusal.sr.no-reasonable-suspicion");
            }
            if (!s.any(ActionType.ACCUSED_AND_PARENTS_INFORMED)) {
                broken.add("SR-1.4", "refusal.sr.police-report-before-informing"); // "Vooraf"
            }
        }
        if (a instanceof Closure && s.reasonableSuspicion() && !s.any(ActionType.POLICE_REPORT)) {
            broken.add("SR-1.4", "refusal.sr.close-before-police-report");
        }

        // SR-1.5 — "When the suspect holds the role of the IB or a director, the board designates
        // someone to take that role; informing the IB waits for it and is then done with the
        // substitute."
        if (a instanceof Substitution sub && !s.heldBySuspect(sub.role())) {
            broken.add("SR-1.5", "refusal.sr.no-role-to-substitute", sub.role());
        }
        // refusal.sr.ib-suspected: "informing the IB would warn the suspect. The board first
        // designates a substitute."
        if (a instanceof IbNotification && s.heldBySuspect(IB) && !s.substituted(IB)) {
            broken.add("SR-1.5", "refusal.sr.ib-suspected");
        }
    }

    static boolean involves(Action a, String staffId) {
        if (a.actor().staffId().equals(staffId)) {
            return true;
        }
        if (a instanceof Substitution sub) {
            return sub.substituteId().equals(staffId);
        }
        // refusal.sr.suspect-takes-part: "not as actor, participant or case manager" (the national
        // framework's help agreement names a case manager).
        if (a instanceof HelpAgreement h) {
            return h.caseManager().staffId().equals(staffId);
        }
        Set<Actor> people = a instanceof Consultation k
                ? k.participants()
                : a instanceof PupilReadinessCheck r
                        ? r.participants()
                        : a instanceof ParentsConversation p
                                ? p.participants()
                                : a instanceof RiskAssessment w
                                        ? w.participants()
                                        : a instanceof Decision d
                                                ? d.participants()
                                                : a instanceof ReportConversation c ? c.participants() : Set.of();
        return people.stream().anyMatch(p -> p.staffId().equals(staffId));
    }

    private void logEntry(State s, LogEntry e, Set<String> broken) {
        // SP-1.2 — "De leerkracht houdt een logboek bij waarin alles ..., met datum en zo concreet
        // mogelijk, wordt opgenomen. ... De leerkracht legt alleen feiten vast."
        // AMBIGUITY SP-1.2: what can be checked is an observation dated no later than the entry's day.
        LocalDate day = LocalDate.ofInstant(e.at(), SCHOOL_ZONE);
        if (e.observedOn().isAfter(day)) {
            broken.add("SP-1.2");
        }
        // SP-1.3 — "De leerkracht noteert in het logboek geen namen van andere kinderen of ouders die
        // zorgen melden."
        if (knownNames.mentionedIn(e.text())) {
            broken.add("SP-1.3");
        }
    }

    private static void consultation(State s, Consultation k, Set<String> broken) {
        // SP-2.1 — "De leerkracht en de intern begeleider bespreken de signalen met de
        // Schoolmaatschappelijk werker of het zorg team."
        if (!has(k.participants(), T)
                || !has(k.participants(), IB)
                || !(has(k.participants(), Role.SCHOOL_SOCIAL_WORKER) || has(k.participants(), Role.CARE_TEAM))) {
            broken.add("SP-2.1");
        }
        // SP-2.2 — "Wanneer de ouders nog niet op de hoogte zijn van de zorgen, wordt het kind anoniem
        // besproken." AMBIGUITY SP-2.2: the parents know once the school held the conversation with
        // them in step 3.
        if (!k.anonymous() && !s.parentsAware()) {
            broken.add("SP-2.2");
        }
    }

    private static void readiness(State s, PupilReadinessCheck r, Set<String> broken) {
        // SP-3.1 — "Wanneer het vermoeden bestaat dat de leerling in gevaar komt als het gesprek ...
        // plaatsvindt, wordt stap 3 overgeslagen."
        // READING: the whole of step 3 is skipped, so judging the pupil's readiness for a conversation
        // (part of "Gesprek met de leerling") is refused after a skip too, whatever the judgement.
        if (s.skipped()) {
            broken.add("SP-3.1");
        }
        // SP-3.2 — issue 16, repeats that change nothing: the judgement serves the conversation with the
        // pupil; once that was held, or when the latest judgement says the same, it changes nothing.
        if (s.any(ActionType.PUPIL_CONVERSATION)
                || (s.latestReadiness != null && s.latestReadiness.pupilCanTalk() == r.pupilCanTalk())) {
            broken.add("SP-3.2");
        }
        // SP-3.2 — "De leerkracht en de intern begeleider schatten in of de leerling in staat is een
        // gesprek ... aan te gaan."
        if (!has(r.participants(), T) || !has(r.participants(), IB)) {
            broken.add("SP-3.2");
        }
    }

    private static void pupilConversation(State s, PupilConversation p, Set<String> broken) {
        // SP-3.1 — "... wordt stap 3 overgeslagen": no conversation after a skip. Issue 16: a second
        // conversation with the pupil completes nothing new (what the pupil tells later is logged).
        if (s.skipped() || s.any(ActionType.PUPIL_CONVERSATION)) {
            broken.add("SP-3.1");
        }
        // SP-3.2 — the conversation follows the judgement that the pupil can have it; the latest
        // judgement counts.
        if (s.latestReadiness == null || !s.latestReadiness.pupilCanTalk()) {
            broken.add("SP-3.2");
        }
        // SP-3.3 — "de vermoedens ... worden in principe niet als zodanig naar de leerling benoemd,
        // tenzij de leerling dit zelf in een eerder stadium aan iemand van de school verteld heeft."
        if (p.suspicionNamed() && !s.pupilDisclosedAtSchool) {
            broken.add("SP-3.3");
        }
    }

    private static void parentsConversation(State s, ParentsConversation p, Set<String> broken) {
        // SP-3.1 — "... wordt stap 3 overgeslagen": no conversation after a skip. Issue 16: a second
        // conversation with the parents changes nothing unless it removes the suspicion (SP-3.7).
        if (s.skipped() || (s.parentsAware() && !p.suspicionRemoved())) {
            broken.add("SP-3.1");
        }
        // SP-3.4 — "De intern begeleider en een directielid gaan het gesprek met de ouders aan."
        if (!has(p.participants(), IB) || !has(p.participants(), DIR)) {
            broken.add("SP-3.4");
        }
        // SP-3.5 — "De leerkracht is niet bij dit gesprek aanwezig".
        if (has(p.participants(), T)) {
            broken.add("SP-3.5");
        }
        // SP-3.6 — "Onderstaande punten komen in het gesprek aan bod": purpose, logged signals, the
        // parents' response, the interpretation, follow-up agreements.
        if (!p.topics().containsAll(EnumSet.allOf(Topic.class))) {
            broken.add("SP-3.6");
        }
        // SP-3.7 — "... worden de volgende stappen van het stappenplan niet meer gezet."
        // READING: the sentence presupposes that steps 4 and 5 have not been taken yet: the plan's
        // end "in step 3" (clause SP-0.4) is no longer open once the risk was weighed. A conversation
        // after a weighing cannot be recorded as removing the suspicion; the weighing's findings go on
        // to a decision (the child-protecting reading).
        if (p.suspicionRemoved() && s.stepDone(4)) {
            broken.add("SP-3.7");
        }
        // SP-3.7 — the notes, added later: "acute danger is not talked away. A ParentsConversation
        // with suspicionRemoved=true is refused (SP-3.7) once acute danger was recorded"
        // (refusal.suspicion-removed-after-acute-danger: "a conversation does not remove the
        // suspicion then").
        if (p.suspicionRemoved() && s.acuteDanger()) {
            broken.add("SP-3.7");
        }
    }

    private static void conversationSkip(State s, ConversationSkip k, Set<String> broken) {
        // SP-3.1 — issue 16: "a skip of a completed step 3" changes nothing. READING (docs/protocol.md,
        // "Repeats that change nothing"): a skip is refused once step 3 was skipped, or once the parents
        // were told (the conversation of step 3, or of the report); after a conversation with the pupil
        // alone it still spares the parents' conversation and is permitted.
        // A skip that completes step 3 after the parents were told of a report (the acute route records
        // the steps afterwards) is permitted: no conversation that would endanger someone is forced.
        if (s.skipped() || s.parentsAware() || (s.any(ActionType.REPORT_CONVERSATION) && s.stepDone(3))) {
            broken.add("SP-3.1");
        }
        // SP-3.1 — "Wanneer het vermoeden bestaat dat de leerling in gevaar komt als het gesprek met
        // de ouders of de leerling plaatsvindt, wordt stap 3 overgeslagen." Clause text: "Step 3 is
        // skipped when a conversation would endanger the pupil, a family member or the staff member;
        // the skip says whom and why." A skip that names none of them is refused
        // (refusal.skip-without-danger). READING: the relationship of trust alone is no danger to a
        // person (the brief: "RELATIONSHIP_OF_TRUST alone, or empty, names no danger").
        if (!k.namesDanger()) {
            broken.add("SP-3.1");
        }
    }

    private static void weighing(RiskAssessment w, Set<String> broken) {
        // SP-4.1 — "De leerkracht en de intern begeleider bepalen op basis van alle informatie hoe groot
        // het risico ... is". Discussing with management (SP-4.2) may follow; it gates the decision.
        if (!has(w.participants(), T) || !has(w.participants(), IB)) {
            broken.add("SP-4.1");
        }
    }

    private static void decision(State s, Decision d, Set<String> broken) {
        RiskAssessment latest = s.latestWeighing;
        boolean unsafe = s.unsafe();

        // SP-4.2 — "Zij bespreken hun bevindingen met de directie." Before any decision: the latest
        // weighing's findings were discussed.
        if (latest != null && !latest.discussedWithManagement()) {
            broken.add("SP-4.2");
        }

        // SP-6.1 — "Bij twijfel over de ernst ... altijd direct het Veilig Thuis ... raadplegen".
        // AMBIGUITY SP-6.1: a weighing in doubt makes advice an obligation before any decision.
        // READING: the advice must follow that (latest) weighing; advice asked before the doubt was
        // recorded does not answer it.
        if (latest != null && latest.level() == SuspicionLevel.DOUBTFUL && !s.adviceAfterLatestWeighing()) {
            broken.add("SP-6.1");
        }

        // SP-5.1 — "Intern begeleider en directie"; "Beslissen: hulp organiseren of melden": the IB and
        // management decide together.
        if (!has(d.participants(), IB) || !has(d.participants(), DIR)) {
            broken.add("SP-5.1");
        }

        // SP-5.2 — "Wanneer het vermoeden ... zeer sterk aanwezig of bevestigd is, doet de school een
        // melding ... In een enkel geval wordt er geen melding gedaan."
        // READING: a decision to report is not reversed; the spec's own example names this "deciding
        // again after a decision to report", so any further decision is refused.
        if (s.reportDecided()) {
            broken.add("SP-5.2");
        }
        if (d.kind() == DecisionKind.ORGANISE_HELP) {
            // AMBIGUITY SP-5.2: help instead of a report only in the one case of SP-5.4.
            // Issue 14: help the school itself says it cannot offer is no help to accept.
            if (!d.helpAcceptedWithContact() || !d.schoolCanHelp()) {
                broken.add("SP-5.2");
            }
            // Clause text: "acute or structural unsafety is always reported" (issue 13, item 1:
            // "acute or structural unsafety always leads to a report"; the brief's reading 1: unsafe is
            // acute danger on record or the latest weighing's acute or structural unsafety).
            if (unsafe) {
                broken.add("SP-5.2");
            }
        }

        acuteHelp(s, d, ids(broken));

        // SP-5.5 — "In dit geval blijft de leerkracht een logboek bijhouden zodat een verslechtering
        // van de thuissituatie meteen opgemerkt wordt en er alsnog een melding gedaan kan worden."
        // Clause text: "after a deterioration and a new weighing a report can still be made";
        // refusal.decision-after-help-without-deterioration: "a new decision follows only a
        // deterioration in the logbook weighed again afterwards, or a new weighing that finds acute or
        // structural unsafety".
        if (s.helpOrganised() && !s.helpReconsidered()) {
            broken.add("SP-5.5");
        }

        // SP-5.4 — "Er wordt geen melding gedaan wanneer de ouders hulpverlening toelaten en de school
        // contact mag onderhouden met de hulpverlening." Issue 13, item 1: it "holds when the weighing
        // found neither" acute nor structural unsafety; and it yields to a deterioration weighed again
        // after help was organised (SP-5.5: "er alsnog een melding gedaan kan worden").
        // READING: "alsnog" ("still") belongs to "in dit geval", the case in which help was
        // organised; a deterioration logged before any decision does not lift the prohibition.
        if (d.kind() == DecisionKind.REPORT
                && d.helpAcceptedWithContact()
                && !unsafe
                && !s.deteriorationWeighedAgain()) {
            broken.add("SP-5.4");
        }
    }

    private static void report(State s, Report r, boolean exempt, Set<String> broken) {
        // SP-5.5 / SP-5.1 — issue 13, item 2: "A refused report names the clause that refuses it":
        // after a decision to organise help that was not reconsidered, the report is refused under
        // SP-5.5 (refusal.report-while-help-organised), not sent back to SP-5.1 in a circle.
        // Otherwise a report follows a decision to report by the IB and management (SP-5.1).
        // AR-1.3: a report in acute danger waits for neither.
        boolean helpStands = s.helpOrganised() && !s.helpReconsidered();
        if (!exempt && helpStands) {
            broken.add("SP-5.5");
        }
        if (!exempt && !helpStands && (s.latestDecision == null || s.latestDecision.kind() != DecisionKind.REPORT)) {
            broken.add("SP-5.1");
        }
        // SP-5.3 — "De intern begeleider neemt contact op met het Veilig Thuis". AR-1.3: in acute
        // danger any staff member may report.
        if (r.actor().role() != IB && !exempt) {
            broken.add("SP-5.3");
        }
        // SP-5.6 — "NB de school doet een melding van kindermishandeling nooit anoniem": the report
        // names the pupil (without the name it is advice) and does not withhold the reporter.
        if (!r.pupilIdentified() || r.reporterWithheldFromFamily()) {
            broken.add("SP-5.6");
        }
    }

    private static void reportConversation(State s, ReportConversation r, Set<String> broken) {
        // SP-5.7 — "... en stelt de ouders van de leerling in een persoonlijk gesprek (directie en
        // intern begeleider) op de hoogte van de melding." Clause text: "where that could endanger
        // someone, who tells them and when is first agreed with Veilig Thuis".
        if (!s.reported()) {
            broken.add("SP-5.7"); // no report to tell of
        }
        if (!r.inPerson()) {
            broken.add("SP-5.7"); // a personal conversation, not a letter, mail or call
        }
        if (!has(r.participants(), IB) || !has(r.participants(), DIR)) {
            broken.add("SP-5.7"); // "directie en intern begeleider"
        }
        if (s.tellingUnsafe() && s.latestArrangement == null) {
            broken.add("SP-5.7"); // refusal.tell-before-arrangement
        }
        if (s.latestArrangement != null && s.latestArrangement.teller() == Teller.VEILIG_THUIS) {
            broken.add("SP-5.7"); // refusal.veilig-thuis-tells
        }
        if (s.reported() && s.parentsToldOfLatestReport()) {
            broken.add("SP-5.7"); // issue 16: refusal.parents-already-told, a repeat that changes nothing
        }
    }

    private static void tellingArrangement(State s, Set<String> broken) {
        // SP-5.7 — refusal.arrangement-not-needed: "Telling the parents of the report endangers no one
        // here: the school tells them itself, as the plan says."
        if (!s.tellingUnsafe()) {
            broken.add("SP-5.7");
        }
    }

    private static void advice(State s, Advice v, Set<String> broken) {
        // SP-6.2 — "(na overleg IB), dit kan zonder de naam van de leerling te vermelden".
        // AMBIGUITY SP-6.2: the IB may ask at once; anyone else only once the IB knows.
        if (!s.ibInformed && v.actor().role() != IB) {
            broken.add("SP-6.2");
        }
        // Anonymous or named advice are both allowed ("dit kan zonder de naam").
    }

    private static void closure(State s, Set<String> broken) {
        // SP-0.4 — the plan has two ends: stap 3 "worden de volgende stappen ... niet meer gezet", and
        // stap 5's report with the parents told. AMBIGUITY SP-0.4: organised help keeps the case open.
        // Issue 13, item 7: "the staff route has its own ends (police report filed and the case's own
        // steps done ...)"; READING (the brief, reading 5): a police report filed and step 4 done.
        if (!s.suspicionRemoved() && !s.reported() && !(s.any(ActionType.POLICE_REPORT) && s.stepDone(4))) {
            broken.add("SP-0.4");
        }
        // SP-5.7 — the parents are told of the report in person; until then the case stays open.
        // READING: of every report: the parents must have been told after the latest report; unless
        // it was agreed with Veilig Thuis that Veilig Thuis tells them (the latest arrangement).
        if (s.reported() && !s.parentsToldOfLatestReport() && !s.veiligThuisTells()) {
            broken.add("SP-5.7");
        }
        acuteClosure(s, ids(broken));
    }

    // ---------------------------------------------------------------------------------------------
    // The acute route, the same in every protocol (AR-1.1 to AR-1.4)
    // ---------------------------------------------------------------------------------------------

    /** A closure in acute danger (AR-1.4, AR-1.2). */
    static void acuteClosure(State s, Sink broken) {
        // AR-1.4 — "After acute danger the steps are recorded afterwards; the case does not close
        // before steps 1 to 4 are on record."
        if (s.acuteDanger() && !(s.stepDone(1) && s.stepDone(2) && s.stepDone(3) && s.stepDone(4))) {
            broken.add("AR-1.4", "refusal.ar.close-before-steps");
        }
        // AR-1.2 — "In acute danger the school contacts Veilig Thuis now ...; that comes before
        // everything." The notes, added later: "AR-1.2 also refuses closing (AR-1.2) while acute danger
        // was recorded and no Report was made after the latest AcuteDanger"
        // (refusal.ar.close-before-contact: "the case does not close before Veilig Thuis was called and
        // the report made").
        if (s.acuteDangerUnreported()) {
            broken.add("AR-1.2", "refusal.ar.close-before-contact");
        }
    }

    /** A decision in acute danger (AR-1.3). */
    static void acuteHelp(State s, Decision d, Sink broken) {
        // AR-1.3 — "In acute danger any staff member may report at once"; the notes, added later:
        // "AR-1.3 also refuses a DECISION of kind ORGANISE_HELP (AR-1.3) while acute danger was
        // recorded and no Report was made after the latest AcuteDanger" (refusal.ar.help-before-report:
        // "Help does not take the report's place; it can come beside it, after the report").
        // READING: as in the notes, only a decision to organise help waits for the report; a decision
        // to report (the steps recorded afterwards) does not.
        if (d.kind() == DecisionKind.ORGANISE_HELP && s.acuteDangerUnreported()) {
            broken.add("AR-1.3", "refusal.ar.help-before-report");
        }
    }

    /**
     * AR-1.2 — "In acute danger the school contacts Veilig Thuis now (or calls 112 in direct danger);
     * that comes before everything." owed.ar.contact-veilig-thuis-now: "contact Veilig Thuis now ({0})
     * and make the report". READING (the brief): owed from acute danger until a report follows the
     * latest record of it; the number is the school's, else the national 0800-2000.
     */
    static void acuteOwed(State s, Sink owed) {
        if (s.acuteDangerUnreported()) {
            owed.add("AR-1.2", "owed.ar.contact-veilig-thuis-now", VEILIG_THUIS_PHONE);
        }
    }

    /** The national number of Veilig Thuis (domain brief: "One national number, 0800-2000"). */
    static final String VEILIG_THUIS_PHONE = "0800-2000";

    // ---------------------------------------------------------------------------------------------
    // Guidance
    // ---------------------------------------------------------------------------------------------

    /** Where the case stands; a closed case owes nothing. */
    public Guide guide(Case c) {
        State s = new State(c);
        int current = 5;
        for (int n = 1; n <= 5; n++) {
            if (!s.stepDone(n)) {
                current = n;
                break;
            }
        }
        if (s.closed) {
            return new Guide(current, true, Set.of());
        }
        Set<String> owed = new TreeSet<>();

        acuteOwed(s, ids(owed));

        // owed.inform-ib — "De leerkracht informeert de intern begeleider altijd direct".
        // SR-1.5: while the IB is the suspect, informing the IB would warn the suspect: the board
        // designates a substitute (owed.sr.designate-substitute), and then the substitute is informed
        // (owed.sr.inform-substitute), not "the IB".
        if (!s.ibInformed && !s.heldBySuspect(IB)) {
            owed.add("SP-1.1");
        }
        substitutesOwed(s, ids(owed));
        // owed.consult — stap 2, once the IB knows.
        if (s.ibInformed && !s.stepDone(2)) {
            owed.add("SP-2.1");
        }
        // owed.conversation — stap 3: a conversation, or the recorded reason to skip it
        // (AMBIGUITY SP-3.1: one of them completes step 3).
        if (s.stepDone(2) && !s.stepDone(3)) {
            owed.add("SP-3.1");
        }
        // owed.close-suspicion-removed — "worden de volgende stappen ... niet meer gezet": close.
        if (s.suspicionRemoved()) {
            owed.add("SP-3.7");
        } else {
            RiskAssessment latest = s.latestWeighing;
            // owed.weigh — stap 4 follows step 3.
            if (s.stepDone(3) && latest == null) {
                owed.add("SP-4.1");
            }
            // owed.discuss-with-management — "Zij bespreken hun bevindingen met de directie."
            if (latest != null && !latest.discussedWithManagement()) {
                owed.add("SP-4.2");
            }
            // owed.consult-veilig-thuis — "Bij twijfel ... altijd direct het Veilig Thuis raadplegen".
            if (latest != null && latest.level() == SuspicionLevel.DOUBTFUL && !s.adviceAfterLatestWeighing()) {
                owed.add("SP-6.1");
            }
            // owed.decide — stap 5 follows a weighing whose findings management heard, unless it
            // was decided on already, a report is already decided (not reversed), or help was
            // organised and not reconsidered since (SP-5.5, as in the refusals).
            // READING: like the refusals, the discussion with management comes first (SP-4.2 is owed
            // then, not yet the decision); advice in doubt is owed alongside the decision.
            if (latest != null
                    && latest.discussedWithManagement()
                    && !s.decisionAfterLatestWeighing()
                    && !s.reportDecided()
                    && !(s.helpOrganised() && !s.helpReconsidered())) {
                owed.add("SP-5.1");
            }
            // owed.report — a decision to report is followed by the report.
            // READING: in acute danger the report comes first and the steps, the decision among them,
            // are recorded afterwards (AR-1.3, AR-1.4): a decision recorded after a report made in
            // acute danger is the record of that report, and owes no second one.
            if (s.latestDecision != null
                    && s.latestDecision.kind() == DecisionKind.REPORT
                    && s.lastIndexOf(ActionType.REPORT) < s.latestDecisionIndex
                    && !s.reportedInAcuteDanger()) {
                owed.add("SP-5.2");
            }
            // owed.keep-logging / owed.reweigh-deterioration — "In dit geval blijft de leerkracht een
            // logboek bijhouden zodat een verslechtering ... meteen opgemerkt wordt".
            // READING: keep logging while help is the latest decision and no deterioration has been
            // weighed again; a deterioration not yet followed by a weighing is to be weighed.
            if (s.helpOrganised() && (!s.deteriorationWeighedAgain() || s.latestDeteriorationUnweighed())) {
                owed.add("SP-5.5");
            }
        }
        // SP-5.7 — "stelt de ouders ... op de hoogte van de melding"; clause text: "where that could
        // endanger someone, who tells them and when is first agreed with Veilig Thuis. Until then the
        // case stays open." owed.tell-parents-of-report, or owed.agree-telling-with-veilig-thuis while
        // telling is unsafe and nothing is agreed; nothing when Veilig Thuis tells them.
        boolean unarranged = s.tellingUnsafe() && s.latestArrangement == null;
        if (s.reported() && !s.parentsToldOfLatestReport() && !unarranged && !s.veiligThuisTells()) {
            owed.add("SP-5.7"); // owed.tell-parents-of-report
        }
        // The notes, added later: "SP-5.7 'agree with VT how the parents are told' is owed only while
        // the parents were not told after the latest report (like the 'tell the parents' obligation)".
        if (s.reported() && unarranged && !s.parentsToldOfLatestReport()) {
            owed.add("SP-5.7"); // owed.agree-telling-with-veilig-thuis
        }
        staffRouteOwed(s, ids(owed));
        return new Guide(current, false, owed);
    }

    /**
     * SR-1.5 — while the IB is the suspect, informing the IB would warn the suspect: the board
     * designates a substitute (owed.sr.designate-substitute, for the IB and for a director), and then
     * the substitute is informed (owed.sr.inform-substitute), not "the IB".
     */
    static void substitutesOwed(State s, Sink owed) {
        if (!s.ibInformed && s.heldBySuspect(IB) && s.substituted(IB)) {
            owed.add("SR-1.5", "owed.sr.inform-substitute", s.substituteFor(IB));
        }
        for (Role held : List.of(IB, DIR)) {
            if (s.heldBySuspect(held) && !s.substituted(held)) {
                owed.add("SR-1.5", "owed.sr.designate-substitute", held);
            }
        }
    }

    /** SR-1.2 to SR-1.4 — what the staff route owes. */
    static void staffRouteOwed(State s, Sink owed) {
        // SR-1.2 / SR-1.3 — the board at once; then the board consults the inspector.
        if (!s.staffSuspicions.isEmpty() && !s.boardInformed()) {
            owed.add("SR-1.2", "owed.sr.inform-board");
        }
        if (s.sexualOffence() && s.boardInformed() && !s.any(ActionType.INSPECTOR_CONSULTATION)) {
            owed.add("SR-1.3", "owed.sr.consult-inspector");
        }
        // SR-1.4 — owed.sr.inform-accused-and-parents, then owed.sr.file-police-report.
        if (s.reasonableSuspicion()
                && !s.any(ActionType.ACCUSED_AND_PARENTS_INFORMED)
                && !s.any(ActionType.POLICE_REPORT)) {
            owed.add("SR-1.4", "owed.sr.inform-accused-and-parents");
        }
        if (s.reasonableSuspicion()
                && s.any(ActionType.ACCUSED_AND_PARENTS_INFORMED)
                && !s.any(ActionType.POLICE_REPORT)) {
            owed.add("SR-1.4", "owed.sr.file-police-report");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // State derived from the events
    // ---------------------------------------------------------------------------------------------

    private static boolean has(Set<Actor> people, Role role) {
        for (Actor a : people) {
            if (a.role() == role) {
                return true;
            }
        }
        return false;
    }

    /** What the events say; indexes are 0-based positions in the case, -1 when absent. */
    static final class State {
        final List<Event> events;
        final boolean closed;
        final boolean ibInformed;
        final PupilReadinessCheck latestReadiness;
        final RiskAssessment latestWeighing;
        final int latestWeighingIndex;
        final Decision latestDecision;
        final int latestDecisionIndex;
        final boolean pupilDisclosedAtSchool;
        final List<StaffSuspicion> staffSuspicions;
        final InspectorConsultation latestInspectorConsultation;
        final TellingArrangement latestArrangement;
        final Set<Role> substituted;

        State(Case c) {
            events = c.events();
            boolean closedSeen = false;
            boolean ib = false;
            boolean disclosed = false;
            PupilReadinessCheck readiness = null;
            RiskAssessment weighing = null;
            int weighingIndex = -1;
            Decision decision = null;
            int decisionIndex = -1;
            InspectorConsultation inspector = null;
            TellingArrangement arrangement = null;
            Set<Role> subs = EnumSet.noneOf(Role.class);
            for (int i = 0; i < events.size(); i++) {
                Action a = events.get(i).action();
                if (a instanceof Closure) {
                    closedSeen = true;
                } else if (a instanceof IbNotification) {
                    ib = true;
                } else if (a instanceof PupilReadinessCheck r) {
                    readiness = r;
                } else if (a instanceof RiskAssessment w) {
                    weighing = w;
                    weighingIndex = i;
                } else if (a instanceof Decision d) {
                    decision = d;
                    decisionIndex = i;
                } else if (a instanceof LogEntry e && isDisclosureAtSchool(e)) {
                    disclosed = true;
                } else if (a instanceof InspectorConsultation k) {
                    inspector = k;
                } else if (a instanceof TellingArrangement t) {
                    arrangement = t;
                } else if (a instanceof Substitution sub) {
                    subs.add(sub.role());
                }
            }
            closed = closedSeen;
            ibInformed = ib;
            pupilDisclosedAtSchool = disclosed;
            latestReadiness = readiness;
            latestWeighing = weighing;
            latestWeighingIndex = weighingIndex;
            latestDecision = decision;
            latestDecisionIndex = decisionIndex;
            latestInspectorConsultation = inspector;
            latestArrangement = arrangement;
            substituted = subs;
            staffSuspicions = events.stream()
                    .map(Event::action)
                    .filter(StaffSuspicion.class::isInstance)
                    .map(StaffSuspicion.class::cast)
                    .toList();
        }

        /** AR-1.1 — acute danger is on record (any time, by anyone). */
        boolean acuteDanger() {
            return any(ActionType.ACUTE_DANGER);
        }

        /**
         * AR-1.2 — acute danger is on record and no report was made after the latest record of it
         * (owed.ar.contact-veilig-thuis-now: "contact Veilig Thuis now ... and make the report").
         */
        boolean acuteDangerUnreported() {
            return acuteDanger() && lastIndexOf(ActionType.REPORT) < lastIndexOf(ActionType.ACUTE_DANGER);
        }

        /**
         * SP-5.2 / SP-5.4 — the brief's reading 1: "unsafe" is acute danger on record, or the latest
         * weighing's acute or structural unsafety (stap 4: "is er een vermoeden van acute of
         * structurele onveiligheid?").
         */
        boolean unsafe() {
            return acuteDanger()
                    || (latestWeighing != null
                            && (latestWeighing.acuteUnsafety() || latestWeighing.structuralUnsafety()));
        }

        /**
         * SP-5.7 — refusal.tell-before-arrangement: "Telling the parents could endanger someone (step 3
         * was skipped, a weighing found acute unsafety, or acute danger was recorded)". READING (the
         * brief, reading 4): any skip, any weighing (not only the latest) with acute unsafety.
         */
        boolean tellingUnsafe() {
            if (any(ActionType.CONVERSATION_SKIP) || acuteDanger()) {
                return true;
            }
            for (Event e : events) {
                if (e.action() instanceof RiskAssessment w && w.acuteUnsafety()) {
                    return true;
                }
            }
            return false;
        }

        /** AR-1.3 — a report was made after acute danger was recorded. */
        boolean reportedInAcuteDanger() {
            int acute = -1;
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i).action() instanceof AcuteDanger) {
                    acute = i;
                    break;
                }
            }
            return acute >= 0 && lastIndexOf(ActionType.REPORT) > acute;
        }

        /** SP-5.7 — the latest arrangement with Veilig Thuis says that Veilig Thuis tells the parents. */
        boolean veiligThuisTells() {
            return latestArrangement != null && latestArrangement.teller() == Teller.VEILIG_THUIS;
        }

        /** SR-1.2 — the board heard it directly (a notification via management is refused anyway). */
        boolean boardInformed() {
            for (Event e : events) {
                if (e.action() instanceof BoardNotification n && n.channel() == Channel.DIRECT) {
                    return true;
                }
            }
            return false;
        }

        /** SR-1.4 — READING (the brief): the latest consultation of the inspector found it. */
        boolean reasonableSuspicion() {
            return latestInspectorConsultation != null && latestInspectorConsultation.reasonableSuspicion();
        }

        /**
         * SR-1.5 — "When the suspect holds the role of the IB or a director": a suspect whose position
         * is that of the IB or a director holds that role (only these two roles are substituted).
         */
        boolean heldBySuspect(Role role) {
            if (role != IB && role != DIR) {
                return false;
            }
            for (StaffSuspicion suspicion : staffSuspicions) {
                if (suspicion.suspect().position().role().orElse(null) == role) {
                    return true;
                }
            }
            return false;
        }

        /** SR-1.5 — the staff id of the latest substitute designated for the role, or "" when none. */
        String substituteFor(Role role) {
            String id = "";
            for (Event e : events) {
                if (e.action() instanceof Substitution sub && sub.role() == role) {
                    id = sub.substituteId();
                }
            }
            return id;
        }

        /** SR-1.5 — the board designated a substitute for the role. */
        boolean substituted(Role role) {
            return substituted.contains(role);
        }

        boolean sexualOffence() {
            return staffSuspicions.stream().anyMatch(StaffSuspicion::sexualOffence);
        }

        /**
         * SP-3.3 — "tenzij de leerling dit zelf in een eerder stadium aan iemand van de school verteld
         * heeft". READING: a logged disclosure counts only when it reached someone of the school from
         * the pupil: said by the pupil, or heard by the staff member who wrote it. A disclosure relayed
         * by the parents, another child or another adult is not the pupil telling the school, and
         * naming the suspicion to a young pupil on hearsay is what the plan avoids.
         */
        static boolean isDisclosureAtSchool(LogEntry e) {
            return e.signal() == Signal.DISCLOSURE
                    && (e.source() == Source.PUPIL || e.source() == Source.OWN_OBSERVATION);
        }

        boolean any(ActionType type) {
            return lastIndexOf(type) >= 0;
        }

        int firstIndexOf(ActionType type) {
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i).action().type() == type) {
                    return i;
                }
            }
            return -1;
        }

        int lastIndexOf(ActionType type) {
            for (int i = events.size() - 1; i >= 0; i--) {
                if (events.get(i).action().type() == type) {
                    return i;
                }
            }
            return -1;
        }

        /** Step n is completed: 1 the IB informed, 2 consulted, 3 talked or skipped, 4 weighed, 5 decided. */
        boolean stepDone(int n) {
            return switch (n) {
                case 1 -> ibInformed;
                case 2 -> any(ActionType.CONSULTATION);
                case 3 ->
                    any(ActionType.PUPIL_CONVERSATION)
                            || any(ActionType.PARENTS_CONVERSATION)
                            || any(ActionType.CONVERSATION_SKIP);
                case 4 -> any(ActionType.RISK_ASSESSMENT);
                case 5 -> any(ActionType.DECISION);
                default -> true;
            };
        }

        boolean skipped() {
            return any(ActionType.CONVERSATION_SKIP);
        }

        /** AMBIGUITY SP-2.2: the parents know of the concerns once the school talked with them in step 3. */
        boolean parentsAware() {
            return any(ActionType.PARENTS_CONVERSATION);
        }

        /**
         * SP-3.7 — "... worden de volgende stappen van het stappenplan niet meer gezet." READING: "niet
         * meer" is final: once a conversation with the parents removed the suspicion, a later
         * conversation does not bring steps 4 and 5 back (new concerns start a new case).
         * AMBIGUITY SP-3.7: a conversation with the pupil never removes the suspicion.
         *
         * <p>The notes, added later: "acute danger is not talked away ... the suspicion counts as
         * removed only if NO AcuteDanger was recorded at all (before or after the conversation): acute
         * danger after the removal brings steps 4 and 5 back (SP-3.7 no longer refuses them, SP-3.7
         * 'close' is no longer owed)". READING: "counts as removed" holds everywhere the removal
         * counts, so after acute danger the plan's end in step 3 (SP-0.4, closing on a removed
         * suspicion) is no longer open either: the case ends as the acute route and step 5 say.
         */
        boolean suspicionRemoved() {
            if (acuteDanger()) {
                return false;
            }
            for (Event e : events) {
                if (e.action() instanceof ParentsConversation p && p.suspicionRemoved()) {
                    return true;
                }
            }
            return false;
        }

        boolean reported() {
            return any(ActionType.REPORT);
        }

        boolean parentsToldOfLatestReport() {
            return lastIndexOf(ActionType.REPORT_CONVERSATION) > lastIndexOf(ActionType.REPORT);
        }

        boolean reportDecided() {
            for (Event e : events) {
                if (e.action() instanceof Decision d && d.kind() == DecisionKind.REPORT) {
                    return true;
                }
            }
            return false;
        }

        boolean helpOrganised() {
            return latestDecision != null && latestDecision.kind() == DecisionKind.ORGANISE_HELP;
        }

        boolean adviceAfterLatestWeighing() {
            return lastIndexOf(ActionType.ADVICE) > latestWeighingIndex;
        }

        boolean decisionAfterLatestWeighing() {
            return latestDecisionIndex > latestWeighingIndex;
        }

        /** After help was organised: a deterioration logged, and a weighing after it. */
        boolean deteriorationWeighedAgain() {
            if (!helpOrganised()) {
                return false;
            }
            for (int i = latestDecisionIndex + 1; i < events.size(); i++) {
                if (events.get(i).action() instanceof LogEntry e && e.deterioration()) {
                    for (int j = i + 1; j < events.size(); j++) {
                        if (events.get(j).action() instanceof RiskAssessment) {
                            return true;
                        }
                    }
                    return false;
                }
            }
            return false;
        }

        /**
         * SP-5.5 — the brief's reading 1: after a decision to organise help, the help is reconsidered
         * when a deterioration logged after the decision was weighed again, or a weighing after that
         * decision found acute or structural unsafety (refusal.decision-after-help-without-deterioration:
         * "a new weighing that finds acute or structural unsafety").
         * READING: that weighing is the latest one. A decision rests on the latest weighing (its findings
         * discussed, SP-4.2; advice after it in doubt, SP-6.1), and "unsafe" is what the latest weighing
         * found (reading 1); a weighing after help that found unsafety, superseded by one that found
         * none, no longer reopens the decision: a deterioration logged and weighed, or a new weighing
         * that finds it, does.
         */
        boolean helpReconsidered() {
            if (!helpOrganised()) {
                return false;
            }
            if (deteriorationWeighedAgain()) {
                return true;
            }
            return latestWeighingIndex > latestDecisionIndex
                    && (latestWeighing.acuteUnsafety() || latestWeighing.structuralUnsafety());
        }

        /** After help was organised: the latest deterioration has no weighing after it yet. */
        boolean latestDeteriorationUnweighed() {
            if (!helpOrganised()) {
                return false;
            }
            int det = -1;
            for (int i = latestDecisionIndex + 1; i < events.size(); i++) {
                if (events.get(i).action() instanceof LogEntry e && e.deterioration()) {
                    det = i;
                }
            }
            return det >= 0 && latestWeighingIndex < det;
        }
    }
}
