package org.meldcode.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.render.RenderFixtures.GROUNDS;
import static org.meldcode.render.RenderFixtures.INJURY;
import static org.meldcode.render.RenderFixtures.OTHER_CHILD;
import static org.meldcode.render.RenderFixtures.SKIP_REASON;
import static org.meldcode.render.RenderFixtures.STAFF_IDS;
import static org.meldcode.render.RenderFixtures.TEACHER;
import static org.meldcode.render.RenderFixtures.day;
import static org.meldcode.render.RenderFixtures.guidance;
import static org.meldcode.render.RenderFixtures.parse;
import static org.meldcode.render.RenderFixtures.reportedCase;
import static org.meldcode.render.RenderFixtures.talkedCase;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.KnownNames;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Result;
import org.meldcode.engine.Ruling;
import org.meldcode.model.Action;
import org.meldcode.model.Case;
import org.meldcode.model.LogEntry;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.protocol.Message;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class DossierTest {

    private static final Case REPORTED = reportedCase();
    private static final Guidance CLOSED = guidance(REPORTED, 5, true);

    @Test
    void given_a_reported_case_when_rendered_in_markdown_then_every_event_appears_in_chronological_order() {
        String md = Dossier.of(REPORTED, CLOSED).markdown();

        List<String> titles = List.of(
                "Signaal in het logboek",
                "De intern begeleider is geïnformeerd",
                "Collegiale consultatie",
                "Advies gevraagd aan Veilig Thuis",
                "Stap 3 overgeslagen",
                "Weging van het risico",
                "Besluit",
                "Melding bij Veilig Thuis",
                "De ouders zijn over de melding ingelicht",
                "Casus afgesloten");
        int previous = -1;
        for (String title : titles) {
            int at = md.indexOf("— " + title, previous + 1);
            assertThat(at).as("%s after position %d", title, previous).isGreaterThan(previous);
            previous = at;
        }
        assertThat(md).contains("### 1. 2 maart 2026 09:15 — Signaal in het logboek");
        assertThat(md).contains("### 11. 9 maart 2026 09:15 — Casus afgesloten");
    }

    @Test
    void given_logbook_entries_when_rendered_then_observation_date_source_and_fact_are_shown() {
        String md = Dossier.of(REPORTED, CLOSED).markdown();

        assertThat(md).contains("**Waargenomen op:** 27 februari 2026");
        assertThat(md).contains("**Bron:** een ander kind");
        assertThat(md).contains("**Bron:** eigen waarneming");
        assertThat(md).contains("> " + DossierMarkdown.escape(INJURY));
    }

    @Test
    void given_a_fact_from_another_child_when_rendered_then_only_that_entry_is_marked_as_from_others() {
        String md = Dossier.of(REPORTED, CLOSED).markdown();
        String html = Dossier.of(REPORTED, CLOSED).html();

        assertThat(md).containsOnlyOnce("(**van anderen**)");
        assertThat(md.lines()
                        .filter(l -> l.contains("van anderen**"))
                        .findFirst()
                        .orElseThrow())
                .startsWith("### 3. ");
        assertThat(count(parse(html), "//*[local-name()='li' and contains(@class,'others')]"))
                .isEqualTo(1);
    }

    @Test
    void given_participants_with_staff_ids_when_rendered_in_any_format_and_language_then_no_staff_id_appears() {
        for (Case c : List.of(REPORTED, talkedCase())) {
            Dossier d = Dossier.of(c, guidance(c, 3, false, "SP-3.6", "owed.conversation"));
            for (String out : List.of(d.markdown(), d.html(), d.markdown(Locale.ENGLISH), d.html(Locale.ENGLISH))) {
                for (String id : STAFF_IDS) {
                    assertThat(out).doesNotContain(id);
                }
                assertThat(out).contains(c.id());
            }
        }
    }

    @Test
    void given_participants_when_rendered_then_they_appear_by_role() {
        String md = Dossier.of(REPORTED, CLOSED).markdown();

        assertThat(md).contains("**Aanwezig:** leerkracht, intern begeleider, schoolmaatschappelijk werker");
        assertThat(md).contains("**Door:** leerkracht");
    }

    @Test
    void given_known_names_when_rendered_then_they_are_redacted_from_markdown_and_html() {
        KnownNames names = KnownNames.of(List.of("Mirthe Testkind"));

        String plain = Dossier.of(REPORTED, CLOSED).markdown();
        String md = Dossier.of(REPORTED, CLOSED, names).markdown();
        String html = Dossier.of(REPORTED, CLOSED, names).html(Locale.ENGLISH);

        assertThat(plain).contains("Mirthe Testkind"); // the redaction, not the fixture, removes it
        assertThat(md).doesNotContain("Mirthe").contains("\\[naam\\]");
        assertThat(html).doesNotContain("Mirthe").contains("[naam]");
        assertThat(OTHER_CHILD).contains("Mirthe Testkind");
    }

    @Test
    void given_the_step_3_skip_weighing_and_decision_when_rendered_then_reason_levels_and_grounds_are_shown() {
        String md = Dossier.of(REPORTED, CLOSED).markdown();

        assertThat(md).contains("> " + DossierMarkdown.escape(SKIP_REASON));
        assertThat(md).contains("**Vermoeden:** zeer sterk");
        assertThat(md).contains("**Acute onveiligheid:** nee");
        assertThat(md).contains("**Structurele onveiligheid:** ja");
        assertThat(md).contains("**Besproken met de directie:** ja");
        assertThat(md).contains("**Besluit:** melden");
        assertThat(md).contains("> " + DossierMarkdown.escape(GROUNDS));
        assertThat(md).contains("**In een persoonlijk gesprek:** ja");
        assertThat(md).contains("**De leerling is bij naam gemeld:** ja"); // the report
        assertThat(md).contains("**Veilig Thuis houdt de naam van de melder voor het gezin geheim:** nee");
    }

    @Test
    void given_a_parents_conversation_when_rendered_then_topics_discussed_and_not_discussed_are_listed() {
        Case c = talkedCase();
        String md = Dossier.of(c, guidance(c, 3, false)).markdown();

        assertThat(md)
                .contains(
                        "**Besproken:** het doel van het gesprek, de signalen uit het logboek, de reactie van de ouders");
        assertThat(md).contains("**Niet besproken:** de interpretatie van signalen en reactie, vervolgafspraken");
        assertThat(md).contains("**De leerling kan een gesprek aan:** ja");
        assertThat(md).contains("**Het vermoeden is naar de leerling benoemd:** nee");
    }

    @Test
    void given_open_obligations_when_rendered_then_they_are_listed_with_their_clause_and_none_says_so() {
        Case c = talkedCase();
        String owed =
                Dossier.of(c, guidance(c, 4, false, "SP-4.1", "owed.weigh")).markdown();
        String nothing = Dossier.of(REPORTED, CLOSED).markdown();

        assertThat(owed)
                .contains("## Nog open")
                .contains("- De leerkracht en de intern begeleider wegen het risico: acute of structurele"
                        + " onveiligheid? (SP\\-4.1)".replace("SP\\-", "SP-"));
        assertThat(nothing).contains("Niets: het stappenplan vraagt op dit moment niets meer.");
        assertThat(owed.indexOf("## Nog open")).isGreaterThan(owed.indexOf("## Verloop"));
    }

    @Test
    void given_an_english_locale_when_rendered_then_labels_are_english() {
        String md = Dossier.of(REPORTED, CLOSED).markdown(Locale.ENGLISH);
        String html = Dossier.of(REPORTED, CLOSED).html(Locale.ENGLISH);

        assertThat(md).startsWith("# Dossier for Veilig Thuis");
        assertThat(md).contains("(**from others**)").contains("**Source:** another child");
        assertThat(md).contains("### 1. 2 March 2026 09:15 — Signal in the logbook");
        assertThat(md).doesNotContain("Waargenomen").doesNotContain("van anderen");
        assertThat(parse(html).getDocumentElement().getAttribute("lang")).isEqualTo("en");
        assertThat(html).contains("Course of the case").doesNotContain("Verloop");
    }

    @Test
    void given_a_dossier_when_rendered_as_html_then_it_is_one_self_contained_well_formed_page_for_a4() {
        String html = Dossier.of(REPORTED, CLOSED).html();
        Document doc = parse(html);

        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("html");
        assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("nl");
        assertThat(count(doc, "//*[local-name()='script']")).isZero();
        assertThat(count(doc, "//*[@src or @href or @action or @srcset or @background]"))
                .isZero();
        assertThat(count(doc, "//*[local-name()='link' or local-name()='img' or local-name()='iframe']"))
                .isZero();
        assertThat(count(doc, "//@*[starts-with(local-name(),'on')]")).isZero();
        assertThat(html).doesNotContainIgnoringCase("http://").doesNotContainIgnoringCase("https://");
        assertThat(html).doesNotContain("url(").doesNotContain("@import");
        assertThat(count(doc, "//*[local-name()='style']")).isEqualTo(1);
        assertThat(html).contains("@page { size: A4");
        assertThat(html).contains("default-src 'none'");
        assertThat(count(doc, "//*[local-name()='li' and contains(@class,'event')]"))
                .isEqualTo(REPORTED.size());
    }

    @Test
    void given_hostile_text_in_the_logbook_when_rendered_then_it_is_escaped_and_stays_text() {
        String hostile =
                "<script>alert('x')</script> <img src=x onerror=alert(1)> & \"q\" ]]> <!-- --> # *b* [l](http://x)";
        Case c = talkedCase()
                .append(new LogEntry(
                        day(4, 0), TEACHER, LocalDate.of(2026, 3, 6), Signal.OTHER, Source.PUPIL, hostile, false));
        Dossier d = Dossier.of(c, guidance(c, 3, false));

        for (Locale locale : List.of(Message.DUTCH, Locale.ENGLISH)) {
            String html = d.html(locale);
            Document doc = parse(html);
            assertThat(count(doc, "//*[local-name()='script' or local-name()='img' or local-name()='a']"))
                    .isZero();
            assertThat(count(doc, "//@*[starts-with(local-name(),'on')]")).isZero();
            assertThat(doc.getDocumentElement().getTextContent()).contains(hostile);
            assertThat(html).doesNotContain("<script").contains("&lt;script&gt;");

            String md = d.markdown(locale);
            String quoted = md.replaceAll("(?m)^  > ", ""); // the blockquote marker is ours
            assertThat(quoted).doesNotContainPattern("(?<!\\\\)[<>\\[\\]]"); // every bracket is escaped
            assertThat(md).contains("\\<script\\>");
        }
    }

    @Test
    void given_an_empty_case_when_rendered_then_it_says_nothing_was_recorded() {
        Case empty = Case.open("case-empty", "pupil-0", REPORTED.protocol());
        Guidance g = guidance(empty, 1, false, "SP-1.1", "owed.inform-ib");

        assertThat(Dossier.of(empty, g).markdown()).contains("Nog niets vastgelegd.");
        assertThat(parse(Dossier.of(empty, g).html(Locale.ENGLISH))
                        .getDocumentElement()
                        .getTextContent())
                .contains("Nothing recorded yet.");
    }

    @Test
    void given_an_engine_when_asked_for_a_dossier_then_it_renders_the_case_with_the_engines_guidance() {
        Guidance owed = guidance(REPORTED, 5, false, "SP-5.7", "owed.tell-parents-of-report");
        MeldcodeEngine engine = new MeldcodeEngine() {
            @Override
            public Ruling evaluate(Case caseFile, Action action) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Result apply(Case caseFile, Action action) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Guidance guide(Case caseFile) {
                return owed;
            }

            @Override
            public Guidance guide(Case caseFile, java.time.Instant now) {
                throw new UnsupportedOperationException();
            }
        };

        assertThat(Dossier.of(engine, REPORTED).markdown())
                .contains("vertellen de ouders in een persoonlijk gesprek over de melding. (SP\\-5.7)"
                        .replace("SP\\-", "SP-"));
        assertThat(Dossier.of(engine, REPORTED, KnownNames.of(List.of("Mirthe")))
                        .markdown())
                .doesNotContain("Mirthe");
    }

    private static int count(Document doc, String xpath) {
        try {
            return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET))
                    .getLength();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void every_kind_of_action_has_a_dossier_title_in_dutch_and_english() {
        // GIVEN every kind of action a case can hold (the staff and acute routes' too)
        // WHEN the dossier names it  THEN both bundles have its title, so no dossier fails on it
        for (org.meldcode.model.ActionType type : org.meldcode.model.ActionType.values()) {
            for (Locale locale : List.of(Message.DUTCH, Locale.ENGLISH)) {
                assertThat(Message.exists("dossier.event." + type.name(), locale))
                        .as("dossier.event.%s in %s", type, locale)
                        .isTrue();
            }
        }
    }
}
