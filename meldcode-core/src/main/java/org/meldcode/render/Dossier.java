package org.meldcode.render;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.KnownNames;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Obligation;
import org.meldcode.model.Action;
import org.meldcode.model.Actor;
import org.meldcode.model.AcuteDanger;
import org.meldcode.model.Advice;
import org.meldcode.model.Case;
import org.meldcode.model.Closure;
import org.meldcode.model.Consultation;
import org.meldcode.model.ConversationSkip;
import org.meldcode.model.Decision;
import org.meldcode.model.Event;
import org.meldcode.model.IbNotification;
import org.meldcode.model.LogEntry;
import org.meldcode.model.ParentsConversation;
import org.meldcode.model.PupilConversation;
import org.meldcode.model.PupilReadinessCheck;
import org.meldcode.model.Report;
import org.meldcode.model.ReportConversation;
import org.meldcode.model.RiskAssessment;
import org.meldcode.model.Source;
import org.meldcode.model.TellingArrangement;
import org.meldcode.model.Topic;
import org.meldcode.protocol.Message;
import org.meldcode.protocol.Protocol;

/**
 * A case's dossier: the chronological account of a case that the intern begeleider has at hand
 * when calling Veilig Thuis, rendered as Markdown or as a self-contained HTML page.
 *
 * <p>It lists every event of the case in order — signals with their observation date and source,
 * the notification of the intern begeleider, consultations, the conversations with the pupil and
 * the parents (with their topics), a skipped step 3 with its reason, the weighing, the decision and
 * its grounds, advice, the report, the parents being told and the closure — followed by what the
 * protocol still requires. Staff appear by role only, never by staff id; facts that did not come
 * from the writer's own observation are marked "from others". Free text from the case (logbook
 * facts, reasons, grounds) is included, passed through {@link KnownNames#redact} when the caller
 * gives the names to keep out. Labels come from the message bundle: Dutch by default, English for
 * an English locale. Times are shown in the Europe/Amsterdam time zone.
 *
 * <pre>{@code
 * String html = Dossier.of(caseFile, engine.guide(caseFile), schoolNames).html(Message.DUTCH);
 * }</pre>
 */
public final class Dossier {

    private final Case caseFile;
    private final Guidance guidance;
    private final KnownNames names;

    private Dossier(Case caseFile, Guidance guidance, KnownNames names) {
        this.caseFile = Objects.requireNonNull(caseFile, "caseFile is required");
        this.guidance = Objects.requireNonNull(guidance, "guidance is required");
        this.names = Objects.requireNonNull(names, "names is required");
    }

    /**
     * The dossier of a case, without name redaction.
     *
     * @param caseFile the case
     * @param guidance where the case stands, from {@code MeldcodeEngine.guide(caseFile)}
     */
    public static Dossier of(Case caseFile, Guidance guidance) {
        return new Dossier(caseFile, guidance, KnownNames.NONE);
    }

    /**
     * The dossier of a case, with every known name in free text replaced (see
     * {@link KnownNames#redact}).
     *
     * @param caseFile the case
     * @param guidance where the case stands, from {@code MeldcodeEngine.guide(caseFile)}
     * @param names    the names that must not appear, such as other pupils and parents
     */
    public static Dossier of(Case caseFile, Guidance guidance, KnownNames names) {
        return new Dossier(caseFile, guidance, names);
    }

    /**
     * The case's dossier for Veilig Thuis, built on the engine's guidance for the case.
     *
     * @param engine   the engine that tells where the case stands
     * @param caseFile the case, as stored
     * @return the dossier
     * @throws IllegalArgumentException when the case's protocol is unknown
     */
    public static Dossier of(MeldcodeEngine engine, Case caseFile) {
        return of(engine, caseFile, KnownNames.NONE);
    }

    /**
     * The case's dossier for Veilig Thuis, built on the engine's guidance for the case, with every
     * known name in free text redacted (see {@link KnownNames#redact}).
     *
     * @param engine   the engine that tells where the case stands
     * @param caseFile the case, as stored
     * @param names    the names that must not appear, such as other pupils and parents
     * @return the dossier
     * @throws IllegalArgumentException when the case's protocol is unknown
     */
    public static Dossier of(MeldcodeEngine engine, Case caseFile, KnownNames names) {
        Objects.requireNonNull(engine, "engine is required");
        Objects.requireNonNull(caseFile, "caseFile is required");
        return new Dossier(caseFile, engine.guide(caseFile), names);
    }

    /** The dossier as Markdown, in Dutch. */
    public String markdown() {
        return markdown(Message.DUTCH);
    }

    /** The dossier as Markdown: English for an English locale, Dutch otherwise. */
    public String markdown(Locale locale) {
        return DossierMarkdown.render(this, Fmt.language(locale));
    }

    /** The dossier as one self-contained HTML page, in Dutch. */
    public String html() {
        return html(Message.DUTCH);
    }

    /**
     * The dossier as one self-contained HTML page (inline CSS, no scripts, no external requests,
     * printable on A4, also well-formed XML): English for an English locale, Dutch otherwise.
     */
    public String html(Locale locale) {
        return DossierHtml.render(this, Fmt.language(locale));
    }

    // ---- the content, independent of the output format ----

    /** A labelled value of an entry; free text is the case's own text (already redacted). */
    record Item(String labelKey, Object value, boolean freeText) {}

    /** One event of the case, as the dossier shows it. */
    record Entry(int sequence, Instant at, int step, String titleKey, boolean fromOthers, List<Item> items) {}

    Case caseFile() {
        return caseFile;
    }

    Guidance guidance() {
        return guidance;
    }

    List<Obligation> obligations() {
        return guidance.obligations();
    }

    /** The header lines: label key and value. */
    List<Item> header() {
        List<Item> h = new ArrayList<>();
        h.add(new Item("dossier.case", caseFile.id(), false));
        h.add(new Item("dossier.pupil", caseFile.pupilRef(), false));
        h.add(new Item("dossier.protocol", caseFile.protocol().toString(), false));
        h.add(new Item(
                "dossier.step",
                Message.of(
                        "diagram.step",
                        guidance.currentStep().number(),
                        guidance.currentStep().name()),
                false));
        h.add(new Item(
                "dossier.status",
                Message.of(guidance.closed() ? "dossier.status.closed" : "dossier.status.open"),
                false));
        caseFile.lastEventAt().ifPresent(at -> h.add(new Item("dossier.until", at, false)));
        return h;
    }

    List<Entry> entries() {
        Protocol protocol = Protocol.of(caseFile.protocol());
        List<Entry> entries = new ArrayList<>(caseFile.size());
        for (Event event : caseFile.events()) {
            Action a = event.action();
            List<Item> items = new ArrayList<>();
            boolean others = false;
            if (a instanceof LogEntry e) {
                others = e.source() != Source.OWN_OBSERVATION;
                items.add(item("dossier.signal", e.signal()));
                items.add(item("dossier.observed-on", e.observedOn()));
                items.add(item("dossier.source", e.source()));
                by(items, e.actor());
                if (e.deterioration()) {
                    items.add(item("dossier.deterioration", yes(true)));
                }
                items.add(new Item("dossier.text", names.redact(e.text()), true));
            } else if (a instanceof IbNotification e) {
                by(items, e.actor());
            } else if (a instanceof Consultation e) {
                present(items, e.participants());
                items.add(item("dossier.anonymous", yes(e.anonymous())));
            } else if (a instanceof PupilReadinessCheck e) {
                present(items, e.participants());
                items.add(item("dossier.pupil-can-talk", yes(e.pupilCanTalk())));
            } else if (a instanceof PupilConversation e) {
                by(items, e.actor());
                items.add(item("dossier.suspicion-named", yes(e.suspicionNamed())));
            } else if (a instanceof ParentsConversation e) {
                present(items, e.participants());
                Set<Topic> missing = EnumSet.allOf(Topic.class);
                missing.removeAll(e.topics());
                if (!e.topics().isEmpty()) {
                    items.add(item("dossier.topics", EnumSet.copyOf(e.topics())));
                }
                if (!missing.isEmpty()) {
                    items.add(item("dossier.topics-not-covered", missing));
                }
                items.add(item("dossier.suspicion-removed", yes(e.suspicionRemoved())));
            } else if (a instanceof ConversationSkip e) {
                by(items, e.actor());
                if (!e.endangered().isEmpty()) {
                    items.add(item("dossier.endangered", EnumSet.copyOf(e.endangered())));
                }
                items.add(new Item("dossier.reason", names.redact(e.reason()), true));
            } else if (a instanceof AcuteDanger e) {
                by(items, e.actor());
                items.add(new Item("dossier.what", names.redact(e.what()), true));
            } else if (a instanceof TellingArrangement e) {
                by(items, e.actor());
                items.add(item("dossier.teller", e.teller()));
                items.add(new Item("dossier.agreement", names.redact(e.agreement()), true));
            } else if (a instanceof RiskAssessment e) {
                present(items, e.participants());
                items.add(item(
                        "dossier.level", Message.of("dossier.level." + e.level().name())));
                items.add(item("dossier.acute", yes(e.acuteUnsafety())));
                items.add(item("dossier.structural", yes(e.structuralUnsafety())));
                items.add(item("dossier.discussed-with-management", yes(e.discussedWithManagement())));
                items.add(new Item("dossier.grounds", names.redact(e.grounds()), true));
            } else if (a instanceof Decision e) {
                present(items, e.participants());
                items.add(item(
                        "dossier.kind", Message.of("dossier.kind." + e.kind().name())));
                items.add(item("dossier.school-can-help", yes(e.schoolCanHelp())));
                items.add(item("dossier.help-accepted", yes(e.helpAccepted())));
                items.add(item("dossier.willing-to-work", yes(e.willingToWork())));
                items.add(item("dossier.contact-allowed", yes(e.contactWithHelpAllowed())));
                items.add(new Item("dossier.grounds", names.redact(e.grounds()), true));
            } else if (a instanceof Advice e) {
                by(items, e.actor());
                items.add(item("dossier.anonymous", yes(e.anonymous())));
            } else if (a instanceof Report e) {
                by(items, e.actor());
                items.add(item("dossier.pupil-identified", yes(e.pupilIdentified())));
                items.add(item("dossier.reporter-withheld", yes(e.reporterWithheldFromFamily())));
            } else if (a instanceof ReportConversation e) {
                present(items, e.participants());
                items.add(item("dossier.in-person", yes(e.inPerson())));
            } else if (a instanceof Closure e) {
                by(items, e.actor());
                items.add(new Item("dossier.reason", names.redact(e.reason()), true));
            }
            entries.add(new Entry(
                    event.sequence(),
                    a.at(),
                    protocol.stepOf(a.type()),
                    "dossier.event." + a.type().name(),
                    others,
                    List.copyOf(items)));
        }
        return entries;
    }

    private static Item item(String key, Object value) {
        return new Item(key, value, false);
    }

    private static Message yes(boolean value) {
        return Message.of(value ? "dossier.yes" : "dossier.no");
    }

    private static void by(List<Item> items, Actor actor) {
        items.add(item("dossier.by", actor.role()));
    }

    private static void present(List<Item> items, Set<Actor> participants) {
        items.add(item("dossier.participants", Fmt.roles(participants)));
    }

    /** A value as text in the language (not yet escaped for any format). */
    static String text(Object value, Locale locale) {
        if (value instanceof Instant at) {
            return Fmt.dateTime(at, locale);
        }
        if (value instanceof java.time.LocalDate d) {
            return Fmt.date(d, locale);
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof java.util.Collection<?> items) { // in their own order (roles, topics)
            return Fmt.list(items, locale);
        }
        return Message.render(value, locale);
    }
}
