package org.example.school;

import java.time.Instant;
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

/** Runs one case through the engine on the module path and checks the answers; exit 1 if wrong. */
public final class Main {

    private Main() {}

    /** Opens a case, stores it as JSON, reads it back and asks whether an early report is permitted. */
    public static void main(String[] args) {
        Instant now = Instant.parse("2026-12-01T09:00:00Z");
        MeldcodeEngine engine = MeldcodeRules.engine();
        Case c = Case.open("case-17", "pupil-8f3a", ProtocolRef.STAPPENPLAN_2021);
        c = engine.apply(c, new IbNotification(now, Actor.of(Role.TEACHER, "lk-104"))).caseFile();
        c = CaseJson.read(CaseJson.write(c));
        Ruling early = engine.evaluate(c, Report.by(Actor.of(Role.DIRECTOR, "dir-301")).at(now).pupilIdentified().build());
        int step = engine.guide(c).currentStep().number();
        boolean named = Main.class.getModule().isNamed() && MeldcodeRules.class.getModule().isNamed();
        System.out.println("modules named: " + named + ", early report permitted: " + early.permitted()
                + ", clauses: " + early.findings().size() + ", step: " + step + ", in Dutch: "
                + early.findings().get(0).explanation().dutch().length() + " characters");
        if (!named || early.permitted() || early.findings().isEmpty()) {
            System.exit(1);
        }
    }
}
