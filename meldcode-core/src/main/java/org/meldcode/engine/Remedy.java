package org.meldcode.engine;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.meldcode.model.ActionType;
import org.meldcode.model.Role;
import org.meldcode.protocol.Message;

/**
 * The way forward from a refusal, as data and as text: what kind of step it is ({@link #kind()}),
 * the kinds of action that are that step, the roles that may take it or must take part, and the
 * fields of the refused action to change; {@link #text()} says the same for people to read.
 *
 * <p>What each kind promises, and a property in the rules' tests checks on generated cases:
 *
 * <ul>
 *   <li>{@link Kind#TAKE_FIRST} and {@link Kind#TAKE_INSTEAD}: one of {@link #actions()}, taken by
 *       one of {@link #roles()}, is permitted now, or is itself refused with a way forward that
 *       leads, without going round in a circle, to an action that is permitted.
 *   <li>{@link Kind#ANOTHER_ROLE}: the same action taken by one of {@link #roles()} is not refused
 *       for the same clause.
 *   <li>{@link Kind#CHANGE_THIS_ATTEMPT}: the same action with {@link #fields()} filled in the way
 *       the protocol asks (with {@link #roles()} taking part, where the field is the participants)
 *       is not refused for the same clause.
 *   <li>{@link Kind#NONE}: there is no way forward in this case; the text says why and what is
 *       left to do outside it.
 * </ul>
 *
 * @param text    the way forward for people to read ({@code remedy.X} for a refusal {@code refusal.X})
 * @param kind    what kind of step the way forward is
 * @param actions the kinds of action to take (first or instead); empty for the other kinds
 * @param roles   who may take the way forward, or, for a change of the participants, who must take
 *                part; may be empty
 * @param fields  the fields of the refused action to change, by their names in the case format
 *                (for example {@code anonymous}, {@code participants}); empty unless the kind is
 *                {@link Kind#CHANGE_THIS_ATTEMPT}
 */
public record Remedy(Message text, Kind kind, Set<ActionType> actions, Set<Role> roles, Set<String> fields) {

    /** What kind of step a way forward is. */
    public enum Kind {
        /** Take one of the named kinds of action first; this action may follow. */
        TAKE_FIRST,
        /** Take one of the named kinds of action instead of this one. */
        TAKE_INSTEAD,
        /** Let one of the named roles take this same action. */
        ANOTHER_ROLE,
        /** Take this same action again, with the named fields changed. */
        CHANGE_THIS_ATTEMPT,
        /** There is no way forward in this case. */
        NONE
    }

    /** Validates and copies the fields; checks that each kind carries what it promises. */
    public Remedy {
        Objects.requireNonNull(text, "Remedy.text is required");
        Objects.requireNonNull(kind, "Remedy.kind is required");
        actions = actions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(actions));
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        fields = Collections.unmodifiableSet(new LinkedHashSet<>(fields));
        boolean takes = kind == Kind.TAKE_FIRST || kind == Kind.TAKE_INSTEAD;
        if (takes == actions.isEmpty()) {
            throw new IllegalArgumentException("Remedy: the kinds of action are named exactly for " + kind);
        }
        if ((kind == Kind.CHANGE_THIS_ATTEMPT) == fields.isEmpty()) {
            throw new IllegalArgumentException("Remedy: the fields to change are named exactly for " + kind);
        }
        if (kind == Kind.ANOTHER_ROLE && roles.isEmpty()) {
            throw new IllegalArgumentException("Remedy: ANOTHER_ROLE names the roles");
        }
    }

    /**
     * A way forward: take one of these kinds of action first.
     *
     * @param text    the text
     * @param actions the kinds of action
     * @param roles   who may take them
     * @return the remedy
     */
    public static Remedy takeFirst(Message text, Set<ActionType> actions, Set<Role> roles) {
        return new Remedy(text, Kind.TAKE_FIRST, actions, roles, Set.of());
    }

    /**
     * A way forward: take one of these kinds of action instead.
     *
     * @param text    the text
     * @param actions the kinds of action
     * @param roles   who may take them
     * @return the remedy
     */
    public static Remedy takeInstead(Message text, Set<ActionType> actions, Set<Role> roles) {
        return new Remedy(text, Kind.TAKE_INSTEAD, actions, roles, Set.of());
    }

    /**
     * A way forward: let one of these roles take the same action.
     *
     * @param text  the text
     * @param roles the roles
     * @return the remedy
     */
    public static Remedy anotherRole(Message text, Set<Role> roles) {
        return new Remedy(text, Kind.ANOTHER_ROLE, Set.of(), roles, Set.of());
    }

    /**
     * A way forward: take the same action with these fields changed.
     *
     * @param text   the text
     * @param roles  who must take part, where the field is the participants; else empty
     * @param fields the fields, by their names in the case format
     * @return the remedy
     */
    public static Remedy change(Message text, Set<Role> roles, String... fields) {
        return new Remedy(text, Kind.CHANGE_THIS_ATTEMPT, Set.of(), roles, Set.of(fields));
    }

    /**
     * No way forward in this case.
     *
     * @param text why, and what is left to do outside the case
     * @return the remedy
     */
    public static Remedy none(Message text) {
        return new Remedy(text, Kind.NONE, Set.of(), Set.of(), Set.of());
    }

    /**
     * The way forward as data, for people to read: the kind of step with its kinds of action,
     * roles and fields (for example "First: weighing the risk (by: intern begeleider)."), bundle
     * key {@code way.KIND}.
     *
     * @return the summary
     */
    public Message summary() {
        java.util.List<Message> named = new java.util.ArrayList<>(fields.size());
        fields.forEach(f -> named.add(Message.of("field." + f)));
        String key = "way." + kind.name();
        if (kind == Kind.CHANGE_THIS_ATTEMPT && !roles.isEmpty()) {
            key += ".with";
        }
        return Message.of(key, actions, roles, named);
    }

    /**
     * Whether the way forward is taking other actions ({@link Kind#TAKE_FIRST} or {@link
     * Kind#TAKE_INSTEAD}).
     *
     * @return true for the two kinds that name actions
     */
    public boolean takesOtherActions() {
        return kind == Kind.TAKE_FIRST || kind == Kind.TAKE_INSTEAD;
    }
}
