package org.meldcode.rules;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.FactHandle;
import org.meldcode.engine.Explanation;
import org.meldcode.engine.Finding;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.KnownNames;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Migration;
import org.meldcode.engine.NextAction;
import org.meldcode.engine.Obligation;
import org.meldcode.engine.Outcome;
import org.meldcode.engine.Reason;
import org.meldcode.engine.Result;
import org.meldcode.engine.Ruling;
import org.meldcode.model.Action;
import org.meldcode.model.ActionType;
import org.meldcode.model.Case;
import org.meldcode.model.Event;
import org.meldcode.model.Integrity;
import org.meldcode.model.LogEntry;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;
import org.meldcode.model.Signal;
import org.meldcode.protocol.ActionSpec;
import org.meldcode.protocol.Clause;
import org.meldcode.protocol.Message;
import org.meldcode.protocol.Protocol;
import org.meldcode.protocol.Step;
import org.meldcode.rules.facts.Due;
import org.meldcode.rules.facts.Guiding;
import org.meldcode.rules.facts.NameMention;
import org.meldcode.rules.facts.Now;
import org.meldcode.rules.facts.Opened;
import org.meldcode.rules.facts.Owed;
import org.meldcode.rules.facts.Refusal;
import org.meldcode.rules.facts.StepDone;
import org.meldcode.settings.SchoolSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine on Drools: each call runs one short-lived session on the protocol's shared
 * knowledge base, with the case's events, the protocol's data and the proposed actions as facts.
 * One instance serves every thread.
 *
 * <p>The only state kept between calls is two bounded caches: guidance already given
 * ({@link #guided}), so that a page drawn again for a case that has not changed costs a lookup,
 * not a session; and sessions kept alive for rulings ({@link #live}). Both are keyed by the case's
 * head hash, which names the whole history (id, pupil, protocol, every event) when the chain is
 * known to hold ({@link Integrity#known}); other cases, and guidance with a clock, are never
 * cached. {@code CachedGuidanceEquivalenceTest} holds the cached answers to those of an engine
 * that keeps nothing.
 */
final class DroolsEngine implements MeldcodeEngine {

    private static final Logger LOG = LoggerFactory.getLogger(DroolsEngine.class);

    private final KnownNames knownNames;
    private final SchoolSettings settings;
    private final boolean insertEveryEvent;
    private final AgendaFilter filter;

    /**
     * Guidance given without a clock, by {@link #guidedKey}: at most so many cases (the builder's
     * {@code guidanceCache}, 1,000 by default), least recently and least often used dropped first;
     * null when the engine keeps none.
     */
    private final Cache<String, Guidance> guided;

    /**
     * Sessions kept alive between rulings: each holds the facts of one case at one head (the
     * protocol, the settings, the events the rules read), built once; a ruling on that case
     * inserts, fires and withdraws only its proposal. Keyed by the head hash and a slot
     * ({@link #LIVE_SLOTS} per head, so that two threads ruling on one case both find one); at
     * most so many sessions (the builder's {@code liveSessions}), dropped ones disposed; null when
     * the engine keeps none. A session is taken out of the cache while it is used, so no two
     * threads share one. Such a session only ever sees proposals, never another event, the
     * guidance's candidates or a clock: what a ruling reads is then exactly what a new session
     * would hold.
     */
    private final Cache<String, Session> live;

    /** How many sessions one case at one head may keep alive: one per thread ruling on it at once. */
    static final int LIVE_SLOTS = 2;

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
        this(knownNames, settings, insertEveryEvent, filter, 0, 0);
    }

    /**
     * @param guidanceCache how many cases' guidance to keep between calls (0: none)
     * @param liveSessions  how many sessions to keep alive between rulings (0: none)
     */
    DroolsEngine(
            KnownNames knownNames,
            SchoolSettings settings,
            boolean insertEveryEvent,
            AgendaFilter filter,
            int guidanceCache,
            int liveSessions) {
        this.knownNames = Objects.requireNonNull(knownNames, "knownNames");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.insertEveryEvent = insertEveryEvent;
        this.filter = filter;
        if (guidanceCache < 0) {
            throw new IllegalArgumentException("guidanceCache must be 0 or more, was " + guidanceCache);
        }
        this.guided = guidanceCache == 0
                ? null
                : Caffeine.newBuilder()
                        .maximumSize(guidanceCache)
                        // upkeep on the calling thread: no task for a pool whose cores the callers keep busy
                        .executor(Runnable::run)
                        .<String, Guidance>build();
        if (liveSessions < 0) {
            throw new IllegalArgumentException("liveSessions must be 0 or more, was " + liveSessions);
        }
        this.live = liveSessions == 0
                ? null
                : Caffeine.newBuilder()
                        .maximumSize(liveSessions)
                        .executor(Runnable::run) // a dropped session is disposed by the call that dropped it
                        .<String, Session>removalListener((key, session, cause) -> {
                            // taken out to be used (EXPLICIT): the taker owns it; dropped: disposed
                            if (session != null && cause != RemovalCause.EXPLICIT) {
                                session.close();
                            }
                        })
                        .build();
    }

    /**
     * Rules with a session kept alive for the case's head, taken out of the cache while it is
     * used, or with a new one that is then kept; with a new session of its own, disposed after,
     * when the engine keeps none or the case's chain is not known ({@link #guidedKey}'s reasoning).
     */
    private <T> T withSession(Protocol protocol, Case caseFile, java.util.function.Function<Session, T> work) {
        if (live == null || !Integrity.known(caseFile)) {
            try (Session session = new Session(protocol, caseFile)) {
                return work.apply(session);
            }
        }
        String head = Integrity.head(caseFile);
        Session session = null;
        for (int slot = 0; slot < LIVE_SLOTS && session == null; slot++) {
            session = live.asMap().remove(head + '#' + slot);
        }
        if (session == null) {
            session = new Session(protocol, caseFile);
        }
        T answer;
        try {
            answer = work.apply(session);
        } catch (RuntimeException | Error e) {
            session.close(); // left part-way: never kept
            throw e;
        }
        for (int slot = 0; slot < LIVE_SLOTS; slot++) {
            if (live.asMap().putIfAbsent(head + '#' + slot, session) == null) {
                return answer;
            }
        }
        session.close();
        return answer;
    }

    /** How many sessions the engine keeps alive now (for the tests). */
    long liveSessions() {
        if (live == null) {
            return 0;
        }
        live.cleanUp();
        return live.estimatedSize();
    }

    /** The text of the logbook entry {@code guide} proposes (see {@link Candidates}). */
    static final String CANDIDATE_TEXT = "guide";

    /**
     * The key of a case's guidance in {@link #guided}, or null when it must not be cached: the
     * case's head hash, when the chain is known to hold, so that the head names the whole history;
     * and whether the host's names match the candidate logbook entry's text, the one input of
     * {@code guide} that is not the case (the settings and the protocol's rules are the engine's).
     */
    private String guidedKey(Case caseFile) {
        if (guided == null || !Integrity.known(caseFile)) {
            return null;
        }
        return knownNames.mentionedIn(CANDIDATE_TEXT) ? Integrity.head(caseFile) + "+names" : Integrity.head(caseFile);
    }

    /** How many cases' guidance the engine keeps now (for the tests and the footprint benchmark). */
    long guidedCases() {
        if (guided == null) {
            return 0;
        }
        guided.cleanUp();
        return guided.estimatedSize();
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

    /**
     * Inserts the events the rules can tell apart. Every event but a logbook entry goes in. Of the
     * logbook entries, only those that record a disclosure or a deterioration are read, and the
     * rules only ask whether such an entry exists before or after another kind of event: entries
     * of the same kind between the same two other events are interchangeable. So of each run of
     * logbook entries, only the first entry of each kind goes in (the first, so that what is owed
     * since a deterioration is owed since the earliest one). A ruling's cost follows the
     * number of steps taken, not the length of the logbook; {@code EventFilterTest} proves that the
     * answers are those of a session with every event.
     */
    private static void insertWhatRulesRead(KieSession session, List<Event> events) {
        Event[] firstOfKind = new Event[KINDS];
        for (Event e : events) {
            if (e.action() instanceof LogEntry entry) {
                if (readByRules(e) && firstOfKind[kind(entry)] == null) {
                    firstOfKind[kind(entry)] = e;
                }
            } else {
                flush(session, firstOfKind);
                session.insert(e);
            }
        }
        flush(session, firstOfKind);
    }

    private static final int KINDS = (org.meldcode.model.Source.values().length + 1) * 2;

    /** What the rules can see of an entry: whether and from whom it discloses, and whether it flags deterioration. */
    private static int kind(LogEntry entry) {
        int disclosure =
                entry.signal() == Signal.DISCLOSURE ? 1 + entry.source().ordinal() : 0;
        return disclosure * 2 + (entry.deterioration() ? 1 : 0);
    }

    private static void flush(KieSession session, Event[] firstOfKind) {
        for (int k = 0; k < firstOfKind.length; k++) {
            if (firstOfKind[k] != null) {
                session.insert(firstOfKind[k]);
                firstOfKind[k] = null;
            }
        }
    }

    @Override
    public Ruling evaluate(Case caseFile, Action action) {
        checkArguments(caseFile, action);
        Protocol protocol = protocolOf(caseFile);
        Ruling ruling = withSession(protocol, caseFile, session -> session.rule(action));
        logRuling(caseFile, ruling);
        return ruling;
    }

    /**
     * Rules on many proposed actions in one session, each as if it were the only one proposed (as
     * {@code guide} asks about its candidates): for the properties that try many actions on one
     * state of a case. Not part of the public API.
     */
    List<Ruling> evaluateAll(Case caseFile, List<Action> actions) {
        actions.forEach(a -> checkArguments(caseFile, a));
        Protocol protocol = protocolOf(caseFile);
        return withSession(protocol, caseFile, session -> session.ruleAll(actions));
    }

    @Override
    public Result apply(Case caseFile, Action action) {
        Ruling ruling = evaluate(caseFile, action);
        return new Result(ruling.permitted() ? caseFile.append(action) : caseFile, ruling);
    }

    @Override
    public Guidance guide(Case caseFile) {
        Objects.requireNonNull(caseFile, "caseFile is required");
        String key = guidedKey(caseFile);
        if (key != null) {
            Guidance known = guided.getIfPresent(key);
            if (known != null) {
                return known;
            }
        }
        Guidance guidance = guide(caseFile, (Now) null);
        if (key != null) {
            guided.put(key, guidance);
        }
        return guidance;
    }

    @Override
    public Guidance guide(Case caseFile, Instant now) {
        Objects.requireNonNull(caseFile, "caseFile is required");
        Objects.requireNonNull(now, "now is required");
        if (now.isBefore(Case.FIRST_MOMENT) || now.isAfter(Case.LAST_MOMENT)) {
            throw new IllegalArgumentException("now must lie between the years 1900 and 9999, was " + now);
        }
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
        try (Session session = new Session(protocol, caseFile)) {
            return session.guide(caseFile, now);
        }
    }

    /**
     * One session for both: the ruling is made on the case's facts, then the action joins them as
     * the case's newest event (or is withdrawn when refused) and the same session, with what it
     * derived already in place, is asked about the next actions.
     */
    @Override
    public Outcome applyAndGuide(Case caseFile, Action action) {
        checkArguments(caseFile, action);
        Protocol protocol = protocolOf(caseFile);
        try (Session session = new Session(protocol, caseFile)) {
            Ruling ruling = session.rule(action);
            logRuling(caseFile, ruling);
            Case after = caseFile;
            if (ruling.permitted()) {
                after = caseFile.append(action);
                session.add(after.events().get(after.size() - 1));
            }
            Guidance guidance = session.guide(after, null);
            String key = guidedKey(after);
            if (key != null) {
                guided.put(key, guidance);
            }
            return new Outcome(new Result(after, ruling), guidance);
        }
    }

    /**
     * Replays the case under the new protocol in one session, as {@code applyAndGuide} does for
     * one action: each past event is ruled on with the events before it in place, then joins them,
     * so a history of n events costs n rulings on one session, not n sessions each loading the
     * history again. Runs of logbook entries that no rule reads (see {@link #readByRules}) never
     * join the session, so they are ruled on together, each as if it were the only one proposed.
     * The obligations before and after are each guided in a session of their own.
     * {@code MigrationInOneSessionTest} proves the answers are those of the interface's
     * event-by-event replay.
     */
    @Override
    public Migration migrate(Case caseFile, ProtocolRef to) {
        Objects.requireNonNull(caseFile, "caseFile is required");
        Objects.requireNonNull(to, "to is required");
        if (to.equals(caseFile.protocol())) {
            throw new IllegalArgumentException("the case is already under " + to);
        }
        Protocol protocol;
        try {
            protocol = Protocol.of(to);
        } catch (java.util.NoSuchElementException e) {
            throw new IllegalArgumentException("unknown protocol " + to, e);
        }
        List<Obligation> before = guide(caseFile).obligations();
        Case migrated = Case.open(caseFile.id(), caseFile.pupilRef(), to);
        List<Migration.RefusedEvent> refused = new ArrayList<>();
        try (Session session = new Session(protocol, migrated)) {
            List<Event> unread = new ArrayList<>();
            for (Event e : caseFile.events()) {
                if (!insertEveryEvent && !readByRules(e)) {
                    unread.add(e);
                    if (unread.size() == MIGRATION_BATCH) {
                        migrated = ruleUnread(session, unread, migrated, refused);
                    }
                    continue;
                }
                migrated = ruleUnread(session, unread, migrated, refused);
                Ruling ruling = session.rule(e.action());
                if (ruling.refused()) {
                    refused.add(refusedEvent(e, ruling));
                }
                migrated = migrated.append(e.action());
                session.add(migrated.events().get(migrated.size() - 1));
            }
            migrated = ruleUnread(session, unread, migrated, refused);
        }
        // The obligations after it come from a session of their own: the moment an obligation is
        // owed since is the earliest among the ways the rules derive it from the whole history, and
        // a session that lived through the replay also remembers ways that held only part-way.
        List<Obligation> after = guide(migrated).obligations();
        LOG.debug(
                "case {} migrated to {}: {} events replayed, {} refused",
                caseFile.id(),
                to,
                caseFile.size(),
                refused.size());
        return new Migration(caseFile, migrated, refused, before, after);
    }

    /** How many unread logbook entries a migration rules on in one go, to bound the session's size. */
    private static final int MIGRATION_BATCH = 512;

    /**
     * Rules on a run of events no rule reads, all proposed at once, appends them to the migrated
     * case and empties the run. The same action object twice in a run is proposed once.
     */
    private static Case ruleUnread(
            Session session, List<Event> unread, Case migrated, List<Migration.RefusedEvent> refused) {
        if (unread.isEmpty()) {
            return migrated;
        }
        Map<Action, Ruling> rulings = new IdentityHashMap<>();
        List<Action> distinct = new ArrayList<>(unread.size());
        for (Event e : unread) {
            if (!rulings.containsKey(e.action())) {
                rulings.put(e.action(), null);
                distinct.add(e.action());
            }
        }
        List<Ruling> ruled = session.ruleAll(distinct);
        for (int i = 0; i < distinct.size(); i++) {
            rulings.put(distinct.get(i), ruled.get(i));
        }
        Case c = migrated;
        for (Event e : unread) {
            Ruling ruling = rulings.get(e.action());
            if (ruling.refused()) {
                refused.add(refusedEvent(e, ruling));
            }
            c = c.append(e.action());
        }
        unread.clear();
        return c;
    }

    private static Migration.RefusedEvent refusedEvent(Event e, Ruling ruling) {
        return new Migration.RefusedEvent(
                e.sequence(), e.action().type(), e.action().at(), ruling.findings());
    }

    /**
     * Explains a ruling: the same session as {@link #evaluate}, with a listener that records, for
     * each fact a rule inserts, the rule and the facts it matched. The chains are read back from
     * that record, so they follow the rules as they are, with no text written per rule.
     */
    @Override
    public Explanation explain(Case caseFile, Action action) {
        checkArguments(caseFile, action);
        Protocol protocol = protocolOf(caseFile);
        try (Session session = new Session(protocol, caseFile, new Tracer())) {
            return session.explain(action);
        }
    }

    private static void checkArguments(Case caseFile, Action action) {
        Objects.requireNonNull(caseFile, "caseFile is required");
        Objects.requireNonNull(action, "action is required");
        caseFile.lastEventAt().ifPresent(last -> {
            if (action.at().isBefore(last)) {
                throw new IllegalArgumentException(
                        action.type() + ".at (" + action.at() + ") is before the case's last event (" + last + ")");
            }
        });
    }

    private static void logRuling(Case caseFile, Ruling ruling) {
        if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "case {} event {}: {} {} {}",
                    caseFile.id(),
                    caseFile.size() + 1,
                    ruling.action().type(),
                    ruling.permitted() ? "permitted" : "refused",
                    ruling.clauseIds());
        }
    }

    private static Protocol protocolOf(Case caseFile) {
        try {
            return Protocol.of(caseFile.protocol());
        } catch (java.util.NoSuchElementException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * A pooled session holding a case's facts: the protocol and the events the rules read. It
     * rules on proposed actions and guides, and goes back to the pool when closed.
     */
    private final class Session implements AutoCloseable {

        private final Protocol protocol;
        private final KieSession kie;
        private final Tracer tracer;

        Session(Protocol protocol, Case caseFile) {
            this(protocol, caseFile, null);
        }

        Session(Protocol protocol, Case caseFile, Tracer tracer) {
            this.protocol = protocol;
            this.kie = RuleBases.newSession(protocol.ref());
            this.tracer = tracer;
            if (tracer != null) {
                kie.addEventListener(tracer.agenda);
                kie.addEventListener(tracer.runtime);
            }
            kie.insert(protocol);
            kie.insert(settings);
            if (insertEveryEvent) {
                caseFile.events().forEach(kie::insert);
            } else {
                insertWhatRulesRead(kie, caseFile.events());
            }
        }

        /** Adds the case's newest event. */
        void add(Event event) {
            if (insertEveryEvent || readByRules(event)) {
                kie.insert(event);
            }
        }

        /** Rules on one proposed action, then withdraws it (its refusals go with it). */
        Ruling rule(Action action) {
            List<FactHandle> handles = propose(List.of(action));
            Run run = fire();
            handles.forEach(kie::delete); // its conclusions go at the next firing
            return new Ruling(action, run.findings(action, settings));
        }

        /** Rules on many proposed actions at once, then withdraws them. */
        List<Ruling> ruleAll(List<Action> actions) {
            List<FactHandle> handles = propose(actions);
            Run run = fire();
            handles.forEach(kie::delete);
            List<Ruling> rulings = new ArrayList<>(actions.size());
            for (Action a : actions) {
                rulings.add(new Ruling(a, run.findings(a, settings)));
            }
            return rulings;
        }

        /**
         * Asks about a candidate of every kind of action for every role the school allows, and
         * gathers what is owed; with the host's clock ({@code now}, may be null), what is overdue.
         */
        Guidance guide(Case caseFile, Now now) {
            Instant at = caseFile.lastEventAt().orElse(Instant.EPOCH);
            List<Candidates.Candidate> candidates = new ArrayList<>();
            for (ActionSpec spec : protocol.actions().values()) {
                for (Role role : rolesToAsk(spec.type())) {
                    candidates.addAll(Candidates.of(spec.type(), role, at));
                }
            }
            List<Action> proposals = new ArrayList<>(candidates.size());
            candidates.forEach(c -> proposals.add(c.action()));
            kie.insert(new Guiding());
            if (now != null) {
                kie.insert(now);
            }
            if (!settings.deadlines().isEmpty() && !caseFile.isEmpty()) {
                kie.insert(new Opened(caseFile.events().get(0).action().at()));
            }
            propose(proposals);
            Run run = fire();
            return guidance(protocol, caseFile, candidates, run);
        }

        /**
         * The roles {@code guide} asks about for a kind of action: those the school allows; for a
         * report also every role that may record acute danger, since in acute danger any staff
         * member may report (AR-1.3), and the rules then permit it.
         */
        private Set<Role> rolesToAsk(ActionType type) {
            Set<Role> roles = settings.rolesFor(protocol, type);
            if (type == ActionType.REPORT && protocol.actions().containsKey(ActionType.ACUTE_DANGER)) {
                Set<Role> all = EnumSet.copyOf(roles);
                all.addAll(protocol.rolesFor(ActionType.ACUTE_DANGER));
                return all;
            }
            return roles;
        }

        private List<FactHandle> propose(Collection<Action> proposals) {
            List<FactHandle> handles = new ArrayList<>(proposals.size() * 2);
            for (Action a : proposals) {
                handles.add(kie.insert(a));
                if (a instanceof LogEntry entry && knownNames.mentionedIn(entry.text())) {
                    handles.add(kie.insert(new NameMention(a)));
                }
            }
            return handles;
        }

        private Run fire() {
            if (filter == null) {
                kie.fireAllRules();
            } else {
                kie.fireAllRules(filter);
            }
            return Run.collect(protocol, kie);
        }

        /** Rules on one proposed action and explains the ruling from the trace of the rules. */
        Explanation explain(Action action) {
            propose(List.of(action));
            Run run = fire();
            Ruling ruling = new Ruling(action, run.findings(action, settings));
            List<Refusal> refusals = run.refused.getOrDefault(action, List.of());
            List<Reason> reasons = new ArrayList<>();
            for (Finding f : ruling.findings()) {
                Refusal behind = refusals.stream()
                        .filter(r -> protocol.resolve(r.clause()).equals(f.clause())
                                && new Message(r.key(), r.args()).equals(f.explanation()))
                        .findFirst()
                        .orElseThrow();
                reasons.add(tracer.reason(behind, protocol));
            }
            List<Object> state = new ArrayList<>();
            for (Object o : kie.getObjects(Tracer::isState)) {
                state.add(o);
            }
            state.sort(Comparator.comparing(Tracer::stateOrder));
            List<Reason> stateReasons = new ArrayList<>(state.size());
            state.forEach(o -> stateReasons.add(tracer.reason(o, protocol)));
            return new Explanation(ruling, reasons, stateReasons);
        }

        @Override
        public void close() {
            if (tracer != null) {
                kie.removeEventListener(tracer.agenda);
                kie.removeEventListener(tracer.runtime);
            }
            kie.dispose();
        }
    }

    private static Guidance guidance(Protocol protocol, Case caseFile, List<Candidates.Candidate> candidates, Run run) {
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
        // most urgent first: the acute route, then steps overdue, then the order of the steps
        owed.sort(Comparator.comparingInt(DroolsEngine::urgency)
                .thenComparingInt(Owed::order)
                .thenComparing(Owed::key)
                .thenComparing(o -> o.args().toString()));
        List<Obligation> obligations = new ArrayList<>(owed.size());
        for (Owed o : owed) {
            Instant since = o.since().at() != null
                    ? o.since().at()
                    : caseFile.isEmpty()
                            ? null
                            : caseFile.events().get(0).action().at();
            obligations.add(new Obligation(
                    protocol.resolve(o.clause()),
                    new Message(o.key(), o.args()),
                    Optional.ofNullable(since),
                    Optional.ofNullable(run.due.get(o.order())),
                    Discharges.of(protocol, o.key(), o.args())));
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

    /** How urgent an obligation is: 0 for the acute route, 1 for a step overdue, 2 for the rest. */
    private static int urgency(Owed o) {
        if (o.key().startsWith("owed.ar.")) {
            return 0;
        }
        return Discharges.OVERDUE_STEP.equals(o.key()) ? 1 : 2;
    }

    /** What one session concluded. */
    private record Run(
            Protocol protocol,
            Map<Action, List<Refusal>> refused,
            List<Owed> owed,
            Set<Integer> stepsDone,
            Map<Integer, Instant> due,
            boolean closed) {

        static Run collect(Protocol protocol, KieSession session) {
            Map<Action, List<Refusal>> refused = new IdentityHashMap<>();
            List<Owed> owed = new ArrayList<>();
            Set<Integer> steps = new LinkedHashSet<>();
            Map<Integer, Instant> due = new HashMap<>();
            boolean[] closed = {false};
            for (Object o : session.getObjects(Run::derived)) {
                if (o instanceof Refusal r) {
                    refused.computeIfAbsent(r.action(), a -> new ArrayList<>()).add(r);
                } else if (o instanceof Owed w) {
                    owed.add(w);
                } else if (o instanceof StepDone d) {
                    steps.add(d.step());
                } else if (o instanceof Due d) {
                    due.merge(d.step(), d.at(), (a, b) -> a.isBefore(b) ? a : b);
                } else if (o instanceof org.meldcode.rules.facts.Derived d
                        && d.fact() == org.meldcode.rules.facts.Fact.CLOSED) {
                    closed[0] = true;
                }
            }
            return new Run(protocol, refused, owed, steps, due, closed[0]);
        }

        /** Leaves out the inserted events, proposals and protocol: only what the rules derived. */
        private static boolean derived(Object o) {
            return !(o instanceof Event || o instanceof Action || o instanceof Protocol);
        }

        List<Finding> findings(Action action, SchoolSettings settings) {
            List<Refusal> refusals = refused.getOrDefault(action, List.of());
            List<Finding> findings = new ArrayList<>(refusals.size());
            Set<String> seen = new LinkedHashSet<>();
            for (Refusal r : refusals) {
                Clause clause = protocol.resolve(r.clause());
                if (seen.add(clause.id() + '|' + r.key() + '|' + r.args())) {
                    findings.add(new Finding(
                            clause,
                            new Message(r.key(), r.args()),
                            Remedies.of(protocol, settings, action, r.key(), r.args())));
                }
            }
            // a total order: findings of one clause and key (such as two earlier closures) come in
            // the order of their arguments, never in the order the session happened to hold them
            List<Clause> order = protocol.clauses();
            findings.sort(Comparator.comparingInt((Finding f) -> order.indexOf(f.clause()))
                    .thenComparing(f -> f.explanation().key())
                    .thenComparing(f -> f.explanation().args().toString()));
            return findings;
        }
    }
}
