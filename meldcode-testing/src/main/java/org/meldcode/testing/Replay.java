package org.meldcode.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

    /**
     * The keys of the refusals of a repeat that changes nothing (docs/protocol.md, "Repeats that
     * change nothing"): a guided step refused only for one of them is on record already.
     */
    static final Set<String> REPEAT_REFUSALS = Set.of(
            "refusal.ib-already-informed",
            "refusal.skip-again",
            "refusal.skip-after-parents-told",
            "refusal.lk.skip-after-parents-told",
            "refusal.pupil-conversation-again",
            "refusal.parents-conversation-again",
            "refusal.lk.parents-conversation-again",
            "refusal.readiness-after-pupil-conversation",
            "refusal.readiness-repeated",
            "refusal.parents-already-told");

    /**
     * Whether a guided move's result takes the usual path a step on: it was permitted, or refused
     * only as a repeat of what is on record already (an unguided move took that step before), so that
     * the path does not stall on a step the case has taken.
     *
     * @param result the engine's result for a guided move
     * @return true when the path goes on to its next step
     */
    public static boolean takesPathStep(Result result) {
        return result.permitted()
                || result.ruling().findings().stream()
                        .allMatch(f -> REPEAT_REFUSALS.contains(f.explanation().key()));
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
            if (m.guided() && takesPathStep(result)) {
                pathIndex++;
            }
            c = result.caseFile();
        }
        return steps;
    }
}
