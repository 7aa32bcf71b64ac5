package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meldcode.engine.Finding;
import org.meldcode.engine.KnownNames;
import org.meldcode.engine.Remedy;
import org.meldcode.engine.Ruling;
import org.meldcode.model.Action;
import org.meldcode.model.ActionType;
import org.meldcode.model.Actor;
import org.meldcode.model.Case;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;
import org.meldcode.protocol.Protocol;
import org.meldcode.settings.SchoolSettings;
import org.meldcode.testing.Generators;
import org.meldcode.testing.Move;
import org.meldcode.testing.Replay;

/**
 * Every way forward a refusal names ({@link Finding#way()}) leads somewhere: on generated cases of
 * both protocols, every candidate action (each kind by each role, done the way the protocol asks)
 * and the generated action itself is ruled on, and for each refusal the way forward is taken:
 * another role, a corrected attempt, or other actions, which must be permitted now or lead by
 * their own ways forward, without a circle, to an action that is.
 *
 * Actions of each kind filled in at random are ruled on too, so that the ways that change a field
 * of the attempt are taken as well.
 *
 * <p>{@code -Dmeldcode.examples=N} scales the number of sequences (N/200 per protocol and
 * generator: 5 by default, 50 with -Pthorough).
 */
class RemediesLeadSomewhereTest {

    static final long SEED = Long.getLong("meldcode.seed", 20261206L);

    static final int EXAMPLES = Math.max(4, Integer.getInteger("meldcode.examples", 1_000) / 200);

    static final DroolsEngine ENGINE = new DroolsEngine(KnownNames.NONE, SchoolSettings.DEFAULTS, false, null);

    static List<ProtocolRef> protocols() {
        return Protocol.known();
    }

    /** The rulings on every candidate in one state of a case: by kind of action and role. */
    record State(Case caseFile, Protocol protocol, Instant at, Map<ActionType, Map<Role, List<Ruling>>> table) {

        List<Ruling> of(ActionType type, Role role) {
            return table.getOrDefault(type, Map.of()).getOrDefault(role, List.of());
        }

        boolean permitted(ActionType type, Set<Role> roles) {
            for (Role r : roles) {
                for (Ruling ruling : of(type, r)) {
                    if (ruling.permitted()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    static State state(Case c, Protocol protocol, Instant at) {
        List<Candidates.Candidate> candidates = new ArrayList<>();
        for (ActionType type : protocol.actions().keySet()) {
            for (Role role : Role.values()) {
                candidates.addAll(Candidates.of(type, role, at));
            }
        }
        List<Ruling> rulings = ENGINE.evaluateAll(
                c, candidates.stream().map(Candidates.Candidate::action).toList());
        Map<ActionType, Map<Role, List<Ruling>>> table = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidates.Candidate k = candidates.get(i);
            table.computeIfAbsent(k.type(), t -> new LinkedHashMap<>())
                    .computeIfAbsent(k.role(), r -> new ArrayList<>())
                    .add(rulings.get(i));
        }
        return new State(c, protocol, at, table);
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void every_way_forward_from_a_refusal_leads_to_an_action_that_is_permitted(ProtocolRef ref) {
        Protocol protocol = Protocol.of(ref);
        Set<String> checked = new TreeSet<>();
        Map<String, String> problems = new java.util.TreeMap<>();
        for (var gen : List.of(Generators.sequences(), Generators.edgeSequences())) {
            qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(gen).checkAssert(moves -> {
                // GIVEN each state a generated sequence of moves reaches
                for (Replay.Step s : Replay.run(ENGINE, protocol, moves)) {
                    Case c = s.before();
                    Instant at = s.action().at();
                    // WHEN every candidate, the generated action and one action of each kind filled
                    // in at random are ruled on
                    State state = state(c, protocol, at);
                    List<Ruling> tried = new ArrayList<>();
                    state.table().values().forEach(byRole -> byRole.values().forEach(tried::addAll));
                    List<Action> filledIn = new ArrayList<>();
                    filledIn.add(s.action());
                    java.util.Random random = new java.util.Random(SEED + c.size() * 31L + moves.hashCode());
                    for (ActionType type : protocol.actions().keySet()) {
                        Role role = Role.values()[random.nextInt(Role.values().length)];
                        filledIn.add(new Move(type, role, random.nextInt(1 << 13), false).action(at));
                    }
                    tried.addAll(ENGINE.evaluateAll(c, filledIn));
                    // THEN every refusal's way forward leads somewhere permitted
                    for (Ruling ruling : tried) {
                        for (Finding f : ruling.findings()) {
                            checked.add(f.explanation().key() + " " + f.way().kind());
                            try {
                                check(state, ruling.action(), f);
                            } catch (AssertionError e) {
                                String message = e.getMessage().strip();
                                int end = message.indexOf(']');
                                problems.putIfAbsent(
                                        f.explanation().key(), end > 0 ? message.substring(0, end + 1) : message);
                            }
                        }
                    }
                }
            });
        }
        Set<String> reachedKeys = new TreeSet<>();
        checked.forEach(k -> reachedKeys.add(k.substring(0, k.indexOf(' '))));
        Set<String> notReached = new TreeSet<>(Remedies.BY_KEY.keySet());
        notReached.removeAll(reachedKeys);
        System.out.println(
                "ways forward checked (" + ref + "): " + checked.size() + "; refusal keys not reached: " + notReached);
        assertThat(problems).as("the ways forward that lead nowhere").isEmpty();
        assertThat(checked).as("the ways forward checked").hasSizeGreaterThan(15);
    }

    private static void check(State state, Action refused, Finding f) {
        Remedy way = f.way();
        String what = f.explanation().key() + " on " + refused.type() + " by "
                + refused.actor().role() + " after "
                + state.caseFile().events().stream().map(e -> e.action().type()).toList();
        switch (way.kind()) {
            case NONE -> {}
            case ANOTHER_ROLE -> {
                List<Action> others = new ArrayList<>();
                for (Role r : way.roles()) {
                    others.add(by(refused, new Actor(r, "guide-other-" + r.ordinal())));
                }
                assertThat(ENGINE.evaluateAll(state.caseFile(), others))
                        .as("%s: the same action by one of %s is not refused for %s", what, way.roles(), f.clauseId())
                        .anySatisfy(r -> assertThat(r.findings()).noneMatch(g -> sameReason(f, g)));
            }
            case CHANGE_THIS_ATTEMPT -> {
                List<Action> corrected = new ArrayList<>();
                for (Role r : Role.values()) {
                    for (Candidates.Candidate k : Candidates.of(refused.type(), r, refused.at())) {
                        if (r == refused.actor().role() || way.fields().contains("participants")) {
                            Map<String, Object> changes = new LinkedHashMap<>();
                            for (String field : way.fields()) {
                                changes.put(field, get(k.action(), field));
                            }
                            if (way.fields().contains("participants")) {
                                changes.put("actor", k.action().actor());
                            }
                            corrected.add(with(refused, changes));
                        }
                    }
                }
                assertThat(ENGINE.evaluateAll(state.caseFile(), corrected))
                        .as(
                                "%s: the attempt with %s as the protocol asks is not refused for %s",
                                what, way.fields(), f.clauseId())
                        .anySatisfy(r -> assertThat(r.findings()).noneMatch(g -> sameReason(f, g)));
            }
            case TAKE_FIRST, TAKE_INSTEAD -> {
                assertThat(way.roles())
                        .as("%s: who may take the way forward", what)
                        .isNotEmpty();
                Deque<String> chain = new ArrayDeque<>();
                chain.push(refused.type() + "|" + f.clauseId());
                assertThat(reaches(state, way.actions(), way.roles(), chain))
                        .as(
                                "%s: one of %s by one of %s is permitted, or leads to a permitted action without a circle",
                                what, way.actions(), way.roles())
                        .isTrue();
            }
        }
    }

    /** Whether two findings give the same reason: the same clause and the same kind of cause. */
    private static boolean sameReason(Finding f, Finding g) {
        return f.clause().equals(g.clause())
                && f.explanation().key().equals(g.explanation().key());
    }

    /** Whether one of the kinds of action by one of the roles is permitted or leads to one that is. */
    private static boolean reaches(State state, Set<ActionType> types, Set<Role> roles, Deque<String> chain) {
        for (ActionType t : types) {
            if (state.permitted(t, roles)) {
                return true;
            }
        }
        for (ActionType t : types) {
            for (Role r : roles) {
                for (Ruling ruling : state.of(t, r)) {
                    for (Finding f : ruling.findings()) {
                        String link = t + "|" + f.clauseId();
                        if (chain.contains(link)) {
                            continue;
                        }
                        Remedy way = f.way();
                        chain.push(link);
                        boolean reached = switch (way.kind()) {
                            case TAKE_FIRST, TAKE_INSTEAD -> reaches(state, way.actions(), way.roles(), chain);
                            case ANOTHER_ROLE -> reaches(state, EnumSet.of(t), way.roles(), chain);
                            default -> false;
                        };
                        chain.pop();
                        if (reached) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** The same action taken by another person, who takes part in it in the refused actor's place. */
    @SuppressWarnings("unchecked")
    private static Action by(Action action, Actor other) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("actor", other);
        for (RecordComponent c : action.getClass().getRecordComponents()) {
            if (c.getName().equals("participants")) {
                Set<Actor> people = new HashSet<>((Set<Actor>) get(action, "participants"));
                people.remove(action.actor());
                people.add(other);
                changes.put("participants", people);
            }
        }
        return with(action, changes);
    }

    private static Object get(Action action, String field) {
        try {
            for (RecordComponent c : action.getClass().getRecordComponents()) {
                if (c.getName().equals(field)) {
                    return c.getAccessor().invoke(action);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalArgumentException(action.getClass().getSimpleName() + " has no field " + field);
    }

    /** The action with some fields replaced, through the record's canonical constructor. */
    static Action with(Action action, Map<String, Object> changes) {
        RecordComponent[] components = action.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        Set<String> names = new HashSet<>();
        try {
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                names.add(name);
                types[i] = components[i].getType();
                values[i] = changes.containsKey(name)
                        ? changes.get(name)
                        : components[i].getAccessor().invoke(action);
            }
            assertThat(names)
                    .as("the fields of %s", action.getClass().getSimpleName())
                    .containsAll(changes.keySet());
            Constructor<?> canonical = action.getClass().getDeclaredConstructor(types);
            return (Action) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
