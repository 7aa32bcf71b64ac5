package org.meldcode.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;
import org.meldcode.engine.Finding;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.NextAction;
import org.meldcode.engine.Obligation;
import org.meldcode.engine.Result;
import org.meldcode.model.Action;
import org.meldcode.model.Actor;
import org.meldcode.model.Case;
import org.meldcode.model.Consultation;
import org.meldcode.model.Decision;
import org.meldcode.model.IbNotification;
import org.meldcode.model.LogEntry;
import org.meldcode.model.ParentsConversation;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Report;
import org.meldcode.model.ReportConversation;
import org.meldcode.model.RiskAssessment;
import org.meldcode.model.Role;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.model.Topic;
import org.meldcode.protocol.Message;
import org.meldcode.rules.MeldcodeRules;

/**
 * The main demonstration: a fictional case walked from the first signal to the report and the
 * conversation with the parents, printing each ruling with the clause behind it, including two
 * refused actions with their explanations. All names, ids and texts are synthetic.
 *
 * <p>Run: {@code java -jar examples/target/meldcode-demo.jar [--lang en]}, or
 * {@code java -jar examples/target/meldcode.jar demo [--lang en]}.
 */
public final class Demo {

    private static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Amsterdam");
    private static final LocalTime SCHOOL_DAY_START = LocalTime.of(8, 0);
    private static final LocalTime SCHOOL_DAY_END = LocalTime.of(17, 0);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SCHOOL_ZONE);

    private static final Actor TEACHER = Actor.of(Role.TEACHER, "lk-104");
    private static final Actor IB = Actor.of(Role.INTERN_BEGELEIDER, "ib-201");
    private static final Actor DIRECTOR = Actor.of(Role.DIRECTOR, "dir-301");
    private static final Actor SOCIAL_WORKER = Actor.of(Role.SCHOOL_SOCIAL_WORKER, "smw-401");

    private final MeldcodeEngine engine = MeldcodeRules.engine();
    private final PrintWriter out;
    private final Locale lang;
    private Case caseFile = Case.open("demo-2026-017", "leerling-8f3a", ProtocolRef.STAPPENPLAN_2021);
    private Instant clock = Instant.parse("2026-09-07T07:40:00Z");
    private int permitted;
    private int refused;

    Demo(PrintStream out, Locale lang) {
        this(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true), lang);
    }

    Demo(PrintWriter out, Locale lang) {
        this.out = out;
        this.lang = lang;
    }

    /**
     * Runs the demonstration, writing to the given output (the command line's {@code demo}).
     *
     * @param out  where the demonstration is written
     * @param lang Dutch ({@link Message#DUTCH}) or English
     */
    public static void run(PrintWriter out, Locale lang) throws IOException {
        new Demo(out, lang).run();
    }

    /**
     * Runs the demonstration.
     *
     * @param args {@code --lang en} for English; Dutch otherwise
     */
    public static void main(String[] args) throws IOException {
        Locale lang = args.length == 2 && "--lang".equals(args[0]) ? Locale.forLanguageTag(args[1]) : Message.DUTCH;
        if (args.length != 0 && args.length != 2) {
            System.err.println("usage: java -jar meldcode-demo.jar [--lang nl|en]");
            System.exit(2);
        }
        new Demo(new PrintStream(System.out, true, StandardCharsets.UTF_8), lang).run();
    }

    void run() throws IOException {
        Properties school = school();
        boolean en = "en".equals(lang.getLanguage());
        out.println(
                en
                        ? "meldcode demo: a fictional case at " + school.getProperty("school.name")
                        : "meldcode demo: een fictieve casus op " + school.getProperty("school.name"));
        out.println((en ? "Protocol: " : "Protocol: ") + caseFile.protocol() + ", " + school.getProperty("vt.region")
                + " " + school.getProperty("vt.phone"));
        out.println();

        take(at -> LogEntry.by(TEACHER)
                .at(at)
                .observedOn(LocalDate.of(2026, 9, 7))
                .signal(Signal.INJURY)
                .source(Source.OWN_OBSERVATION)
                .text("Blauwe plek van ca. 4 cm op de linkerbovenarm, gezien bij de gymles.")
                .build());
        take(at -> LogEntry.by(TEACHER)
                .at(at)
                .observedOn(LocalDate.of(2026, 9, 7))
                .signal(Signal.STATEMENT)
                .source(Source.OTHER_CHILD)
                .text("Een ander kind vertelde dat de leerling 's avonds vaak alleen thuis is.")
                .build());
        guide();
        take(at -> new IbNotification(at, TEACHER));
        take(at -> Consultation.by(IB).at(at).with(TEACHER, SOCIAL_WORKER).build()); // refused: named
        take(at -> Consultation.by(IB)
                .at(at)
                .with(TEACHER, SOCIAL_WORKER)
                .anonymous()
                .build());
        take(at -> ParentsConversation.by(IB)
                .at(at)
                .with(DIRECTOR, TEACHER)
                .topics(Topic.values())
                .build());
        take(at -> ParentsConversation.by(IB)
                .at(at)
                .with(DIRECTOR)
                .topics(Topic.values())
                .build());
        take(at -> RiskAssessment.by(IB)
                .at(at)
                .with(TEACHER)
                .level(SuspicionLevel.VERY_STRONG)
                .structuralUnsafety()
                .discussedWithManagement()
                .grounds("Gewogen op wat stap 1 tot en met 3 opleverden.")
                .build());
        take(at -> Decision.by(IB)
                .at(at)
                .with(DIRECTOR)
                .toReport()
                .schoolCanHelp()
                .grounds("Zeer sterk vermoeden van structurele onveiligheid; ouders wijzen hulp af.")
                .build());
        take(at -> Report.by(IB)
                .at(at)
                .pupilIdentified()
                .reporterWithheldFromFamily()
                .build()); // refused: the reporter withheld from the family
        take(at -> Report.named(at, IB));
        guide();
        take(at -> ReportConversation.by(DIRECTOR).at(at).with(IB).inPerson().build());
        guide();
        out.println();
        out.println(
                en
                        ? permitted + " actions permitted, " + refused + " refused; the case has " + caseFile.size()
                                + " events."
                        : permitted + " handelingen toegestaan, " + refused + " geweigerd; de casus heeft "
                                + caseFile.size() + " gebeurtenissen.");
        out.flush();
    }

    /**
     * The next moment of the demo's school day: two hours on, or, when that falls outside school
     * hours (08:00 to 17:00 in Europe/Amsterdam, Monday to Friday), 08:30 on the next school day.
     */
    static Instant nextSchoolMoment(Instant now) {
        ZonedDateTime next = now.plus(Duration.ofHours(2)).atZone(SCHOOL_ZONE);
        if (isSchoolHours(next.toInstant())) {
            return next.toInstant();
        }
        ZonedDateTime day = next.toLocalTime().isBefore(SCHOOL_DAY_START)
                ? next.toLocalDate().atStartOfDay(SCHOOL_ZONE)
                : next.toLocalDate().plusDays(1).atStartOfDay(SCHOOL_ZONE);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.toLocalDate().atTime(8, 30).atZone(SCHOOL_ZONE).toInstant();
    }

    /** Whether a moment is in school hours: 08:00 to 17:00 in Europe/Amsterdam, Monday to Friday. */
    static boolean isSchoolHours(Instant at) {
        ZonedDateTime local = at.atZone(SCHOOL_ZONE);
        LocalTime time = local.toLocalTime();
        return local.getDayOfWeek() != DayOfWeek.SATURDAY
                && local.getDayOfWeek() != DayOfWeek.SUNDAY
                && !time.isBefore(SCHOOL_DAY_START)
                && !time.isAfter(SCHOOL_DAY_END);
    }

    private void take(Function<Instant, Action> step) {
        clock = nextSchoolMoment(clock);
        Action action = step.apply(clock);
        Result result = engine.apply(caseFile, action);
        caseFile = result.caseFile();
        boolean ok = result.permitted();
        if (ok) {
            permitted++;
        } else {
            refused++;
        }
        String verdict =
                "en".equals(lang.getLanguage()) ? (ok ? "PERMITTED" : "REFUSED") : (ok ? "TOEGESTAAN" : "GEWEIGERD");
        out.printf(
                "%s  %-26s %-44s %s%n",
                WHEN.format(action.at()), who(action.actor()), Message.render(action.type(), lang), verdict);
        for (Finding f : result.ruling().findings()) {
            out.printf("      %-7s %s%n", f.clauseId(), f.clause().text(lang));
            out.printf("      %-7s -> %s%n", "", f.explanation().in(lang));
            out.printf("      %-7s => %s%n", "", f.remedy().in(lang));
        }
    }

    private void guide() {
        Guidance g = engine.guide(caseFile);
        boolean en = "en".equals(lang.getLanguage());
        out.printf(
                "   %s %d: %s%n",
                en ? "== Step" : "== Stap",
                g.currentStep().number(),
                g.currentStep().name(lang));
        for (Obligation o : g.obligations()) {
            out.printf(
                    "      %s %-7s %s%n",
                    en ? "owed" : "open", o.clause().id(), o.text().in(lang));
        }
        StringBuilder next = new StringBuilder();
        for (NextAction n : g.nextActions()) {
            if (next.length() > 0) {
                next.append("; ");
            }
            next.append(Message.render(n.type(), lang))
                    .append(" (")
                    .append(Message.render(n.roles(), lang))
                    .append(')');
        }
        out.printf("      %s %s%n", en ? "next:" : "kan nu:", next);
    }

    private String who(Actor actor) {
        return Message.render(actor.role(), lang) + " " + actor.staffId();
    }

    private static Properties school() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Demo.class.getResourceAsStream("/demo-school.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
