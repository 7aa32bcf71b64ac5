package org.meldcode.examples;

import java.time.Instant;
import org.meldcode.engine.Finding;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Result;
import org.meldcode.engine.Ruling;
import org.meldcode.model.Actor;
import org.meldcode.model.Case;
import org.meldcode.model.IbNotification;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Report;
import org.meldcode.model.Role;
import org.meldcode.rules.MeldcodeRules;

/** The embedding snippet of the README, as code that compiles and runs (EmbeddingTest). */
public final class Embedding {

    private Embedding() {}

    /** Runs the snippet and returns the guidance it ends with. */
    public static Guidance run(Instant now) {
        // --- README snippet ---
        MeldcodeEngine engine = MeldcodeRules.engine(); // once; thread-safe, share it
        Actor teacher = Actor.of(Role.TEACHER, "lk-104");
        Actor director = Actor.of(Role.DIRECTOR, "dir-301");

        Case c = Case.open("case-17", "pupil-8f3a", ProtocolRef.STAPPENPLAN_2021);
        Result r = engine.apply(c, new IbNotification(now, teacher));
        c = r.caseFile(); // the event is appended when permitted

        Report report = Report.by(director).at(now).pupilIdentified().build();
        Ruling ruling = engine.evaluate(c, report);
        for (Finding f : ruling.findings()) { // refused: why, and under which clause
            System.out.println(f.clauseId() + " " + f.explanation().dutch());
        }
        Guidance g = engine.guide(c); // current step, open obligations, who may do what next
        // --- end of snippet ---
        return g;
    }

    /** Runs the snippet once. */
    public static void main(String[] args) {
        System.out.println(run(Instant.now()).currentStep().number());
    }
}
