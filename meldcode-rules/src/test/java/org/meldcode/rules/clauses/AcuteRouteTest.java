package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.DIRECTOR;
import static org.meldcode.rules.Story.IB;
import static org.meldcode.rules.Story.SOCIAL_WORKER;
import static org.meldcode.rules.Story.TEACHER;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.Obligation;
import org.meldcode.model.AcuteDanger;
import org.meldcode.model.Closure;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Report;
import org.meldcode.rules.MeldcodeRules;
import org.meldcode.rules.Story;
import org.meldcode.settings.SchoolSettings;
import org.meldcode.settings.VeiligThuisContact;

/** The acute route, AR-1.1 to AR-1.4, the same in both protocols. */
class AcuteRouteTest {

    static Set<ProtocolRef> protocols() {
        return Set.of(ProtocolRef.STAPPENPLAN_2021, ProtocolRef.LANDELIJK_2019);
    }

    private static AcuteDanger danger(java.time.Instant at) {
        return new AcuteDanger(at, TEACHER, "Synthetic: the pupil is afraid to go home tonight.");
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void given_a_first_signal_when_a_teacher_records_acute_danger_then_it_is_permitted_and_veilig_thuis_is_owed_first(
            ProtocolRef protocol) {
        // GIVEN a case with only a logged signal
        Story story = Story.newCase(protocol).signalLogged();
        // WHEN a teacher records acute danger, before the IB was informed
        Story after = story.given(AcuteRouteTest::danger);
        // THEN it was permitted, and contacting Veilig Thuis is owed before anything else
        Obligation first = after.guidance().obligations().get(0);
        assertThat(first.clause().id()).isEqualTo("AR-1.2");
        assertThat(first.text().dutch()).contains("0800-2000").contains("112");
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void given_any_step_when_any_staff_member_records_acute_danger_then_it_is_permitted(ProtocolRef protocol) {
        // AR-1.1: at any moment, by any staff member: before the IB knows, while the board is owed
        Story fresh = Story.newCase(protocol).signalLogged();
        Story suspected = Story.newCase(protocol).staffSuspected(false);
        for (Story story : java.util.List.of(fresh, suspected)) {
            for (var who : java.util.List.of(TEACHER, IB, DIRECTOR, SOCIAL_WORKER)) {
                var ruling = story.when(at -> new AcuteDanger(at, who, "Synthetic danger."));
                assertThat(ruling.permitted()).as("AR-1.1 for %s", who).isTrue();
            }
        }
        assertThat(Story.newCase(protocol)
                        .signalLogged()
                        .when(at -> new AcuteDanger(at, Story.BOARD, "Synthetic."))
                        .clauseIds())
                .as("the board is no staff member of the case")
                .doesNotContain("AR-1.1")
                .hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void given_acute_danger_when_a_teacher_reports_at_once_then_it_is_permitted(ProtocolRef protocol) {
        Story story = Story.newCase(protocol).signalLogged().given(AcuteRouteTest::danger);
        assertThat(story.when(at -> new Report(at, TEACHER, true, false)).permitted())
                .isTrue();
        assertThat(story.when(at -> new Report(at, SOCIAL_WORKER, true, false)).permitted())
                .isTrue();
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void given_no_acute_danger_when_a_teacher_reports_at_once_then_it_is_refused(ProtocolRef protocol) {
        Story story = Story.newCase(protocol).signalLogged();
        assertThat(story.when(at -> new Report(at, TEACHER, true, false)).permitted())
                .isFalse();
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void given_acute_danger_when_the_case_closes_before_the_report_then_it_is_refused_under_ar_1_2(
            ProtocolRef protocol) {
        Story story = Story.newCase(protocol).parentsToldOfReport().given(AcuteRouteTest::danger);
        assertThat(story.when(at -> new Closure(at, IB, "Synthetic.")).clauseIds())
                .contains("AR-1.2");
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void given_acute_danger_when_help_is_decided_in_place_of_the_report_then_it_is_refused_under_ar_1_3(
            ProtocolRef protocol) {
        Story story = Story.newCase(protocol).signalLogged().given(AcuteRouteTest::danger);
        assertThat(story.when(at -> Story.decision(at, DecisionKind.ORGANISE_HELP, true, true))
                        .clauseIds())
                .contains("AR-1.3");
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void given_an_acute_report_when_the_case_closes_before_the_steps_are_recorded_then_it_is_refused_under_ar_1_4(
            ProtocolRef protocol) {
        Story story = Story.newCase(protocol)
                .signalLogged()
                .given(AcuteRouteTest::danger)
                .given(at -> new Report(at, TEACHER, true, false));
        assertThat(story.when(at -> new Closure(at, DIRECTOR, "Synthetic.")).clauseIds())
                .contains("AR-1.4");
    }

    @org.junit.jupiter.api.Test
    void given_the_schools_own_veilig_thuis_number_when_acute_danger_is_recorded_then_the_obligation_names_it() {
        // GIVEN a school whose settings name its Veilig Thuis contact
        SchoolSettings settings = SchoolSettings.DEFAULTS.withVeiligThuis(
                new VeiligThuisContact("Flevoland", "Veilig Thuis Flevoland", "0800-2000", "veiligthuis.nl"));
        // WHEN acute danger is recorded
        Guidance g = Story.newCase(MeldcodeRules.forSchool(settings))
                .signalLogged()
                .given(AcuteRouteTest::danger)
                .guidance();
        // THEN the first obligation gives that number, never the plan's stale 088-2000
        assertThat(g.obligations().get(0).text().english())
                .contains("0800-2000")
                .doesNotContain("088-2000");
    }
}
