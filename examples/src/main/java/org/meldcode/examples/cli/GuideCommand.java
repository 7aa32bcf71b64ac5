package org.meldcode.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.NextAction;
import org.meldcode.engine.Obligation;
import org.meldcode.json.CaseJson;
import org.meldcode.json.SettingsFiles;
import org.meldcode.json.error.InvalidInputException;
import org.meldcode.model.ActionType;
import org.meldcode.model.Case;
import org.meldcode.model.Role;
import org.meldcode.protocol.Message;
import org.meldcode.protocol.Protocol;
import org.meldcode.rules.MeldcodeRules;
import org.meldcode.settings.SchoolSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code meldcode guide CASE.json}: where a stored case stands, its current step, whether it is
 * closed, what is still owed and who may do what next.
 */
@Command(
        name = "guide",
        mixinStandardHelpOptions = true,
        description = "Tells where a case stands: its step, whether it is closed, what is still owed and which"
                + " actions are permitted next, by whom.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the guidance was printed",
            "2:a file is missing, unreadable or not a valid case or settings file"
        })
final class GuideCommand implements Callable<Integer> {

    @ParentCommand
    MeldcodeCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    LangOption lang;

    @Parameters(paramLabel = "CASE.json", description = "A case document (JSON), as written by CaseJson.")
    Path file;

    @Option(
            names = "--settings",
            paramLabel = "FILE",
            description = "The school's settings (YAML or JSON, see docs/settings.md).")
    Path settingsFile;

    @Option(
            names = "--now",
            paramLabel = "INSTANT",
            description = "Check the school's deadlines at this moment (such as 2026-10-20T08:00:00Z);"
                    + " without it no deadline is checked.",
            converter = MomentConverter.class)
    Instant now;

    /** Reads {@code --now}: a moment in UTC between the years 1900 and 9999, or a one-line error. */
    static final class MomentConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            Instant moment;
            try {
                moment = Instant.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException(
                        "expected a moment such as 2026-10-20T08:00:00Z, found '" + shown(value) + "'");
            }
            if (moment.isBefore(Case.FIRST_MOMENT) || moment.isAfter(Case.LAST_MOMENT)) {
                throw new TypeConversionException("expected a moment between the years 1900 and 9999, found " + moment);
            }
            return moment;
        }

        /** The value as shown back: printable characters only, at most 40 of them. */
        private static String shown(String value) {
            String printable = value.replaceAll("\\p{Cntrl}", "?");
            return printable.length() <= 40 ? printable : printable.substring(0, 40) + "…";
        }
    }

    @Override
    public Integer call() {
        Optional<String> unreadable = MeldcodeCommand.unreadable(file);
        if (unreadable.isPresent()) {
            return root.invalid(unreadable.get(), null);
        }
        SchoolSettings settings = SchoolSettings.DEFAULTS;
        if (settingsFile != null) {
            Optional<String> badSettings = MeldcodeCommand.unreadable(settingsFile);
            if (badSettings.isPresent()) {
                return root.invalid(badSettings.get(), null);
            }
            try {
                settings = SettingsFiles.read(settingsFile);
            } catch (InvalidInputException | UncheckedIOException e) {
                return root.invalid(MeldcodeCommand.describe(settingsFile, e), e);
            }
        }
        MeldcodeCommand.preloadRules();
        Case caseFile;
        try {
            caseFile = CaseJson.read(file);
        } catch (InvalidInputException | UncheckedIOException e) {
            return root.invalid(
                    MeldcodeCommand.scenarioHint(file).orElseGet(() -> MeldcodeCommand.describe(file, e)), e);
        }
        try {
            Protocol.of(caseFile.protocol());
        } catch (NoSuchElementException e) {
            return root.invalid(file + ": /protocol: " + e.getMessage(), e);
        }
        Guidance g;
        try {
            g = now == null
                    ? MeldcodeRules.forSchool(settings).guide(caseFile)
                    : MeldcodeRules.forSchool(settings).guide(caseFile, now);
        } catch (IllegalArgumentException e) { // the engine refuses the case
            return root.invalid(file + ": " + e.getMessage(), e);
        }
        print(spec.commandLine().getOut(), caseFile, g);
        return MeldcodeCommand.OK;
    }

    private void print(PrintWriter out, Case caseFile, Guidance g) {
        out.println(lang.say("Casus ", "Case ") + caseFile.id() + " (" + caseFile.protocol() + ", " + caseFile.size()
                + lang.say(" gebeurtenissen)", " events)"));
        out.println(lang.say("Stap ", "Step ") + g.currentStep().number() + ": "
                + g.currentStep().name(lang.locale));
        out.println(
                lang.say("Afgesloten: ", "Closed: ") + (g.closed() ? lang.say("ja", "yes") : lang.say("nee", "no")));
        out.println(lang.say("Nog open:", "Still owed:"));
        if (g.obligations().isEmpty()) {
            out.println("  " + lang.say("(niets)", "(nothing)"));
        }
        for (Obligation o : g.obligations()) {
            String since = o.since()
                    .map(at -> " (" + lang.say("sinds ", "since ")
                            + java.time.LocalDate.ofInstant(at, java.time.ZoneId.of("Europe/Amsterdam")) + ")")
                    .orElse("");
            // the last day before the obligation falls due (dueAt is the first moment it is overdue)
            String due = o.dueAt()
                    .map(at -> " (" + lang.say("uiterlijk ", "due by ")
                            + java.time.LocalDate.ofInstant(at.minusNanos(1), java.time.ZoneId.of("Europe/Amsterdam"))
                            + ")")
                    .orElse("");
            out.printf("  %-7s %s%s%s%n", o.clause().id(), o.text().in(lang.locale), since, due);
            // how to discharge it: each kind of action, with the roles that may take it now
            Map<ActionType, Set<Role>> takenBy = g.takenBy(o);
            List<String> ways = new ArrayList<>();
            for (ActionType t : o.dischargedBy()) {
                ways.add(Message.render(t, lang.locale) + " ("
                        + (takenBy.containsKey(t)
                                ? Message.render(takenBy.get(t), lang.locale)
                                : lang.say("nog niet toegestaan", "not permitted yet"))
                        + ")");
            }
            if (!ways.isEmpty()) {
                out.println("          " + lang.say("afhandelen: ", "discharged by: ") + String.join("; ", ways));
            }
        }
        out.println(lang.say("Toegestaan als volgende handeling:", "Permitted next:"));
        if (g.nextActions().isEmpty()) {
            out.println("  " + lang.say("(niets)", "(nothing)"));
        }
        for (NextAction n : g.nextActions()) {
            out.println("  " + Message.render(n.type(), lang.locale) + " — " + Message.render(n.roles(), lang.locale));
        }
        out.flush();
    }
}
