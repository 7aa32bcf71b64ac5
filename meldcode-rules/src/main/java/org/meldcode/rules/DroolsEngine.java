package org.meldcode.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.meldcode.engine.Finding;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.KnownNames;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.NextAction;
import org.meldcode.engine.Obligation;
import org.meldcode.engine.Result;
import org.meldcode.engine.Ruling;
import org.meldcode.model.Action;
import org.meldcode.model.ActionType;
import org.meldcode.model.Case;
import org.meldcode.model.Event;
import org.meldcode.model.LogEntry;
import org.meldcode.model.Role;
import org.meldcode.model.Signal;
import org.meldcode.protocol.ActionSpec;
import org.meldcode.protocol.Clause;
import org.meldcode.protocol.Message;
import org.meldcode.protocol.Protocol;
import org.meldcode.protocol.Step;
import org.meldcode.rules.facts.Guiding;
import org.meldcode.rules.facts.NameMention;
import org.meldcode.rules.facts.Now;
import org.meldcode.rules.facts.Owed;
import org.meldcode.rules.facts.Refusal;
import org.meldcode.rules.facts.StepDone;
import org.meldcode.settings.SchoolSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine on Drools: each call runs one short-lived session on the protocol's shared
 * knowledge base, with the case's events, the protocol's data and the proposed actions as facts.
 * Stateless between calls, so one instance serves every thread.
 */
final class DroolsEngine implements MeldcodeEngine {

    private static final Logger LOG = LoggerFactory.getLogger(DroolsEngine.class);

    private final KnownNames knownNames;
    private final SchoolSettings settings;
    private final boolean insertEveryEvent;
    private final AgendaFilter filter;

    /**
     * @param knownNames       the host's lookup of names the logbook must not contain
     * @param insertEveryEvent whether to insert every past event, also those no rule reads (for
     *                         the test that proves the filter changes no answer)
     */
    DroolsEngine(KnownNames knownNames, boolean insertEveryEvent) {
        this(knownNames, insertEveryEvent, null);
    }

    /**
     * An engine whose rules fire only where the filter allows: rule ablation switches one rule off
     * to prove that some test fails without it. Never used outside tests.
     */
    DroolsEngine(KnownNames knownNames, boolean insertEveryEvent, AgendaFilter filter) {
        this(knownNames, SchoolSettings.DEFAULTS, insertEveryEvent, filter);
    }

    /**
     * @param knownNames       the host's lookup of names the logbook must not contain
     * @param settings         the school's settings, inserted as a fact the rules read
     * @param insertEveryEvent whether to insert every past event (tests only)
     * @param filter           the rules allowed to fire, or null for all (tests only)
     */
    DroolsEngine(KnownNames knownNames, SchoolSettings settings, boolean insertEveryEvent, AgendaFilter filter) {
        this.knownNames = Objects.requireNonNull(knownNames, "knownNames");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.insertEveryEvent = insertEveryEvent;
        this.filter = filter;
    }

    /**
     * Whether any rule reads this past event. The rules read a logbook entry only when it records
     * a disclosure (SP-3.3) or a deterioration (SP-5.5), so the plain entries, most of a long case,
     * are left out of the session: the cost of a ruling follows what the rules need, not the
     * length of the logbook. {@code EventFilterTest} proves this changes no ruling and no guidance.
     */
    static boolean readByRules(Event event) {
        return !(event.action() instanceof LogEntry entry)
                || entry.deterioration()
                || entry.signal() == Signal.DISCLOSURE;
    }

    @Override
    public Ruling evaluate(Case caseFile, Action action) {
        Objects.requireNonNull(caseFile, "caseFile is required");
        Objects.requireNonNull(action, "action is required");
        caseFile.lastEventAt().ifPresent(last -> {
            if (action.at().isBefore(last)) {
                throw new IllegalArgumentException(
                        action.type() + ".at (" + action.at() + ") is before the case's last event (" + last + ")");
            }
        });
        Protocol protocol = protocolOf(caseFile);
        Run run = run(protocol, caseFile, List.of(action), false, null);
        Ruling ruling = new Ruling(action, run.findings(action));
        if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "case {} event {}: {} {} {}",
                    caseFile.id(),
                    caseFile.size() + 1,
                    action.type(),
                    ruling.permitted() ? "permitted" : "refused",
                    ruling.clauseIds());
        }
        return ruling;
    }

    @Override
    public Result apply(Case caseFile, Action action) {
        Ruling ruling = evaluate(caseFile, action);
        return new Result(ruling.permitted() ? caseFile.append(action) : caseFile, ruling);
    }

    @Override
    public Guidance guide(Case caseFile) {
        Objects.requireNonNull(caseFile, "caseFile is required");
        return guide(caseFile, (Now) null);
    }

    @Override
    public Guidance guide(Case caseFile, Instant now) {
        Objects.requireNonNull(caseFile, "caseFile is required");
        Objects.requireNonNull(now, "now is required");
        caseFile.lastEventAt().ifPresent(last -> {
            if (now.isBefore(last)) {
                throw new IllegalArgumentException("now (" + now + ") is before the case's last event (" + last + ")");
            }
        });
        Instant first = caseFile.events().isEmpty()
                ? null
                : caseFile.events().get(0).action().at();
        return guide(caseFile, new Now(now, first));
    }

    private Guidance guide(Case caseFile, Now now) {
        Protocol protocol = protocolOf(caseFile);
        Instant at = caseFile.lastEventAt().orElse(Instant.EPOCH);
        List<Candidates.Candidate> candidates = new ArrayList<>();
        for (ActionSpec spec : protocol.actions().values()) {
            for (Role role : settings.rolesFor(protocol, spec.type())) {
                candidates.addAll(Candidates.of(spec.type(), role, at));
            }
        }
        List<Action> proposals = new ArrayList<>(candidates.size());
        candidates.forEach(c -> proposals.add(c.action()));
        Run run = run(protocol, caseFile, proposals, true, now);

        Map<ActionType, Set<Role>> permitted = new EnumMap<>(ActionType.class);
        for (Candidates.Candidate c : candidates) {
            if (!run.refused.containsKey(c.action())) {
                permitted
                        .computeIfAbsent(c.type(), t -> EnumSet.noneOf(Role.class))
                        .add(c.role());
            }
        }
        List<NextAction> next = new ArrayList<>();
        permitted.forEach((type, roles) -> next.add(new NextAction(type, roles)));

        int current = protocol.steps().get(protocol.steps().size() - 1).number();
        for (Step s : protocol.steps()) {
            if (!run.stepsDone.contains(s.number())) {
                current = s.number();
                break;
            }
        }
        List<Owed> owed = new ArrayList<>(run.owed);
        owed.sort(Comparator.comparingInt(Owed::order).thenComparing(Owed::key));
        List<Obligation> obligations = new ArrayList<>(owed.size());
        for (Owed o : owed) {
            obligations.add(new Obligation(protocol.resolve(o.clause()), new Message(o.key(), o.args())));
        }
        Guidance guidance = new Guidance(caseFile.id(), protocol.step(current), run.closed(), obligations, next);
        if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "case {} guided: step {}, {} obligations, {} kinds of action permitted",
                    caseFile.id(),
                    current,
                    obligations.size(),
                    next.size());
        }
        return guidance;
    }

    private static Protocol protocolOf(Case caseFile) {
        try {
            return Protocol.of(caseFile.protocol());
        } catch (java.util.NoSuchElementException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private Run run(Protocol protocol, Case caseFile, Collection<Action> proposals, boolean guiding, Now now) {
        KieSession session = RuleBases.newSession(protocol.ref());
        try {
            session.insert(protocol);
            session.insert(settings);
            if (guiding) {
                session.insert(new Guiding());
            }
            if (now != null) {
                session.insert(now);
            }
            for (Event e : caseFile.events()) {
                if (insertEveryEvent || readByRules(e)) {
                    session.insert(e);
                }
            }
            for (Action a : proposals) {
                session.insert(a);
                if (a instanceof LogEntry entry && knownNames.mentionedIn(entry.text())) {
                    session.insert(new NameMention(a));
                }
            }
            if (filter == null) {
                session.fireAllRules();
            } else {
                session.fireAllRules(filter);
            }
            return Run.collect(protocol, session);
        } finally {
            session.dispose();
        }
    }

    /** What one session concluded. */
    private record Run(
            Protocol protocol,
            Map<Action, List<Refusal>> refused,
            List<Owed> owed,
            Set<Integer> stepsDone,
            boolean closed) {

        static Run collect(Protocol protocol, KieSession session) {
            Map<Action, List<Refusal>> refused = new IdentityHashMap<>();
            List<Owed> owed = new ArrayList<>();
            Set<Integer> steps = new LinkedHashSet<>();
            boolean[] closed = {false};
            for (Object o : session.getObjects()) {
                if (o instanceof Refusal r) {
                    refused.computeIfAbsent(r.action(), a -> new ArrayList<>()).add(r);
                } else if (o instanceof Owed w) {
                    owed.add(w);
                } else if (o instanceof StepDone d) {
                    steps.add(d.step());
                } else if (o instanceof org.meldcode.rules.facts.Derived d
                        && d.fact() == org.meldcode.rules.facts.Fact.CLOSED) {
                    closed[0] = true;
                }
            }
            return new Run(protocol, refused, owed, steps, closed[0]);
        }

        List<Finding> findings(Action action) {
            List<Refusal> refusals = refused.getOrDefault(action, List.of());
            List<Finding> findings = new ArrayList<>(refusals.size());
            Set<String> seen = new LinkedHashSet<>();
            for (Refusal r : refusals) {
                Clause clause = protocol.resolve(r.clause());
                if (seen.add(clause.id() + '|' + r.key() + '|' + r.args())) {
                    findings.add(new Finding(clause, new Message(r.key(), r.args())));
                }
            }
            List<Clause> order = protocol.clauses();
            findings.sort(Comparator.comparingInt((Finding f) -> order.indexOf(f.clause()))
                    .thenComparing(f -> f.explanation().key()));
            return findings;
        }
    }
}
