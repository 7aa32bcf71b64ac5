package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meldcode.model.AccusedAndParentsInformed;
import org.meldcode.model.Advice;
import org.meldcode.model.BoardNotification;
import org.meldcode.model.Channel;
import org.meldcode.model.Closure;
import org.meldcode.model.Consultation;
import org.meldcode.model.IbNotification;
import org.meldcode.model.InspectorConsultation;
import org.meldcode.model.PoliceReport;
import org.meldcode.model.Position;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;
import org.meldcode.model.StaffSuspicion;
import org.meldcode.model.Substitution;
import org.meldcode.model.Suspect;
import org.meldcode.rules.Story;

/** The staff-perpetrator route, SR-1.1 to SR-1.3, the same in both protocols. */
class StaffPerpetratorRouteTest {

    static Set<ProtocolRef> protocols() {
        return Set.of(ProtocolRef.STAPPENPLAN_2021, ProtocolRef.LANDELIJK_2019);
    }

    // --- SR-1.1: the suspect takes no part ---

    @ParameterizedTest
    @MethodSource("protocols")
    void given_a_suspected_teacher_when_that_teacher_informs_the_ib_then_it_is_refused(ProtocolRef protocol) {
        Story story = Story.newCase(protocol).staffSuspected(false);
        assertThat(story.when(at -> new IbNotification(at, SUSPECT)).clauseIds())
                .containsExactly("SR-1.1");
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void given_a_suspected_teacher_when_a_consultation_includes_that_teacher_then_it_is_refused(ProtocolRef protocol) {
        Story story = Story.newCase(protocol)
                .staffSuspected(false)
                .given(at -> new BoardNotification(at, IB, Channel.DIRECT));
        Story informed = story.given(at -> new IbNotification(at, TEACHER));
        assertThat(informed.when(at -> new Consultation(at, TEACHER, Set.of(TEACHER, IB, SOCIAL_WORKER, SUSPECT), true))
                        .clauseIds())
                .containsExactly("SR-1.1");
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void given_a_suspected_teacher_when_another_teacher_informs_the_ib_then_it_is_permitted(ProtocolRef protocol) {
        Story story = Story.newCase(protocol).staffSuspected(false);
        assertThat(story.when(at -> new IbNotification(at, TEACHER)).permitted())
                .isTrue();
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void given_a_case_when_a_teacher_records_a_suspicion_against_themselves_then_it_is_refused(ProtocolRef protocol) {
        Story story = Story.newCase(protocol).signalLogged();
        assertThat(story.when(at -> new StaffSuspicion(at, TEACHER, Suspect.of(TEACHER), false))
                        .clauseIds())
                .containsExactly("SR-1.1");
    }

    // --- SR-1.2: the board at once ---

    @ParameterizedTest
    @MethodSource("protocols")
    void given_a_suspected_staff_member_when_the_signals_are_consulted_on_before_the_board_knows_then_it_is_refused(
            ProtocolRef protocol) {
        Story story = Story.newCase(protocol).staffSuspected(true).given(at -> new IbNotification(at, TEACHER));
        assertThat(story.guidance().obligations()).anyMatch(o -> o.clause().id().equals("SR-1.2"));
        assertThat(story.when(at -> consultation(at, true)).clauseIds()).containsExactly("SR-1.2");
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void
            given_a_suspected_staff_member_when_veilig_thuis_is_asked_for_advice_before_the_board_knows_then_it_is_permitted(
                    ProtocolRef protocol) {
        Story story = Story.newCase(protocol).staffSuspected(true).given(at -> new IbNotification(at, TEACHER));
        assertThat(story.when(at -> new Advice(at, IB, true)).permitted()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void given_the_board_was_informed_when_the_signals_are_consulted_on_then_it_is_permitted(ProtocolRef protocol) {
        Story story = Story.newCase(protocol).boardInformed(true).given(at -> new IbNotification(at, TEACHER));
        assertThat(story.when(at -> consultation(at, true)).permitted()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void given_no_suspicion_against_staff_when_the_board_is_informed_then_it_is_refused(ProtocolRef protocol) {
        Story story = Story.newCase(protocol).signalLogged();
        assertThat(story.when(at -> new BoardNotification(at, DIRECTOR, Channel.DIRECT))
                        .clauseIds())
                .containsExactly("SR-1.2");
    }

    // --- SR-1.3: the confidential inspector ---

    @ParameterizedTest
    @MethodSource("protocols")
    void given_the_board_was_not_yet_informed_when_it_consults_the_inspector_then_it_is_refused(ProtocolRef protocol) {
        Story story = Story.newCase(protocol).staffSuspected(true);
        assertThat(story.when(at -> new InspectorConsultation(at, BOARD, false)).clauseIds())
                .containsExactly("SR-1.3");
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void given_the_board_was_informed_of_a_possible_sexual_offence_when_it_consults_the_inspector_then_it_is_permitted(
            ProtocolRef protocol) {
        Story story = Story.newCase(protocol).boardInformed(true);
        assertThat(story.guidance().obligations()).anyMatch(o -> o.clause().id().equals("SR-1.3"));
        assertThat(story.when(at -> new InspectorConsultation(at, BOARD, false)).permitted())
                .isTrue();
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void given_a_possible_sexual_offence_and_no_inspector_consulted_when_the_case_is_closed_then_it_is_refused(
            ProtocolRef protocol) {
        Story story = Story.newCase(protocol).boardInformed(true).parentsToldOfReport();
        assertThat(story.when(at -> new Closure(at, IB, "Reported; parents told."))
                        .clauseIds())
                .containsExactly("SR-1.3");
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void given_the_inspector_was_consulted_when_the_case_is_closed_after_its_end_then_it_is_permitted(
            ProtocolRef protocol) {
        Story story = Story.newCase(protocol)
                .boardInformed(true)
                .given(at -> new InspectorConsultation(at, BOARD, false))
                .parentsToldOfReport();
        assertThat(story.when(at -> new Closure(at, IB, "Reported; parents told."))
                        .permitted())
                .isTrue();
    }

    // --- SR-1.1: anyone with tasks at the school ---

    @ParameterizedTest
    @MethodSource("protocols")
    void given_a_signal_when_a_caretaker_is_recorded_as_the_suspect_then_it_is_permitted_and_the_board_is_owed(
            ProtocolRef protocol) {
        Story story = Story.newCase(protocol)
                .signalLogged()
                .given(at -> new StaffSuspicion(at, TEACHER, Suspect.of("cs-701", Position.CARETAKER), false));
        assertThat(story.guidance().obligations()).anyMatch(o -> o.clause().id().equals("SR-1.2"));
    }

    // --- SR-1.2: the board directly ---

    @ParameterizedTest
    @MethodSource("protocols")
    void given_a_suspicion_when_only_school_management_is_told_then_it_is_refused_and_the_board_is_still_owed(
            ProtocolRef protocol) {
        Story story = Story.newCase(protocol).staffSuspected(true);
        assertThat(story.when(at -> new BoardNotification(at, TEACHER, Channel.VIA_SCHOOL_MANAGEMENT))
                        .clauseIds())
                .containsExactly("SR-1.2");
    }

    // --- SR-1.4: a reasonable suspicion means a police report ---

    @ParameterizedTest
    @MethodSource("protocols")
    void
            given_a_reasonable_suspicion_when_the_board_files_a_report_before_telling_the_accused_and_parents_then_it_is_refused(
                    ProtocolRef protocol) {
        Story story =
                Story.newCase(protocol).boardInformed(true).given(at -> new InspectorConsultation(at, BOARD, true));
        assertThat(story.when(at -> new PoliceReport(at, BOARD)).clauseIds()).containsExactly("SR-1.4");
        Story informed = story.given(at -> new AccusedAndParentsInformed(at, BOARD));
        assertThat(informed.when(at -> new PoliceReport(at, BOARD)).permitted()).isTrue();
        assertThat(informed.when(at -> new Closure(at, IB, "Synthetic.")).clauseIds())
                .contains("SR-1.4");
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void
            given_no_reasonable_suspicion_when_the_board_files_a_police_report_then_it_is_refused_and_nothing_is_owed_for_it(
                    ProtocolRef protocol) {
        Story story =
                Story.newCase(protocol).boardInformed(true).given(at -> new InspectorConsultation(at, BOARD, false));
        assertThat(story.when(at -> new PoliceReport(at, BOARD)).clauseIds()).containsExactly("SR-1.4");
        assertThat(story.guidance().obligations())
                .noneMatch(o -> o.clause().id().equals("SR-1.4"));
    }

    // --- SR-1.5: a substitute for a suspected IB or director ---

    @ParameterizedTest
    @MethodSource("protocols")
    void given_the_ib_is_suspected_when_the_teacher_informs_the_ib_then_it_waits_for_a_substitute(
            ProtocolRef protocol) {
        Story story = Story.newCase(protocol)
                .signalLogged()
                .given(at -> new StaffSuspicion(at, TEACHER, Suspect.of(IB), false))
                .given(at -> new BoardNotification(at, TEACHER, Channel.DIRECT));
        assertThat(story.when(at -> new IbNotification(at, TEACHER)).clauseIds())
                .containsExactly("SR-1.5");
        assertThat(story.guidance().obligations()).anyMatch(o -> o.text().key().equals("owed.sr.designate-substitute"));
        Story substituted = story.given(at -> new Substitution(at, BOARD, Role.INTERN_BEGELEIDER, "af-601"));
        assertThat(substituted.guidance().obligations())
                .anyMatch(o -> o.text().key().equals("owed.sr.inform-substitute")
                        && o.text().args().contains("af-601"));
        assertThat(substituted.when(at -> new IbNotification(at, TEACHER)).permitted())
                .isTrue();
        assertThat(substituted.when(at -> new IbNotification(at, IB)).clauseIds())
                .containsExactly("SR-1.1");
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void given_a_suspected_teacher_when_the_board_designates_a_substitute_for_the_ib_then_it_is_refused(
            ProtocolRef protocol) {
        Story story = Story.newCase(protocol).boardInformed(false);
        assertThat(story.when(at -> new Substitution(at, BOARD, Role.INTERN_BEGELEIDER, "af-601"))
                        .clauseIds())
                .containsExactly("SR-1.5");
    }
}
