package org.meldcode.model;

import java.time.Instant;

/**
 * A recorded exception, for safety's sake, to what the national framework asks of a report: that
 * the parents are told of it ("open melden, tenzij"), or that it names the school and the pupil.
 *
 * @param at     when the exception was recorded
 * @param actor  who records it
 * @param kind   what the exception allows
 * @param threat whose safety, or which relationship, the usual way would threaten
 * @param grounds why, in a few factual sentences
 */
public record SafetyException(Instant at, Actor actor, ExceptionKind kind, Threat threat, String grounds)
        implements Action {

    /** Validates the fields. */
    public SafetyException {
        Checks.moment(at, "SafetyException.at");
        Checks.present(actor, "SafetyException.actor");
        Checks.present(kind, "SafetyException.kind");
        Checks.present(threat, "SafetyException.threat");
        Checks.text(grounds, "SafetyException.grounds");
    }

    @Override
    public ActionType type() {
        return ActionType.SAFETY_EXCEPTION;
    }

    /** Leaves out the free text, which may hold pupil data; only its length is shown. */
    @Override
    public String toString() {
        return "SafetyException[at=" + at + ", actor=" + actor + ", kind=" + kind + ", threat=" + threat + ", grounds=<"
                + grounds.length() + " chars>]";
    }
}
