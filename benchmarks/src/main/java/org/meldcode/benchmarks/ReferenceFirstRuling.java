package org.meldcode.benchmarks;

import java.time.Instant;
import java.util.Set;
import org.meldcode.model.Action;
import org.meldcode.model.Actor;
import org.meldcode.model.Case;
import org.meldcode.model.IbNotification;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Report;
import org.meldcode.model.Role;
import org.meldcode.rules.reference.ReferenceEvaluator;

/**
 * The floor of the start-up figure: a plain-Java program that starts and does the snippet's work
 * with the reference reading instead of the rules (apply, evaluate, guide with who may do what
 * next), then prints {@code READY <epoch microseconds>}.
 */
public final class ReferenceFirstRuling {

    private ReferenceFirstRuling() {}

    public static void main(String[] args) {
        Instant now = Instant.now();
        ReferenceEvaluator reference = new ReferenceEvaluator();
        Case c = Case.open("case-17", "pupil-8f3a", ProtocolRef.STAPPENPLAN_2021);
        Action notify = new IbNotification(now, Actor.of(Role.TEACHER, "lk-104"));
        if (reference.refusals(c, notify).isEmpty()) {
            c = c.append(notify);
        }
        Set<String> refused = reference.refusals(c, new Report(now, Actor.of(Role.DIRECTOR, "dir-301"), true, true));
        for (String clause : refused) {
            System.out.println(clause);
        }
        ReferenceGuide.Answer g = new ReferenceGuide(reference).guide(c);
        Instant done = Instant.now();
        System.out.println(
                "READY " + FirstRuling.micros(done) + " step=" + g.guide().currentStep());
    }
}
