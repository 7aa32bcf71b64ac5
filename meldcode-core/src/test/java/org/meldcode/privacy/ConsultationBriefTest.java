package org.meldcode.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.KnownNames;
import org.meldcode.model.Actor;
import org.meldcode.model.Case;
import org.meldcode.model.Consultation;
import org.meldcode.model.IbNotification;
import org.meldcode.model.LogEntry;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.protocol.Message;

/** The brief for the anonymous consultation keeps the facts and loses every identifier of the case. */
class ConsultationBriefTest {

    private static final Actor TEACHER = Actor.of(Role.TEACHER, "lk-104");
    private static final Actor IB = Actor.of(Role.INTERN_BEGELEIDER, "ib-201");
    private static final Instant T0 = Instant.parse("2026-09-07T07:30:00Z");
    private static final List<String> NAMES = List.of("Zoë Testkind", "Bram Voorbeeld", "Vera van der Proef");

    private static Case aCase() {
        return Case.open("case-2026-017", "pupil-8f3a", ProtocolRef.STAPPENPLAN_2021)
                .append(new LogEntry(
                        T0,
                        TEACHER,
                        LocalDate.of(2026, 9, 7),
                        Signal.INJURY,
                        Source.OWN_OBSERVATION,
                        "Blauwe plek op de arm van Zoë Testkind (pupil-8f3a), gezien bij gym.",
                        false))
                .append(new LogEntry(
                        T0.plusSeconds(3600),
                        TEACHER,
                        LocalDate.of(2026, 9, 7),
                        Signal.STATEMENT,
                        Source.OTHER_CHILD,
                        "BRAM VOORBEELD zei dat mevrouw vera van der proef vaak schreeuwt;"
                                + " zie dossier case-2026-017, gemeld aan ib-201.",
                        false))
                .append(new IbNotification(T0.plusSeconds(7200), TEACHER))
                .append(new Consultation(
                        T0.plusSeconds(86_400 * 3),
                        IB,
                        Set.of(TEACHER, IB, Actor.of(Role.SCHOOL_SOCIAL_WORKER, "smw-401")),
                        true));
    }

    @Test
    void no_identifier_of_the_case_survives_in_the_brief() {
        for (Locale lang : List.of(Message.DUTCH, Locale.ENGLISH)) {
            String brief = ConsultationBrief.of(aCase(), KnownNames.of(NAMES), lang);
            assertThat(brief)
                    .doesNotContainIgnoringCase("case-2026-017")
                    .doesNotContainIgnoringCase("pupil-8f3a")
                    .doesNotContain("lk-104", "ib-201", "smw-401")
                    .doesNotContainIgnoringCase("zoë")
                    .doesNotContainIgnoringCase("zoe")
                    .doesNotContainIgnoringCase("testkind")
                    .doesNotContainIgnoringCase("bram")
                    .doesNotContainIgnoringCase("voorbeeld")
                    .doesNotContainIgnoringCase("proef")
                    .doesNotContain("2026", "09-07");
        }
    }

    @Test
    void the_brief_keeps_the_facts_by_day_with_roles_and_sources() {
        String brief = ConsultationBrief.of(aCase(), KnownNames.of(NAMES), Message.DUTCH);
        assertThat(brief)
                .startsWith("# Anonieme casus voor de collegiale consultatie")
                .contains("- dag 0: letsel (bron: eigen waarneming; vastgelegd door: leerkracht):"
                        + " Blauwe plek op de arm van [naam] ([leerling]), gezien bij gym.")
                .contains("- dag 0: uitspraak (bron: een ander kind; vastgelegd door: leerkracht): [naam] zei dat"
                        + " mevrouw [naam] vaak schreeuwt; zie dossier [dossier], gemeld aan [medewerker].")
                .contains("- dag 3: collegiale consultatie (intern begeleider)");
        String english = ConsultationBrief.of(aCase(), KnownNames.of(NAMES), Locale.ENGLISH);
        assertThat(english).contains("- day 0: injury (source: own observation; recorded by: teacher)");
    }

    @Test
    void a_lookup_that_only_detects_names_withholds_the_whole_text() {
        KnownNames detectOnly = text -> text.contains("Testkind");
        String brief = ConsultationBrief.of(aCase(), detectOnly, Message.DUTCH);
        assertThat(brief).doesNotContain("Testkind").contains("[tekst weggelaten: noemt een naam]");
    }
}
