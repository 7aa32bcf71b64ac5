package org.meldcode.testing;

import java.time.Instant;
import java.util.List;
import org.meldcode.model.Action;
import org.meldcode.model.ActionType;
import org.meldcode.model.Actor;
import org.meldcode.model.Role;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators for the meldcode model: actors, actions of every type, and sequences
 * of moves that mix the plan's usual path with nonsense — wrong roles, missing people, anonymous
 * and named variants, skipped steps, deteriorations, disclosures, doubtful weighings, removed
 * suspicion, steps out of order.
 *
 * <pre>{@code
 * qt().forAll(Generators.sequences()).checkAssert(moves -> {
 *     for (Replay.Step step : Replay.run(engine, protocol, moves)) { ... }
 * });
 * }</pre>
 */
public final class Generators {

    /**
     * Synthetic names of other children or parents, for an engine that knows them
     * ({@code KnownNames.of(KNOWN_NAMES)}); some generated logbook entries mention the first.
     */
    public static final List<String> KNOWN_NAMES = List.of("Zoë Testkind", "Bram Voorbeeld");

    private Generators() {}

    /** Actors of every role, with a few staff ids. */
    public static Gen<Actor> actors() {
        return Generate.pick(List.of(Role.values()))
                .zip(
                        Generate.range(1, 3),
                        (role, n) -> Actor.of(role, role.name().toLowerCase() + "-" + n));
    }

    /** Single moves: any kind of action by any role, guided along the usual path six times in ten. */
    public static Gen<Move> moves() {
        return Generate.pick(List.of(ActionType.values()))
                .zip(
                        Generate.pick(List.of(Role.values())),
                        Generate.range(0, 1023),
                        Generate.range(0, 9).map(i -> i < 6),
                        Move::new);
    }

    /**
     * Single moves for the national framework: as {@link #moves()}, and also with the framework's
     * "no" answers (bits 10–12 of {@link Move}: the school cannot help, those involved are not willing,
     * the pupil unnamed in a report, a help deadline two weeks ahead).
     */
    public static Gen<Move> nationalMoves() {
        return Generate.pick(List.of(ActionType.values()))
                .zip(
                        Generate.pick(List.of(Role.values())),
                        Generate.range(0, (1 << 13) - 1),
                        Generate.range(0, 9).map(i -> i < 6),
                        Move::new);
    }

    /** Actions of every type at the given moment, filled in at random (not guided). */
    public static Gen<Action> actions(Instant at) {
        return moves().map(m -> new Move(m.type(), m.role(), m.bits(), false).action(at));
    }

    /**
     * The kinds of action at the protocol's edges (issues 13 and 14): acute danger, skips, the staff
     * route with its substitutes, telling the parents, safety exceptions and help; with the steps
     * they meet.
     */
    private static final List<ActionType> EDGES = List.of(
            ActionType.ACUTE_DANGER,
            ActionType.CONVERSATION_SKIP,
            ActionType.STAFF_SUSPICION,
            ActionType.SUBSTITUTION,
            ActionType.BOARD_NOTIFICATION,
            ActionType.INSPECTOR_CONSULTATION,
            ActionType.ACCUSED_AND_PARENTS_INFORMED,
            ActionType.POLICE_REPORT,
            ActionType.TELLING_ARRANGEMENT,
            ActionType.REPORT,
            ActionType.REPORT_CONVERSATION,
            ActionType.CLOSURE,
            ActionType.IB_NOTIFICATION,
            ActionType.LOG_ENTRY,
            ActionType.RISK_ASSESSMENT,
            ActionType.DECISION,
            ActionType.ADVICE,
            ActionType.SAFETY_EXCEPTION,
            ActionType.HELP_AGREEMENT,
            ActionType.HELP_EVALUATION);

    /**
     * Moves at the protocol's edges: half of them guided along the usual path, the others of a kind
     * from {@link #EDGES} by any role, so that acute danger, skips for danger and staff suspicions
     * (also of the IB and a director) meet every step.
     */
    public static Gen<Move> edgeMoves() {
        // bits 10-12: the national framework's "no" answers too (Move), in both protocols
        return Generate.pick(EDGES)
                .zip(
                        Generate.pick(List.of(Role.values())),
                        Generate.range(0, (1 << 13) - 1),
                        Generate.range(0, 9).map(i -> i < 5),
                        (type, role, bits, guided) -> new Move(type, boardMostly(type, role, bits), bits, guided));
    }

    /** The board's own actions are taken by the board four times in five, so that its route is walked. */
    private static Role boardMostly(ActionType type, Role role, int bits) {
        boolean boards = type == ActionType.INSPECTOR_CONSULTATION
                || type == ActionType.ACCUSED_AND_PARENTS_INFORMED
                || type == ActionType.POLICE_REPORT
                || type == ActionType.SUBSTITUTION;
        return boards && bits % 5 != 0 ? Role.BOARD : role;
    }

    /**
     * Openings that walk an edge route to its end, so that the moves after them meet it: acute
     * danger reported at once by a teacher; a caretaker suspected of a sexual offence, through the
     * inspector's reasonable suspicion to the police report; the IB or a director suspected and a
     * substitute designated; or no opening at all.
     */
    private static final List<List<Move>> OPENINGS = List.of(
            List.of(),
            List.of(
                    new Move(ActionType.LOG_ENTRY, Role.TEACHER, 0, false),
                    new Move(ActionType.ACUTE_DANGER, Role.TEACHER, 0, false),
                    new Move(ActionType.REPORT, Role.TEACHER, 0, false)),
            List.of(
                    new Move(ActionType.STAFF_SUSPICION, Role.TEACHER, 3 | 1 << 7, false),
                    new Move(ActionType.BOARD_NOTIFICATION, Role.TEACHER, 0, false),
                    new Move(ActionType.INSPECTOR_CONSULTATION, Role.BOARD, 1 << 8, false),
                    new Move(ActionType.ACCUSED_AND_PARENTS_INFORMED, Role.BOARD, 0, false),
                    new Move(ActionType.POLICE_REPORT, Role.BOARD, 0, false)),
            List.of(
                    new Move(ActionType.STAFF_SUSPICION, Role.TEACHER, 1, false),
                    new Move(ActionType.BOARD_NOTIFICATION, Role.TEACHER, 0, false),
                    new Move(ActionType.SUBSTITUTION, Role.BOARD, 0, false)),
            List.of(
                    new Move(ActionType.STAFF_SUSPICION, Role.TEACHER, 2, false),
                    new Move(ActionType.BOARD_NOTIFICATION, Role.TEACHER, 0, false),
                    new Move(ActionType.SUBSTITUTION, Role.BOARD, 1 << 8, false)));

    /** Sequences at the protocol's edges: one of the {@link #OPENINGS}, then 1 to 45 moves at the edges. */
    public static Gen<List<Move>> edgeSequences() {
        return Generate.pick(OPENINGS).zip(SourceDSL.lists().of(edgeMoves()).ofSizeBetween(1, 45), (opening, rest) -> {
            List<Move> all = new java.util.ArrayList<>(opening);
            all.addAll(rest);
            return all;
        });
    }

    /** Sequences of 1 to 60 moves. */
    public static Gen<List<Move>> sequences() {
        return sequences(1, 60);
    }

    /** Sequences of moves of a length between the bounds. */
    public static Gen<List<Move>> sequences(int min, int max) {
        return SourceDSL.lists().of(moves()).ofSizeBetween(min, max);
    }
}
