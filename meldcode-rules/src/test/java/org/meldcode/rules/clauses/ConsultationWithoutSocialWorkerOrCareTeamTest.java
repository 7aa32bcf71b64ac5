package org.meldcode.rules.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meldcode.model.Consultation;
import org.meldcode.rules.Story;

/** SP-2.1: teacher and IB consult the school social worker or the care team. */
class ConsultationWithoutSocialWorkerOrCareTeamTest {

    @Test
    void a_consultation_of_only_the_teacher_and_the_ib_is_refused() {
        Story story = Story.newCase().ibInformed();
        var ruling = story.when(at -> new Consultation(at, TEACHER, Set.of(TEACHER, IB), true));
        assertThat(ruling.clauseIds()).containsExactly("SP-2.1");
        assertThat(ruling.findings().get(0).explanation().english())
                .isEqualTo("This consultation lacks: school social worker or care team.");
    }

    @Test
    void a_consultation_without_the_ib_is_refused() {
        Story story = Story.newCase().ibInformed();
        var ruling = story.when(at -> new Consultation(at, TEACHER, Set.of(TEACHER, CARE_TEAM), true));
        assertThat(ruling.clauseIds()).containsExactly("SP-2.1");
        assertThat(ruling.findings().get(0).explanation().dutch())
                .isEqualTo("Bij deze consultatie ontbreekt: intern begeleider.");
    }

    @Test
    void a_consultation_with_the_care_team_is_permitted() {
        Story story = Story.newCase().ibInformed();
        var ruling = story.when(at -> new Consultation(at, TEACHER, Set.of(TEACHER, IB, CARE_TEAM), true));
        assertThat(ruling.permitted()).isTrue();
    }
}
