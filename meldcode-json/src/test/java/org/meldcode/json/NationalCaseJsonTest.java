package org.meldcode.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.meldcode.json.error.InvalidInputException;
import org.meldcode.model.Actor;
import org.meldcode.model.Case;
import org.meldcode.model.ExceptionKind;
import org.meldcode.model.HelpAgreement;
import org.meldcode.model.Position;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;
import org.meldcode.model.SafetyException;
import org.meldcode.model.StaffSuspicion;
import org.meldcode.model.Suspect;
import org.meldcode.model.Threat;

/** Cases of the national framework read and write like the seed plan's; an unknown version is refused. */
class NationalCaseJsonTest {

    private static final Instant T0 = Instant.parse("2026-09-07T07:30:00Z");
    private static final Actor IB = Actor.of(Role.INTERN_BEGELEIDER, "ib-201");

    @Test
    void given_a_case_of_the_national_framework_when_written_and_read_then_it_is_equal_and_names_its_protocol() {
        Case c = Case.open("case-7", "pupil-7", ProtocolRef.LANDELIJK_2019)
                .append(new StaffSuspicion(T0, IB, Suspect.of("t-9", Position.TEACHER), true))
                .append(new HelpAgreement(T0.plusSeconds(60), IB, LocalDate.of(2026, 10, 5), IB, "Synthetic help."))
                .append(new SafetyException(
                        T0.plusSeconds(120), IB, ExceptionKind.PARENTS_NOT_TOLD, Threat.CHILD, "Synthetic grounds."));
        String json = CaseJson.write(c);
        assertThat(json).contains("\"id\" : \"landelijk\"", "\"version\" : \"2019-01\"", "\"caseManager\"");
        assertThat(CaseJson.read(json)).isEqualTo(c);
    }

    @Test
    void given_a_case_naming_an_unknown_version_of_the_national_framework_when_read_then_it_is_refused_in_one_line() {
        String json = CaseJson.write(Case.open("case-7", "pupil-7", ProtocolRef.LANDELIJK_2019))
                .replace("2019-01", "2011-07");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> CaseJson.read(json));
        assertThat(e).isNotNull();
        assertThat(e.getMessage())
                .contains("/protocol", "unknown protocol landelijk@2011-07", "landelijk@2019-01")
                .doesNotContain("\n");
    }
}
