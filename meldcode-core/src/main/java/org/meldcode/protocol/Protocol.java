package org.meldcode.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.meldcode.model.ActionType;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;

/**
 * A protocol the library knows: its steps, its clause catalogue, and its step order and roles
 * as data.
 *
 * <p>Each protocol is described by a resource {@code org/meldcode/protocol/ID-VERSION.properties}
 * that lists its steps, the step and roles of each kind of action, which step must be completed
 * before another, and its clauses with their source in the protocol's own words; the texts are in
 * the message bundle. The rules that enforce the clauses live in the rules module; rules shared by
 * all protocols cite a clause <em>role</em> ({@code common.order}, {@code common.roles},
 * {@code common.closed}) that each protocol maps to a clause of its own.
 *
 * @param ref           the protocol's id and version
 * @param steps         the steps, in order
 * @param clauses       the clause catalogue, in catalogue order
 * @param actions       the step and roles of each kind of action the protocol knows
 * @param prerequisites for a step, the step that must be completed before it
 * @param clauseRoles   for each shared clause role, this protocol's clause id
 * @param settingClauses the clauses a school's settings add (such as {@code ST-1}, a step overdue):
 *                       not the protocol's text, but cited like its clauses
 * @param completions   for a kind of action, the step whose completion it marks (from the keys
 *                      {@code completes.N}); the school's step deadlines run from these
 * @param declarations  what the protocol declares about itself for the compliance review (keys
 *                      {@code framework.*}, {@code decision.*}, {@code report.*}, {@code step1.*},
 *                      {@code routes}, {@code contact.*}), as written in the resource
 */
public record Protocol(
        ProtocolRef ref,
        List<Step> steps,
        List<Clause> clauses,
        Map<ActionType, ActionSpec> actions,
        Map<Integer, Integer> prerequisites,
        Map<String, String> clauseRoles,
        List<Clause> settingClauses,
        Map<ActionType, Integer> completions,
        Map<String, String> declarations) {

    private static final Map<ProtocolRef, Protocol> LOADED = new ConcurrentHashMap<>();
    private static final Map<Protocol, Flow> FLOWS = new ConcurrentHashMap<>();

    /** The prefixes of the keys a protocol declares about itself for the compliance review. */
    public static final List<String> DECLARATION_PREFIXES =
            List.of("framework.", "decision.", "report.", "step1.", "routes", "contact.");

    /** Copies the lists. */
    public Protocol {
        steps = List.copyOf(steps);
        clauses = List.copyOf(clauses);
        Objects.requireNonNull(actions, "Protocol.actions is required");
        EnumMap<ActionType, ActionSpec> copy = new EnumMap<>(ActionType.class);
        copy.putAll(actions);
        actions = Collections.unmodifiableMap(copy);
        prerequisites = Map.copyOf(prerequisites);
        clauseRoles = Map.copyOf(clauseRoles);
        settingClauses = List.copyOf(settingClauses);
        EnumMap<ActionType, Integer> completing = new EnumMap<>(ActionType.class);
        completing.putAll(completions);
        completions = Collections.unmodifiableMap(completing);
        declarations = Map.copyOf(declarations);
    }

    /** A protocol without setting clauses, step completions or declarations. */
    public Protocol(
            ProtocolRef ref,
            List<Step> steps,
            List<Clause> clauses,
            Map<ActionType, ActionSpec> actions,
            Map<Integer, Integer> prerequisites,
            Map<String, String> clauseRoles) {
        this(ref, steps, clauses, actions, prerequisites, clauseRoles, List.of(), Map.of(), Map.of());
    }

    /**
     * The step whose completion an action of this kind marks (such as 3 for a conversation with
     * the parents), or 0 when it completes none.
     */
    public int completes(ActionType type) {
        return completions.getOrDefault(type, 0);
    }

    /**
     * What the protocol declares about itself under this key, for the compliance review (such as
     * {@code framework.afwegingskader} → {@code false}); empty when it declares nothing.
     */
    public Optional<String> declaration(String key) {
        return Optional.ofNullable(declarations.get(key));
    }

    /** The clauses a declaration describes (the key {@code KEY.clauses}), in the order given. */
    public List<Clause> declarationClauses(String key) {
        String ids = declarations.get(key + ".clauses");
        if (ids == null || ids.isBlank()) {
            return List.of();
        }
        List<Clause> out = new ArrayList<>();
        for (String id : ids.split(",")) {
            out.add(clause(id.trim()));
        }
        return out;
    }

    /** The step an action of this kind belongs to; 0 when it may happen in any step or is unknown. */
    public int stepOf(ActionType type) {
        ActionSpec spec = actions.get(type);
        return spec == null ? 0 : spec.step();
    }

    /** Whether the protocol lets the role take actions of this kind. */
    public boolean grants(ActionType type, Role role) {
        ActionSpec spec = actions.get(type);
        return spec != null && spec.roles().contains(role);
    }

    /** The roles that may take actions of this kind; empty when the protocol does not know it. */
    public Set<Role> rolesFor(ActionType type) {
        ActionSpec spec = actions.get(type);
        return spec == null ? Set.of() : spec.roles();
    }

    /** The step that must be completed before an action of this kind, or 0 when there is none. */
    public int requiredBefore(ActionType type) {
        return requiredBefore(stepOf(type));
    }

    /** The step that must be completed before the given step, or 0 when there is none. */
    public int requiredBefore(int step) {
        return prerequisites.getOrDefault(step, 0);
    }

    /**
     * This protocol's clause for an id or a shared clause role.
     *
     * @param idOrRole a clause id, or a shared clause role such as {@code common.order}
     * @throws NoSuchElementException when neither is known
     */
    public Clause resolve(String idOrRole) {
        String id = clauseRoles.getOrDefault(idOrRole, idOrRole);
        return clause(id);
    }

    /**
     * The protocol's flow: the steps it may skip, its end states and its branches, as its file
     * declares them (empty for a protocol built in code). Used to draw the protocol.
     *
     * @throws IllegalStateException when the file's flow names an unknown step, action or outcome
     */
    public Flow flow() {
        return FLOWS.computeIfAbsent(this, Flow::load);
    }

    /** The protocols this library ships. */
    public static List<ProtocolRef> known() {
        return List.of(ProtocolRef.STAPPENPLAN_2021, ProtocolRef.LANDELIJK_2019);
    }

    /**
     * The protocol with the given id and version.
     *
     * @throws NoSuchElementException when the library does not know it
     */
    public static Protocol of(ProtocolRef ref) {
        return LOADED.computeIfAbsent(ref, Protocol::load);
    }

    /**
     * The clause with the given id.
     *
     * @throws NoSuchElementException when the catalogue has no such clause
     */
    public Clause clause(String id) {
        return find(id).orElseThrow(() -> new NoSuchElementException("protocol " + ref + " has no clause " + id));
    }

    /** The clause with the given id, if the catalogue has it. */
    public Optional<Clause> find(String id) {
        for (Clause c : clauses) {
            if (c.id().equals(id)) {
                return Optional.of(c);
            }
        }
        for (Clause c : settingClauses) {
            if (c.id().equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The step with the given number.
     *
     * @throws NoSuchElementException when there is no such step
     */
    public Step step(int number) {
        for (Step s : steps) {
            if (s.number() == number) {
                return s;
            }
        }
        throw new NoSuchElementException("protocol " + ref + " has no step " + number);
    }

    private static Protocol load(ProtocolRef ref) {
        String resource = "/org/meldcode/protocol/" + ref.id() + "-" + ref.version() + ".properties";
        Properties p = new Properties();
        try (InputStream in = Protocol.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new NoSuchElementException("unknown protocol " + ref + "; known: " + known());
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        List<Step> steps = new ArrayList<>();
        for (String n : p.getProperty("steps").split(",")) {
            int number = Integer.parseInt(n.trim());
            steps.add(new Step(number, "step." + ref.id() + "." + number));
        }
        Map<String, Clause> clauses = clauses(ref, resource, p, "clauses");
        Map<String, Clause> settingClauses = clauses(ref, resource, p, "settingClauses");
        Map<String, Clause> all = new HashMap<>(clauses);
        for (String id : settingClauses.keySet()) {
            if (all.put(id, settingClauses.get(id)) != null) {
                throw new IllegalStateException(resource + ": clause " + id + " is listed twice");
            }
        }
        Map<ActionType, ActionSpec> actions = new EnumMap<>(ActionType.class);
        Map<Integer, Integer> prerequisites = new HashMap<>();
        Map<String, String> roles = new HashMap<>();
        Map<ActionType, Integer> completions = new EnumMap<>(ActionType.class);
        Map<String, String> declarations = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key).trim();
            if (key.startsWith("completes.")) {
                int step = Integer.parseInt(key.substring("completes.".length()));
                for (String t : value.split(",")) {
                    if (completions.put(ActionType.valueOf(t.trim()), step) != null) {
                        throw new IllegalStateException(resource + ": " + t.trim() + " completes two steps");
                    }
                }
            } else if (DECLARATION_PREFIXES.stream().anyMatch(key::startsWith)) {
                if (key.endsWith(".clauses")) {
                    for (String id : value.split(",")) {
                        if (!id.isBlank() && !all.containsKey(id.trim())) {
                            throw new IllegalStateException(resource + ": " + key + " names unknown clause " + id);
                        }
                    }
                }
                declarations.put(key, value);
            } else if (key.startsWith("action.")) {
                ActionType type = ActionType.valueOf(key.substring("action.".length()));
                String[] parts = value.split(":", 2);
                Set<Role> granted = EnumSet.noneOf(Role.class);
                for (String r : parts[1].split(",")) {
                    granted.add(Role.valueOf(r.trim()));
                }
                actions.put(type, new ActionSpec(type, Integer.parseInt(parts[0].trim()), granted));
            } else if (key.startsWith("requires.")) {
                prerequisites.put(Integer.parseInt(key.substring("requires.".length())), Integer.parseInt(value));
            } else if (key.startsWith("common.")) {
                if (!all.containsKey(value)) {
                    throw new IllegalStateException(resource + ": " + key + " names unknown clause " + value);
                }
                roles.put(key, value);
            }
        }
        return new Protocol(
                ref,
                steps,
                new ArrayList<>(clauses.values()),
                actions,
                prerequisites,
                roles,
                new ArrayList<>(settingClauses.values()),
                completions,
                declarations);
    }

    /** The clauses listed under the key, each with its step and source. */
    private static Map<String, Clause> clauses(ProtocolRef ref, String resource, Properties p, String listKey) {
        Map<String, Clause> clauses = new LinkedHashMap<>();
        String list = p.getProperty(listKey);
        if (list == null || list.isBlank()) {
            return clauses;
        }
        for (String raw : list.split(",")) {
            String id = raw.trim();
            int step = Integer.parseInt(p.getProperty(id + ".step"));
            String source = p.getProperty(id + ".source");
            if (source == null || clauses.put(id, new Clause(id, ref, step, source)) != null) {
                throw new IllegalStateException(resource + ": clause " + id + " lacks a source or is listed twice");
            }
        }
        return clauses;
    }
}
