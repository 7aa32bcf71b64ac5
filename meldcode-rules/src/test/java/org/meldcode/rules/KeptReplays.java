package org.meldcode.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.protocol.Protocol;
import org.meldcode.testing.Move;
import org.meldcode.testing.Replay;

/**
 * Replays of generated sequences through one engine, kept for the properties of one invariants
 * class: all its properties see the same sequences (same seed), so each sequence is replayed once
 * and its steps shared. Replays through another engine (rule ablation) are not kept. At most 12,000
 * are kept, the least recently used dropped first; {@link #clear} lets them all go.
 */
final class KeptReplays {

    private final MeldcodeEngine engine;
    private final Protocol protocol;
    private final Map<List<Move>, List<Replay.Step>> kept =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Move>, List<Replay.Step>> eldest) {
                    return size() > 12_000;
                }
            });

    KeptReplays(MeldcodeEngine engine, Protocol protocol) {
        this.engine = engine;
        this.protocol = protocol;
    }

    /** The steps of the sequence replayed through the given engine: kept if it is this one's. */
    List<Replay.Step> replay(MeldcodeEngine through, List<Move> moves) {
        if (through != engine) {
            return Replay.run(through, protocol, moves);
        }
        return kept.computeIfAbsent(List.copyOf(moves), m -> Replay.run(engine, protocol, m));
    }

    /** Lets every kept replay go. */
    void clear() {
        kept.clear();
    }
}
