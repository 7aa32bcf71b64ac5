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

    /** Actions of every type at the given moment, filled in at random (not guided). */
    public static Gen<Action> actions(Instant at) {
        return moves().map(m -> new Move(m.type(), m.role(), m.bits(), false).action(at));
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
