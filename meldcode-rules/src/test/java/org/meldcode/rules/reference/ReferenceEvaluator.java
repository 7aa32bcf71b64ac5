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
import org.meldcode.model.Action;
import org.meldcode.model.ActionType;
import org.meldcode.model.Actor;
import org.meldcode.model.Advice;
import org.meldcode.model.BoardNotification;
import org.meldcode.model.Case;
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
import org.meldcode.model.PupilConversation;
import org.meldcode.model.PupilReadinessCheck;
import org.meldcode.model.Report;
import org.meldcode.model.ReportConversation;
import org.meldcode.model.RiskAssessment;
import org.meldcode.model.Role;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.model.StaffSuspicion;
import org.meldcode.model.SuspicionLevel;
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
 * <p>A ruling is the set of clause ids that the proposed action breaks, judged against the state derived
 * from all events of the case; several clauses may apply at once.
 */
public final class ReferenceEvaluator {

    /** Where a case stands: the first step not completed, whether it is closed, the open obligations. */
    public record Guide(int currentStep, boolean closed, Set<String> obligations) {
        public Guide {
            obligations = Collections.unmodifiableSet(new TreeSet<>(obligations));
        }
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
        put(ActionType.IB_NOTIFICATION, 1, T);
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

        // SP-0.3 — Stap 3: "worden de volgende stappen van het stappenplan niet meer gezet";
        // a closed case accepts nothing more.
        if (s.closed) {
            broken.add("SP-0.3");
        }

        // SP-0.2 — kolom "Wie?" bij elke stap.
        if (!WHO.getOrDefault(type, Set.of()).contains(role)) { // and no roles: SP-0.2
            broken.add("SP-0.2");
        }

        // SP-0.1 — kolom "Stap": 1 tot en met 5, "wordt stap 3 overgeslagen" de enige sprong.
        Integer required = REQUIRES.get(step);
        if (required != null && !s.stepDone(required)) {
            broken.add("SP-0.1");
        }

        // SP-1.1 — "De leerkracht informeert de intern begeleider altijd direct wanneer er een
        // vermoeden ... is." Step 2 and later wait for that.
        // READING: the clause says "step 2 and later", so every action of steps 2 to 5 breaks it
        // while the IB is not informed (a step-3 action then breaks SP-0.1 as well).
        if (step >= 2 && !s.ibInformed) {
            broken.add("SP-1.1");
        }

        // SP-3.7 — "Wanneer door het gesprek het vermoeden ... wordt weggenomen, worden de volgende
        // stappen van het stappenplan niet meer gezet." Steps 4 and 5 are not taken.
        if (s.suspicionRemoved() && step >= 4) {
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
        } else if (a instanceof RiskAssessment w) {
            weighing(w, broken);
        } else if (a instanceof Decision d) {
            decision(s, d, broken);
        } else if (a instanceof Report r) {
            report(s, r, broken);
        } else if (a instanceof ReportConversation r) {
            reportConversation(s, r, broken);
        } else if (a instanceof Advice v) {
            advice(s, v, broken);
        } else if (a instanceof Closure z) {
            closure(s, broken);
        } else if (a instanceof IbNotification || a instanceof ConversationSkip) {
            // nothing beyond order, roles and closure
        }
        staffRoute(s, a, step, broken);
        return broken;
    }

    /**
     * The staff-perpetrator route the library adds to every protocol (domain brief, "Separate
     * routes"; the readings of docs/protocols.md).
     */
    private static void staffRoute(State s, Action a, int step, Set<String> broken) {
        // SR-1.1 — "a staff member as suspected perpetrator": the suspect takes no part in the case.
        for (StaffSuspicion suspicion : s.staffSuspicions) {
            if (involves(a, suspicion.suspect().staffId())) {
                broken.add("SR-1.1");
            }
        }
        if (a instanceof StaffSuspicion own
                && own.suspect().staffId().equals(a.actor().staffId())) {
            broken.add("SR-1.1");
        }
        // SR-1.2 — "inform the school board at once": nothing of steps 2 to 5, no closure, before.
        boolean suspected = !s.staffSuspicions.isEmpty();
        if (suspected && !s.any(ActionType.BOARD_NOTIFICATION) && (step >= 2 || a instanceof Closure)) {
            broken.add("SR-1.2");
        }
        if (a instanceof BoardNotification && !suspected) {
            broken.add("SR-1.2");
        }
        // SR-1.3 — "the board consults the vertrouwensinspecteur": after it was informed, and before
        // a case of a possible sexual offence closes.
        if (a instanceof InspectorConsultation && !s.any(ActionType.BOARD_NOTIFICATION)) {
            broken.add("SR-1.3");
        }
        if (a instanceof Closure && s.sexualOffence() && !s.any(ActionType.INSPECTOR_CONSULTATION)) {
            broken.add("SR-1.3");
        }
    }

    private static boolean involves(Action a, String staffId) {
        if (a.actor().staffId().equals(staffId)) {
            return true;
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
        // SP-3.2 — "De leerkracht en de intern begeleider schatten in of de leerling in staat is een
        // gesprek ... aan te gaan."
        if (!has(r.participants(), T) || !has(r.participants(), IB)) {
            broken.add("SP-3.2");
        }
    }

    private static void pupilConversation(State s, PupilConversation p, Set<String> broken) {
        // SP-3.1 — "... wordt stap 3 overgeslagen": no conversation after a skip.
        if (s.skipped()) {
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
        // SP-3.1 — "... wordt stap 3 overgeslagen": no conversation after a skip.
        if (s.skipped()) {
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
        boolean acute = latest != null && latest.acuteUnsafety();

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
            if (!d.helpAcceptedWithContact()) {
                broken.add("SP-5.2");
            }
            // AMBIGUITY SP-5.2: acute unsafety is always reported, even when the parents accept help.
            if (acute) {
                broken.add("SP-5.2");
            }
        }

        // SP-5.5 — "In dit geval blijft de leerkracht een logboek bijhouden zodat een verslechtering
        // van de thuissituatie meteen opgemerkt wordt en er alsnog een melding gedaan kan worden."
        // After help was organised, a new decision follows only a logged deterioration and a new
        // weighing after it.
        // READING: a new weighing that finds acute unsafety opens the decision at once: AMBIGUITY
        // SP-5.2 says acute unsafety is always reported, and waiting for a logbook entry first would
        // delay exactly that report.
        if (s.helpOrganised() && !s.deteriorationWeighedAgain() && !acute) {
            broken.add("SP-5.5");
        }

        // SP-5.4 — "Er wordt geen melding gedaan wanneer de ouders hulpverlening toelaten en de school
        // contact mag onderhouden met de hulpverlening." AMBIGUITY SP-5.4: a prohibition, also with
        // structural unsafety; it yields to acute unsafety (AMBIGUITY SP-5.2) and to a deterioration
        // weighed again after help was organised (SP-5.5: "er alsnog een melding gedaan kan worden").
        // READING: "alsnog" ("still") belongs to "in dit geval", the case in which help was
        // organised; a deterioration logged before any decision does not lift the prohibition.
        if (d.kind() == DecisionKind.REPORT
                && d.helpAcceptedWithContact()
                && !acute
                && !s.deteriorationWeighedAgain()) {
            broken.add("SP-5.4");
        }
    }

    private static void report(State s, Report r, Set<String> broken) {
        // SP-5.1 — a report follows a decision to report by the IB and management.
        if (s.latestDecision == null || s.latestDecision.kind() != DecisionKind.REPORT) {
            broken.add("SP-5.1");
        }
        // SP-5.3 — "De intern begeleider neemt contact op met het Veilig Thuis".
        if (r.actor().role() != IB) {
            broken.add("SP-5.3");
        }
        // SP-5.6 — "NB de school doet een melding van kindermishandeling nooit anoniem".
        if (r.anonymous()) {
            broken.add("SP-5.6");
        }
    }

    private static void reportConversation(State s, ReportConversation r, Set<String> broken) {
        // SP-5.7 — "... en stelt de ouders van de leerling in een persoonlijk gesprek (directie en
        // intern begeleider) op de hoogte van de melding."
        if (!s.reported()) {
            broken.add("SP-5.7"); // no report to tell of
        }
        if (!r.inPerson()) {
            broken.add("SP-5.7"); // a personal conversation, not a letter, mail or call
        }
        if (!has(r.participants(), IB) || !has(r.participants(), DIR)) {
            broken.add("SP-5.7"); // "directie en intern begeleider"
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
        if (!s.suspicionRemoved() && !s.reported()) {
            broken.add("SP-0.4");
        }
        // SP-5.7 — the parents are told of the report in person; until then the case stays open.
        // READING: of every report: the parents must have been told after the latest report.
        if (s.reported() && !s.parentsToldOfLatestReport()) {
            broken.add("SP-5.7");
        }
    }

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

        // owed.inform-ib — "De leerkracht informeert de intern begeleider altijd direct".
        if (!s.ibInformed) {
            owed.add("SP-1.1");
        }
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
            // organised and no deterioration was weighed again since.
            // READING: like the refusals, the discussion with management comes first (SP-4.2 is owed
            // then, not yet the decision); advice in doubt is owed alongside the decision; a new
            // weighing with acute unsafety after help opens the decision as in the refusals.
            if (latest != null
                    && latest.discussedWithManagement()
                    && !s.decisionAfterLatestWeighing()
                    && !s.reportDecided()
                    && !(s.helpOrganised() && !s.deteriorationWeighedAgain() && !latest.acuteUnsafety())) {
                owed.add("SP-5.1");
            }
            // owed.report — a decision to report is followed by the report.
            if (s.latestDecision != null
                    && s.latestDecision.kind() == DecisionKind.REPORT
                    && s.lastIndexOf(ActionType.REPORT) < s.latestDecisionIndex) {
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
        // owed.tell-parents-of-report — "stelt de ouders ... op de hoogte van de melding".
        if (s.reported() && !s.parentsToldOfLatestReport()) {
            owed.add("SP-5.7");
        }
        // SR-1.2 / SR-1.3 — the board at once; then the board consults the inspector.
        if (!s.staffSuspicions.isEmpty() && !s.any(ActionType.BOARD_NOTIFICATION)) {
            owed.add("SR-1.2");
        }
        if (s.sexualOffence() && s.any(ActionType.BOARD_NOTIFICATION) && !s.any(ActionType.INSPECTOR_CONSULTATION)) {
            owed.add("SR-1.3");
        }
        return new Guide(current, false, owed);
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
            staffSuspicions = events.stream()
                    .map(Event::action)
                    .filter(StaffSuspicion.class::isInstance)
                    .map(StaffSuspicion.class::cast)
                    .toList();
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
        private static boolean isDisclosureAtSchool(LogEntry e) {
            return e.signal() == Signal.DISCLOSURE
                    && (e.source() == Source.PUPIL || e.source() == Source.OWN_OBSERVATION);
        }

        boolean any(ActionType type) {
            return lastIndexOf(type) >= 0;
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
         */
        boolean suspicionRemoved() {
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
