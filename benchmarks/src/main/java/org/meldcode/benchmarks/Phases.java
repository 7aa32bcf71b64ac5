package org.meldcode.benchmarks;

import java.time.Instant;
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

/**
 * Where a fresh JVM's time to the first ruling goes: the snippet's calls one by one, each timed,
 * printed as {@code PHASES main=.. engine=.. apply=.. evaluate=.. guide=..} in microseconds since
 * {@link Startup} launched the JVM ({@code -Dbench.launchedAt}).
 */
public final class Phases {

    private Phases() {}

    public static void main(String[] args) {
        long launched = Long.parseLong(System.getProperty("bench.launchedAt", "0"));
        long main = now() - launched;
        Instant at = Instant.now();
        MeldcodeEngine engine = MeldcodeRules.engine();
        long engineReady = now() - launched;
        Case c = Case.open("case-17", "pupil-8f3a", ProtocolRef.STAPPENPLAN_2021);
        Result r = engine.apply(c, new IbNotification(at, Actor.of(Role.TEACHER, "lk-104")));
        long applied = now() - launched;
        Ruling ruling = engine.evaluate(
                r.caseFile(),
                Report.by(Actor.of(Role.DIRECTOR, "dir-301"))
                        .at(at)
                        .pupilIdentified()
                        .reporterWithheldFromFamily()
                        .build());
        long evaluated = now() - launched;
        Guidance g = engine.guide(r.caseFile());
        long guided = now() - launched;
        System.out.println("PHASES main=" + main + " engine=" + engineReady + " apply=" + applied + " evaluate="
                + evaluated + " guide=" + guided + " refused="
                + ruling.clauseIds().size() + " step="
                + g.currentStep().number());
        System.out.println("READY " + now());
    }

    private static long now() {
        return FirstRuling.micros(Instant.now());
    }
}
