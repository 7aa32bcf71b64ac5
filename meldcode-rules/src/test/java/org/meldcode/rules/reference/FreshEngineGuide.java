package org.meldcode.rules.reference;

import org.meldcode.model.Case;
import org.meldcode.model.InspectorConsultation;
import org.meldcode.rules.Story;

/**
 * Prints the engine's and the reference's obligations for one case, in a JVM of its own, where the
 * engine has ruled on nothing else before: the guidance must not depend on what the JVM did earlier
 * (K1 in {@link ReferenceAgreementTest}). Each line: {@code guide <engine> <reference>}.
 */
public final class FreshEngineGuide {

    private FreshEngineGuide() {}

    /** The case of K1: a staff member suspected, the board informed, a reasonable suspicion found. */
    static Case reasonableSuspicionFound() {
        return Story.newCase()
                .boardInformed(true)
                .given(at -> new InspectorConsultation(at, Story.BOARD, true))
                .caseFile();
    }

    public static void main(String[] args) {
        Case c = reasonableSuspicionFound();
        ReferenceEvaluator reference = new ReferenceEvaluator();
        for (int call = 1; call <= 4; call++) {
            System.out.println("guide " + ReferenceAgreementTest.engineGuide(c).obligations() + " "
                    + reference.guide(c).obligations());
        }
    }
}
