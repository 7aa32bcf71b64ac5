package org.meldcode.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meldcode.model.Actor;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;
import org.meldcode.protocol.Message;
import org.meldcode.protocol.Protocol;
import org.meldcode.settings.SchoolSettings;
import org.meldcode.settings.VeiligThuisContact;

/** The compliance review: findings derived from the protocol's declarations and the school's settings. */
class ComplianceReviewTest {

    private static final Protocol SEED = Protocol.of(ProtocolRef.STAPPENPLAN_2021);

    private static ReviewFinding finding(Review review, String id) {
        return review.findings().stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + review.ids()));
    }

    /** The seed's declarations with some replaced: a protocol that is otherwise the seed. */
    private static Protocol seedDeclaring(Map<String, String> changes) {
        Map<String, String> declarations = new HashMap<>(SEED.declarations());
        changes.forEach((k, v) -> {
            if (v == null) {
                declarations.remove(k);
            } else {
                declarations.put(k, v);
            }
        });
        return new Protocol(
                SEED.ref(),
                SEED.steps(),
                SEED.clauses(),
                SEED.actions(),
                SEED.prerequisites(),
                SEED.clauseRoles(),
                SEED.settingClauses(),
                SEED.completions(),
                declarations);
    }

    private static final Map<String, String> NATIONAL = Map.of(
            "framework.afwegingskader", "true",
            "decision.reportWhen", "ACUTE_UNSAFETY,STRUCTURAL_UNSAFETY,DOUBT",
            "decision.noReportWhenHelpAccepted", "unlessUnsafe",
            "report.informParents", "unlessSafetyException",
            "step1.kindcheck", "true",
            "routes", "STAFF_SUSPECT,BOARD_NOTIFICATION",
            "contact.veiligThuis.phone", "0800-2000",
            "contact.veiligThuis.website", "https://veiligthuis.nl",
            "decision.helpQuestions", "SCHOOL_CAN_HELP,HELP_ACCEPTED,WILLING_TO_WORK",
            "report.discussIntended", "beforehandUnlessUnsafe");

    private static final VeiligThuisContact NATIONAL_CONTACT =
            new VeiligThuisContact("Regio Voorbeeld", "Veilig Thuis Regio Voorbeeld", "0800-2000", "veiligthuis.nl");

    /** Settings that give everything but the contact data. */
    private static final SchoolSettings NO_CONTACT = SchoolSettings.DEFAULTS
            .withFollowUpAfterHelp(java.time.Period.ofWeeks(6))
            .withSafeguardingOfficers(List.of(Actor.of(Role.INTERN_BEGELEIDER, "af-601")));

    private static final SchoolSettings COMPLETE = NO_CONTACT.withVeiligThuis(NATIONAL_CONTACT);

    @Test
    void the_seed_plan_falls_short_of_the_national_framework_on_every_point_the_issue_names() {
        Review review = ComplianceReview.review(SEED, SchoolSettings.DEFAULTS);

        // no afwegingskader, and "very strong or confirmed" instead of acute or structural unsafety
        assertThat(finding(review, "NAT-1").severity()).isEqualTo(Severity.ERROR);
        assertThat(finding(review, "NAT-1").clauses()).containsExactly("SP-4.1", "SP-5.2");
        assertThat(finding(review, "NAT-2").explanation().english())
                .contains("a confirmed suspicion, a very strong suspicion")
                .contains("lacks: acute unsafety, structural unsafety");
        // the text: no report when help is accepted, whatever the unsafety (the library reports at
        // acute or structural unsafety all the same, but the review describes the school's text)
        assertThat(finding(review, "NAT-3").explanation().english())
                .startsWith("The protocol: never a report when the parents accept help.");
        assertThat(finding(review, "NAT-3").clauses()).contains("SP-5.4");
        // parents always told, no safety exception
        assertThat(finding(review, "NAT-4").clauses()).containsExactly("SP-5.7");
        // no kindcheck
        assertThat(finding(review, "NAT-5").severity()).isEqualTo(Severity.WARNING);
        // no route for a staff member, no duty to inform the board in the text: the library adds both
        assertThat(finding(review, "NAT-6").title().english())
                .isEqualTo("No route for a staff member as suspected perpetrator");
        assertThat(finding(review, "NAT-7").severity()).isEqualTo(Severity.ADDED_BY_LIBRARY);
        // 088-2000 is no Veilig Thuis number; the AMK site is stale
        assertThat(finding(review, "NAT-8").explanation().english())
                .isEqualTo("088-2000 (from the protocol) is no Veilig Thuis number. The national number is 0800-2000,"
                        + " free, day and night.");
        assertThat(finding(review, "NAT-8").settingsKeys()).containsExactly("veiligThuis.phone");
        assertThat(finding(review, "NAT-9").explanation().dutch())
                .startsWith("www.amk-nederland.nl (uit het protocol) is een site van het AMK, dat op 1 januari 2015"
                        + " opging in Veilig Thuis.");
        assertThat(review.hasErrors()).isTrue();
    }

    @Test
    void the_seed_plan_is_found_to_ask_questions_3_and_4_otherwise_and_to_tell_the_parents_only_afterwards() {
        Review review = ComplianceReview.review(SEED, SchoolSettings.DEFAULTS);

        assertThat(finding(review, "NAT-12").explanation().english())
                .startsWith("The protocol asks: do those involved accept the help, may the school keep contact with"
                        + " the help provider. The afwegingskader also asks: ")
                .contains("can the school offer or organise effective help", "are they willing to work on it");
        assertThat(finding(review, "NAT-13").explanation().english())
                .startsWith("The protocol: the parents hear of the report after it is made.");
        assertThat(ComplianceReview.review(Protocol.of(ProtocolRef.LANDELIJK_2019), SchoolSettings.DEFAULTS)
                        .ids())
                .doesNotContain("NAT-12", "NAT-13");
    }

    @Test
    void the_staff_route_the_seed_text_lacks_is_reported_as_added_by_the_library_in_both_languages_not_as_an_error() {
        // GIVEN the seed plan, whose text names no staff route, and the library, which adds it (SR-1.1 to SR-1.3)
        // WHEN it is reviewed
        Review review = ComplianceReview.review(SEED, SchoolSettings.DEFAULTS);
        // THEN NAT-6 and NAT-7 are added by the library, name the clauses that enforce them, and say so
        for (String id : List.of("NAT-6", "NAT-7")) {
            ReviewFinding f = finding(review, id);
            assertThat(f.severity()).as(id).isEqualTo(Severity.ADDED_BY_LIBRARY);
            assertThat(f.clauses()).as(id).contains("SR-1.1", "SR-1.2", "SR-1.3");
            assertThat(f.explanation().english())
                    .as(id)
                    .contains("Added by the library: the school's text lacks it, the engine enforces it");
            assertThat(f.explanation().dutch())
                    .as(id)
                    .contains("Door de bibliotheek toegevoegd: de tekst van de school mist dit");
        }
        assertThat(ReviewMarkdown.render(review, Locale.ENGLISH)).contains("| added by the library |");
        assertThat(ReviewMarkdown.render(review, Message.DUTCH)).contains("2 door de bibliotheek toegevoegd");
    }

    @Test
    void a_route_the_text_lacks_and_the_library_does_not_add_stays_an_error() {
        // GIVEN a protocol that declares no separate routes and nothing the library adds
        Map<String, String> changes = new HashMap<>();
        changes.put("routes.library", null);
        changes.put("routes.library.clauses", null);
        Protocol bare = seedDeclaring(changes);
        // WHEN it is reviewed
        Review review = ComplianceReview.review(bare, SchoolSettings.DEFAULTS);
        // THEN NAT-7 is an error again
        assertThat(finding(review, "NAT-7").severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void findings_come_errors_first_then_in_the_order_of_the_framework() {
        Review review = ComplianceReview.review(SEED, SchoolSettings.DEFAULTS);

        assertThat(review.ids())
                .containsExactly(
                        "NAT-1", "NAT-2", "NAT-3", "NAT-4", "NAT-8", "NAT-12", "NAT-5", "NAT-9", "NAT-10", "NAT-13",
                        "NAT-6", "NAT-7", "NAT-11");
        assertThat(review.count(Severity.ERROR)).isEqualTo(6);
        assertThat(review.count(Severity.ADDED_BY_LIBRARY)).isEqualTo(2);
    }

    @Test
    void settings_with_the_national_number_and_site_remove_the_two_contact_findings_and_nothing_else() {
        Review before = ComplianceReview.review(SEED, SchoolSettings.DEFAULTS);
        Review after = ComplianceReview.review(SEED, SchoolSettings.DEFAULTS.withVeiligThuis(NATIONAL_CONTACT));

        assertThat(before.ids()).contains("NAT-8", "NAT-9");
        assertThat(after.ids()).doesNotContain("NAT-8", "NAT-9");
        assertThat(before.ids().stream().filter(id -> !id.equals("NAT-8") && !id.equals("NAT-9")))
                .containsExactlyElementsOf(after.ids());
    }

    @Test
    void a_regional_number_and_site_in_the_settings_are_worth_checking_but_no_error() {
        VeiligThuisContact regional = new VeiligThuisContact(
                "Regio Voorbeeld", "Veilig Thuis Regio Voorbeeld", "088-1234567", "vt-regio.example.nl");

        Review review = ComplianceReview.review(SEED, SchoolSettings.DEFAULTS.withVeiligThuis(regional));

        assertThat(finding(review, "NAT-8").severity()).isEqualTo(Severity.INFO);
        assertThat(finding(review, "NAT-8").explanation().english())
                .isEqualTo("088-1234567 (from the school settings) is not the national number 0800-2000; check that it"
                        + " is the number of the school's Veilig Thuis region.");
        assertThat(finding(review, "NAT-9").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void a_stale_site_in_the_settings_is_found_as_well() {
        VeiligThuisContact stale = new VeiligThuisContact(
                "Regio Voorbeeld", "Veilig Thuis Regio Voorbeeld", "0800-2000", "https://www.amk-nederland.nl/");

        Review review = ComplianceReview.review(SEED, SchoolSettings.DEFAULTS.withVeiligThuis(stale));

        assertThat(finding(review, "NAT-9").severity()).isEqualTo(Severity.WARNING);
        assertThat(finding(review, "NAT-9").explanation().english())
                .contains("(from the school settings) is a site of the AMK");
        assertThat(review.ids()).doesNotContain("NAT-8");
    }

    @Test
    void a_protocol_that_declares_the_national_framework_with_complete_settings_has_no_findings() {
        Review review = ComplianceReview.review(seedDeclaring(NATIONAL), COMPLETE);

        assertThat(review.findings()).isEmpty();
        assertThat(ComplianceReview.review(seedDeclaring(NATIONAL), NO_CONTACT).findings())
                .isEmpty();
        assertThat(review.hasErrors()).isFalse();
        assertThat(ReviewMarkdown.render(review, Locale.ENGLISH)).contains("No findings.");
    }

    @Test
    void each_declaration_alone_decides_its_finding() {
        // GIVEN the national declarations, each in turn set back to the seed's value
        for (String key : NATIONAL.keySet()) {
            Map<String, String> one = new HashMap<>(NATIONAL);
            one.put(key, SEED.declaration(key).orElseThrow());
            Review review = ComplianceReview.review(seedDeclaring(one), NO_CONTACT);

            // THEN exactly the findings on that key appear (routes has two requirements)
            assertThat(review.findings()).as(key).isNotEmpty();
            assertThat(review.ids())
                    .as(key)
                    .allMatch(id -> key.equals("routes") ? id.equals("NAT-6") || id.equals("NAT-7") : true)
                    .hasSize(key.equals("routes") ? 2 : 1);
        }
    }

    @Test
    void a_protocol_that_declares_nothing_gets_a_warning_per_requirement_it_cannot_check() {
        Map<String, String> none = new HashMap<>();
        SEED.declarations().keySet().forEach(k -> none.put(k, null));

        Review review = ComplianceReview.review(seedDeclaring(none), COMPLETE);

        assertThat(finding(review, "NAT-1").severity()).isEqualTo(Severity.WARNING);
        assertThat(finding(review, "NAT-1").explanation())
                .isEqualTo(Message.of("review.undeclared", "framework.afwegingskader"));
        assertThat(finding(review, "NAT-1").explanation().english())
                .isEqualTo("The protocol declares nothing about framework.afwegingskader; the review cannot check it.");
        // contact data come from the settings, so they need no declaration
        assertThat(review.ids()).doesNotContain("NAT-8", "NAT-9", "NAT-10", "NAT-11");
    }

    @Test
    void the_settings_findings_go_away_when_the_settings_are_given() {
        assertThat(ComplianceReview.review(SEED, SchoolSettings.DEFAULTS).ids()).contains("NAT-10", "NAT-11");
        assertThat(ComplianceReview.review(SEED, COMPLETE).ids()).doesNotContain("NAT-10", "NAT-11");
    }

    @Test
    void every_finding_of_every_known_protocol_renders_in_both_languages() {
        for (ProtocolRef ref : Protocol.known()) {
            for (SchoolSettings settings : List.of(SchoolSettings.DEFAULTS, COMPLETE)) {
                for (ReviewFinding f :
                        ComplianceReview.review(Protocol.of(ref), settings).findings()) {
                    assertThat(f.title().dutch())
                            .isNotBlank()
                            .isNotEqualTo(f.title().english());
                    assertThat(f.explanation().dutch())
                            .doesNotContain("{")
                            .isNotEqualTo(f.explanation().english());
                    assertThat(f.explanation().english()).doesNotContain("{");
                    assertThat(f.source()).isNotBlank();
                }
            }
        }
    }

    @Test
    void every_known_protocol_declares_every_key_the_framework_checks() {
        for (ProtocolRef ref : Protocol.known()) {
            Review review = ComplianceReview.review(Protocol.of(ref), COMPLETE);
            assertThat(review.findings())
                    .as("%s: findings on keys it does not declare", ref)
                    .noneMatch(f -> f.explanation().key().equals("review.undeclared"));
        }
    }

    @Test
    void the_markdown_has_a_table_row_and_a_section_per_finding_in_dutch_by_default() {
        Review review =
                ComplianceReview.review(SEED, SchoolSettings.DEFAULTS.withSchoolName("OBS De Testboom (fictief)"));

        String nl = ReviewMarkdown.render(review, Message.DUTCH);
        String en = ReviewMarkdown.render(review, Locale.ENGLISH);

        assertThat(nl)
                .startsWith(
                        "# Toetsing aan het landelijk kader: stappenplan@2021-09\n\nSchool: OBS De Testboom (fictief)\n");
        assertThat(nl)
                .contains(
                        "Bevindingen: 6 fout(en), 4 waarschuwing(en), 2 door de bibliotheek toegevoegd, 1 ter informatie.");
        assertThat(nl).contains("| NAT-8 | fout | Telefoonnummer van Veilig Thuis | SP-6.1 | `veiligThuis.phone` |");
        assertThat(en).contains("| NAT-8 | error | Phone number of Veilig Thuis | SP-6.1 | `veiligThuis.phone` |");
        assertThat(en)
                .contains(
                        "## NAT-7 — No duty to inform the school board of a possible sexual offence by staff (added by the library)");
        for (ReviewFinding f : review.findings()) {
            assertThat(nl).contains("\n## " + f.id() + " — ").contains("| " + f.id() + " |");
        }
        // the national sources in the language of the review
        assertThat(nl)
                .contains("- landelijke bron: Veilig Thuis: één landelijk nummer, 0800-2000, gratis, dag en nacht")
                .doesNotContain("free, day and night")
                .doesNotContain("every staff member informs");
        assertThat(en).contains("- national source: Veilig Thuis: one national number, 0800-2000, free, day and night");
    }
}
