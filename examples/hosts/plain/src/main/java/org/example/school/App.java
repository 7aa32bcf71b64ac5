package org.example.school;

import java.time.Instant;
import org.meldcode.engine.Finding;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Ruling;
import org.meldcode.json.CaseJson;
import org.meldcode.model.Actor;
import org.meldcode.model.Case;
import org.meldcode.model.IbNotification;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Report;
import org.meldcode.model.Role;
import org.meldcode.rules.MeldcodeRules;

/** A school system's use of meldcode, as the README shows it: one case, one refusal, stored as JSON. */
public final class App {

    static final MeldcodeEngine ENGINE = MeldcodeRules.engine();

    private App() {}

    /** Opens a case, records the teacher's notification and asks whether the director may report. */
    static Ruling earlyReport(Instant now) {
        Case c = Case.open("case-17", "pupil-8f3a", ProtocolRef.STAPPENPLAN_2021);
        c = ENGINE.apply(c, new IbNotification(now, Actor.of(Role.TEACHER, "lk-104"))).caseFile();
        c = CaseJson.read(CaseJson.write(c)); // what the school stores, read back
        return ENGINE.evaluate(c, Report.by(Actor.of(Role.DIRECTOR, "dir-301")).at(now).pupilIdentified().build());
    }

    /** The guidance of a case that has just been opened. */
    static Guidance fresh() {
        return ENGINE.guide(Case.open("case-18", "pupil-2c1d", ProtocolRef.STAPPENPLAN_2021));
    }

    /** Prints the refusal's clauses and the first step of a new case. */
    public static void main(String[] args) {
        for (Finding f : earlyReport(Instant.now()).findings()) {
            System.out.println(f.clauseId() + " " + f.explanation().dutch());
        }
        System.out.println("step " + fresh().currentStep().number());
    }
}
