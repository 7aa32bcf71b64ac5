package org.meldcode.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.meldcode.model.ActionType;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;

/**
 * The shape of a protocol beyond its step order, for pictures: the steps that may be skipped, the
 * end states the plan can reach, and the branches between steps and end states.
 *
 * <p>A protocol file declares it with the keys {@code skip.<step>=<ACTION_TYPE>},
 * {@code outcome.<id>=<step>}, {@code branch.<from>.<id>=<to>} (from and to: a step number or an
 * outcome id) and {@code takenBy.<ACTION_TYPE>=<ROLE>,...}; labels are in the message bundle under {@code outcome.<protocol-id>.<id>} and
 * {@code branch.<protocol-id>.<id>}. The rules do not read this data; it describes the plan for
 * people. A protocol whose file declares none of these keys has an empty flow.
 *
 * @param ref      the protocol it belongs to
 * @param skips    for a step that may be skipped, the kind of action that records the skip
 * @param outcomes the end states, in the order of their ids
 * @param branches the branches, ordered by where they start and then by id
 * @param takenBy  for a kind of action that a clause of the plan gives to fewer roles than its step's
 *                 "who" (the seed's report: SP-5.3, the IB alone), the roles that take it; the
 *                 pictures show these, the rules enforce the clause (and a test keeps them equal)
 */
public record Flow(
        ProtocolRef ref,
        Map<Integer, ActionType> skips,
        List<Outcome> outcomes,
        List<Branch> branches,
        Map<ActionType, Set<Role>> takenBy) {

    /** A flow in which every kind of action is taken by the roles of its step. */
    public Flow(ProtocolRef ref, Map<Integer, ActionType> skips, List<Outcome> outcomes, List<Branch> branches) {
        this(ref, skips, outcomes, branches, Map.of());
    }

    /**
     * An end state of a protocol, such as "suspicion removed" or "reported".
     *
     * @param id   the outcome's id, such as {@code reported}
     * @param step the step it is reached from, or 0 when it follows from any step or another outcome
     */
    public record Outcome(String id, int step) {

        /** Validates the fields. */
        public Outcome {
            Objects.requireNonNull(id, "Outcome.id is required");
        }
    }

    /**
     * A branch of a protocol: a way from a step or an end state to another step or end state,
     * such as "decide to report".
     *
     * @param from where it starts: a step number (as text) or an outcome id
     * @param id   the branch's id, unique within the protocol
     * @param to   where it leads: a step number (as text) or an outcome id
     */
    public record Branch(String from, String id, String to) {

        /** Validates the fields. */
        public Branch {
            Objects.requireNonNull(from, "Branch.from is required");
            Objects.requireNonNull(id, "Branch.id is required");
            Objects.requireNonNull(to, "Branch.to is required");
        }
    }

    /** Validates and copies the fields. */
    public Flow {
        Objects.requireNonNull(ref, "Flow.ref is required");
        skips = Collections.unmodifiableMap(new TreeMap<>(skips));
        outcomes = List.copyOf(outcomes);
        branches = List.copyOf(branches);
        Map<ActionType, Set<Role>> taken = new EnumMap<>(ActionType.class);
        takenBy.forEach((type, roles) -> {
            Set<Role> copy = EnumSet.noneOf(Role.class);
            copy.addAll(roles);
            taken.put(type, Collections.unmodifiableSet(copy));
        });
        takenBy = Collections.unmodifiableMap(taken);
    }

    /** The roles the pictures show for a kind of action: those a clause narrows it to, else the protocol's. */
    public Set<Role> rolesShown(ActionType type, Set<Role> protocolRoles) {
        return takenBy.getOrDefault(type, protocolRoles);
    }

    /** The outcome with the given id, if the flow has it. */
    public Optional<Outcome> outcome(String id) {
        return outcomes.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** The bundle key of an outcome's label. */
    public String outcomeKey(Outcome outcome) {
        return "outcome." + ref.id() + "." + outcome.id();
    }

    /** The bundle key of a branch's label. */
    public String branchKey(Branch branch) {
        return "branch." + ref.id() + "." + branch.id();
    }

    /**
     * Reads the flow from a protocol's file; an empty flow when the file declares none or there is
     * no file for the protocol (a protocol built in code).
     *
     * @throws IllegalStateException when a key names an unknown step, action type or outcome
     */
    static Flow load(Protocol protocol) {
        ProtocolRef ref = protocol.ref();
        String resource = "/org/meldcode/protocol/" + ref.id() + "-" + ref.version() + ".properties";
        Properties p = new Properties();
        try (InputStream in = Flow.class.getResourceAsStream(resource)) {
            if (in == null) {
                return new Flow(ref, Map.of(), List.of(), List.of(), Map.of());
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        List<Integer> steps = protocol.steps().stream().map(Step::number).toList();
        Map<Integer, ActionType> skips = new TreeMap<>();
        Map<String, Outcome> outcomes = new TreeMap<>();
        Map<ActionType, Set<Role>> takenBy = new EnumMap<>(ActionType.class);
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key).trim();
            if (key.startsWith("takenBy.")) {
                takenBy.put(takenBy(protocol, key, value, resource), takenByRoles(protocol, key, value, resource));
            } else if (key.startsWith("skip.")) {
                int step = step(key.substring("skip.".length()), steps, resource, key);
                try {
                    skips.put(step, ActionType.valueOf(value));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(resource + ": " + key + " names unknown action type " + value, e);
                }
            } else if (key.startsWith("outcome.")) {
                String id = key.substring("outcome.".length());
                int step = "0".equals(value) ? 0 : step(value, steps, resource, key);
                outcomes.put(id, new Outcome(id, step));
            }
        }
        List<Branch> branches = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("branch.")) {
                String rest = key.substring("branch.".length());
                int dot = rest.lastIndexOf('.');
                if (dot <= 0) {
                    throw new IllegalStateException(resource + ": " + key + " must read branch.<from>.<id>");
                }
                String from = rest.substring(0, dot);
                String to = p.getProperty(key).trim();
                endpoint(from, steps, outcomes, resource, key);
                endpoint(to, steps, outcomes, resource, key);
                branches.add(new Branch(from, rest.substring(dot + 1), to));
            }
        }
        branches.sort(Comparator.comparing((Branch b) -> order(b.from(), steps, outcomes))
                .thenComparing(Branch::id));
        return new Flow(ref, skips, new ArrayList<>(new LinkedHashMap<>(outcomes).values()), branches, takenBy);
    }

    private static ActionType takenBy(Protocol protocol, String key, String value, String resource) {
        String name = key.substring("takenBy.".length());
        try {
            ActionType type = ActionType.valueOf(name);
            if (protocol.rolesFor(type).isEmpty()) {
                throw new IllegalStateException(resource + ": " + key + " names an action the protocol does not know");
            }
            return type;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(resource + ": " + key + " names unknown action type " + name, e);
        }
    }

    private static Set<Role> takenByRoles(Protocol protocol, String key, String value, String resource) {
        ActionType type = ActionType.valueOf(key.substring("takenBy.".length()));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : value.split(",")) {
            Role role;
            try {
                role = Role.valueOf(part.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(resource + ": " + key + " names unknown role " + part.trim(), e);
            }
            if (!protocol.rolesFor(type).contains(role)) {
                throw new IllegalStateException(
                        resource + ": " + key + " names " + role + ", which the protocol does not let take " + type);
            }
            roles.add(role);
        }
        return roles;
    }

    private static int step(String text, List<Integer> steps, String resource, String key) {
        try {
            int step = Integer.parseInt(text);
            if (steps.contains(step)) {
                return step;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException(resource + ": " + key + " names unknown step " + text);
    }

    private static void endpoint(
            String text, List<Integer> steps, Map<String, Outcome> outcomes, String resource, String key) {
        if (!outcomes.containsKey(text)) {
            step(text, steps, resource, key);
        }
    }

    /** Steps first in their order, then outcomes in id order. */
    private static int order(String endpoint, List<Integer> steps, Map<String, Outcome> outcomes) {
        if (outcomes.containsKey(endpoint)) {
            return 1000 + new ArrayList<>(outcomes.keySet()).indexOf(endpoint);
        }
        return steps.indexOf(Integer.parseInt(endpoint));
    }
}
