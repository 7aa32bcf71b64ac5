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
 */
public record Protocol(
        ProtocolRef ref,
        List<Step> steps,
        List<Clause> clauses,
        Map<ActionType, ActionSpec> actions,
        Map<Integer, Integer> prerequisites,
        Map<String, String> clauseRoles) {

    private static final Map<ProtocolRef, Protocol> LOADED = new ConcurrentHashMap<>();

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
        Map<String, Clause> clauses = new LinkedHashMap<>();
        for (String raw : p.getProperty("clauses").split(",")) {
            String id = raw.trim();
            int step = Integer.parseInt(p.getProperty(id + ".step"));
            String source = p.getProperty(id + ".source");
            if (source == null || clauses.put(id, new Clause(id, ref, step, source)) != null) {
                throw new IllegalStateException(resource + ": clause " + id + " lacks a source or is listed twice");
            }
        }
        Map<ActionType, ActionSpec> actions = new EnumMap<>(ActionType.class);
        Map<Integer, Integer> prerequisites = new HashMap<>();
        Map<String, String> roles = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key).trim();
            if (key.startsWith("action.")) {
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
                if (!clauses.containsKey(value)) {
                    throw new IllegalStateException(resource + ": " + key + " names unknown clause " + value);
                }
                roles.put(key, value);
            }
        }
        return new Protocol(ref, steps, new ArrayList<>(clauses.values()), actions, prerequisites, roles);
    }
}
