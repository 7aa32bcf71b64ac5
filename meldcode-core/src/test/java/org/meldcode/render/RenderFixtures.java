package org.meldcode.render;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.Obligation;
import org.meldcode.model.Action;
import org.meldcode.model.Actor;
import org.meldcode.model.Advice;
import org.meldcode.model.Case;
import org.meldcode.model.Closure;
import org.meldcode.model.Consultation;
import org.meldcode.model.ConversationSkip;
import org.meldcode.model.Decision;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.IbNotification;
import org.meldcode.model.LogEntry;
import org.meldcode.model.ParentsConversation;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.PupilConversation;
import org.meldcode.model.PupilReadinessCheck;
import org.meldcode.model.Report;
import org.meldcode.model.ReportConversation;
import org.meldcode.model.RiskAssessment;
import org.meldcode.model.Role;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.model.Threat;
import org.meldcode.model.Topic;
import org.meldcode.protocol.Message;
import org.meldcode.protocol.Protocol;
import org.w3c.dom.Document;

/** Synthetic cases for the render tests: opaque ids, invented facts, no real people. */
final class RenderFixtures {

    static final Protocol STAPPENPLAN = Protocol.of(ProtocolRef.STAPPENPLAN_2021);
    static final Actor TEACHER = Actor.of(Role.TEACHER, "staff-lk-7731");
    static final Actor IB = Actor.of(Role.INTERN_BEGELEIDER, "staff-ib-4402");
    static final Actor DIRECTOR = Actor.of(Role.DIRECTOR, "staff-dir-9913");
    static final Actor SOCIAL_WORKER = Actor.of(Role.SCHOOL_SOCIAL_WORKER, "staff-smw-5150");
    static final List<String> STAFF_IDS = List.of("staff-lk-7731", "staff-ib-4402", "staff-dir-9913", "staff-smw-5150");
    static final Instant T0 = Instant.parse("2026-03-02T08:15:00Z");
    static final String INJURY = "Blauwe plek van ongeveer 3 cm op de rechteronderarm, gezien bij het binnenkomen.";
    static final String OTHER_CHILD = "Een klasgenoot vertelde dat Mirthe Testkind haar zag huilen bij het hek.";
    static final String SKIP_REASON = "Vader dreigde eerder de leerling te straffen als er met school gepraat werd.";
    static final String GROUNDS = "Zeer sterk vermoeden van structurele onveiligheid; hulp is eerder geweigerd.";

    private RenderFixtures() {}

    static Instant day(int days, int minutes) {
        return T0.plusSeconds(86_400L * days + 60L * minutes);
    }

    static Case build(String id, List<Action> actions) {
        Case c = Case.open(id, "pupil-x91", ProtocolRef.STAPPENPLAN_2021);
        for (Action a : actions) {
            c = c.append(a);
        }
        return c;
    }

    /** A case of the given number of logbook entries by one teacher, one a minute. */
    static Case entries(int count) {
        List<Action> actions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            actions.add(new LogEntry(
                    day(0, i),
                    TEACHER,
                    day(0, i).atZone(Fmt.ZONE).toLocalDate(),
                    Signal.BEHAVIOUR,
                    Source.OWN_OBSERVATION,
                    "Synthetic observation.",
                    false));
        }
        return build("case-render-huge", actions);
    }

    /** Step 3 skipped, a report made and the parents told, then closed; with advice and a relayed fact. */
    static Case reportedCase() {
        List<Action> a = new ArrayList<>();
        a.add(new LogEntry(
                day(0, 0), TEACHER, LocalDate.of(2026, 3, 2), Signal.INJURY, Source.OWN_OBSERVATION, INJURY, false));
        a.add(new IbNotification(day(0, 30), TEACHER));
        a.add(new LogEntry(
                day(1, 0),
                TEACHER,
                LocalDate.of(2026, 2, 27),
                Signal.STATEMENT,
                Source.OTHER_CHILD,
                OTHER_CHILD,
                false));
        a.add(new Consultation(day(2, 0), IB, Set.of(TEACHER, IB, SOCIAL_WORKER), true));
        a.add(new Advice(day(2, 60), IB, true));
        a.add(new ConversationSkip(day(3, 0), IB, Set.of(Threat.CHILD), SKIP_REASON));
        a.add(new RiskAssessment(
                day(4, 0),
                IB,
                Set.of(TEACHER, IB),
                SuspicionLevel.VERY_STRONG,
                false,
                true,
                true,
                "Weighed on what steps 1 to 3 brought."));
        a.add(new Decision(
                day(5, 0), IB, Set.of(IB, DIRECTOR), DecisionKind.REPORT, true, false, false, false, GROUNDS));
        a.add(new Report(day(5, 60), IB, true, false));
        a.add(new ReportConversation(day(6, 0), IB, Set.of(IB, DIRECTOR), true));
        a.add(new Closure(day(7, 0), IB, "Gemeld en ouders ingelicht."));
        return build("case-render-001", a);
    }

    /** Step 3 held: pupil readiness, the pupil's and the parents' conversation. */
    static Case talkedCase() {
        List<Action> a = new ArrayList<>();
        a.add(new LogEntry(
                day(0, 0),
                TEACHER,
                LocalDate.of(2026, 3, 2),
                Signal.NEGLECT,
                Source.OWN_OBSERVATION,
                "Komt drie dagen op rij zonder lunch.",
                false));
        a.add(new IbNotification(day(0, 10), TEACHER));
        a.add(new Consultation(day(1, 0), IB, Set.of(TEACHER, IB, SOCIAL_WORKER), true));
        a.add(new PupilReadinessCheck(day(2, 0), TEACHER, Set.of(TEACHER, IB), true));
        a.add(new PupilConversation(day(2, 30), TEACHER, false));
        a.add(new ParentsConversation(
                day(3, 0),
                IB,
                Set.of(IB, DIRECTOR),
                Set.of(Topic.PURPOSE, Topic.LOGGED_SIGNALS, Topic.PARENTS_RESPONSE),
                false));
        return build("case-render-002", a);
    }

    static Guidance guidance(Case c, int step, boolean closed, String... owed) {
        List<Obligation> obligations = new ArrayList<>();
        for (int i = 0; i < owed.length; i += 2) {
            obligations.add(new Obligation(STAPPENPLAN.clause(owed[i]), Message.of(owed[i + 1])));
        }
        return new Guidance(c.id(), STAPPENPLAN.step(step), closed, obligations, List.of());
    }

    /** Parses XML the way a strict consumer does: no DTD loading, no external entities. */
    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }
}
