package org.meldcode.examples.modular;

import java.time.Instant;
import java.util.Locale;
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

/**
 * A host application on the module path: it applies a step, asks for a refused one, prints the
 * refusal in Dutch and English, the guidance, and a case written to JSON and read back. Each line
 * is checked by ModularHostIT.
 */
public final class ModularHost {

    private ModularHost() {}

    /**
     * Runs the host once.
     *
     * @param args none
     */
    public static void main(String[] args) {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        MeldcodeEngine engine = MeldcodeRules.engine();

        Case c = Case.open("case-17", "pupil-8f3a", ProtocolRef.STAPPENPLAN_2021);
        c = engine.apply(c, new IbNotification(now, Actor.of(Role.TEACHER, "lk-104")))
                .caseFile();

        Ruling ruling = engine.evaluate(c, Report.named(now.plusSeconds(60), Actor.of(Role.DIRECTOR, "dir-301")));
        System.out.println("ruling: " + (ruling.permitted() ? "permitted" : "refused " + ruling.clauseIds()));
        for (Finding f : ruling.findings()) {
            System.out.println("nl " + f.clauseId() + ": " + f.explanation().dutch());
            System.out.println("en " + f.clauseId() + ": " + f.explanation().in(Locale.ENGLISH));
        }
        Guidance g = engine.guide(c);
        System.out.println("step: " + g.currentStep().number());

        Case national = Case.open("case-18", "pupil-9b2c", ProtocolRef.LANDELIJK_2019);
        Ruling first = engine.evaluate(national, new IbNotification(now, Actor.of(Role.TEACHER, "lk-104")));
        System.out.println("national: " + (first.permitted() ? "permitted" : "refused " + first.clauseIds()));
        System.out.println(
                "national step: " + engine.guide(national).currentStep().number());

        Case back = CaseJson.read(CaseJson.write(c));
        System.out.println("json: " + (back.equals(c) ? "same case" : "different case"));

        Module rules = MeldcodeRules.class.getModule();
        System.out.println("module: " + rules.getName() + (rules.getDescriptor().isAutomatic() ? " (automatic)" : ""));
        System.out.println("module: " + CaseJson.class.getModule().getName());
        System.out.println("module: " + Case.class.getModule().getName());
    }
}
