package org.meldcode.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Result;
import org.meldcode.model.Action;
import org.meldcode.model.Case;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Protocol;

/** Applies a generated sequence of moves to a new case through an engine, step by step. */
public final class Replay {

    /** The first moment of a replayed case; each move comes half an hour after the previous. */
    public static final Instant START = Instant.parse("2026-09-07T07:00:00Z");

    private Replay() {}

    /**
     * One step of a replay.
     *
     * @param before the case before the step
     * @param action the action taken
     * @param result the engine's result: the ruling and the case after the step
     */
    public record Step(Case before, Action action, Result result) {

        /** The case after the step. */
        public Case after() {
            return result.caseFile();
        }
    }

    /** Replays the moves on a new case of the seed protocol. */
    public static List<Step> run(MeldcodeEngine engine, List<Move> moves) {
        return run(engine, Protocol.of(ProtocolRef.STAPPENPLAN_2021), moves);
    }

    /** Replays the moves on a new case of the given protocol. */
    public static List<Step> run(MeldcodeEngine engine, Protocol protocol, List<Move> moves) {
        Case c = Case.open("case-replay", "pupil-replay", protocol.ref());
        Instant at = START;
        int pathIndex = 0;
        List<Step> steps = new ArrayList<>(moves.size());
        for (Move generated : moves) {
            Move m = generated.resolve(pathIndex, protocol);
            at = at.plus(Duration.ofMinutes(30));
            Action action = m.action(at);
            Result result = engine.apply(c, action);
            steps.add(new Step(c, action, result));
            if (m.guided() && result.permitted()) {
                pathIndex++;
            }
            c = result.caseFile();
        }
        return steps;
    }
}
